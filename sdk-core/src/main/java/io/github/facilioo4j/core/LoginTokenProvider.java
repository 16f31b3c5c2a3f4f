package io.github.facilioo4j.core;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.facilioo4j.core.errors.FaciliooException;
import io.github.facilioo4j.core.errors.FaciliooServiceException;
import io.github.facilioo4j.core.errors.MfaRequiredException;
import io.github.facilioo4j.core.errors.RateLimitException;
import io.github.facilioo4j.core.errors.ServerException;
import io.github.facilioo4j.core.errors.UnauthorizedException;
import io.github.facilioo4j.core.http.HttpTransport;
import io.github.facilioo4j.core.internal.Json;
import io.github.facilioo4j.core.internal.mapping.ErrorMapper;
import io.github.facilioo4j.core.internal.mapping.Redaction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Obtains bearer tokens by logging in with e-mail and password, and renews them before they expire.
 *
 * <pre>{@code
 * FaciliooOptions options = FaciliooOptions.builder()
 *     .tokenProvider(LoginTokenProvider.builder()
 *         .email("integration@acme.example")
 *         .password(System.getenv("FACILIOO_PASSWORD"))
 *         .build())
 *     .build();
 * }</pre>
 *
 * <ul>
 *   <li>The first token is fetched lazily with {@code POST /api/auth/login} and the body {@code
 *       {"email", "password", "skipMultiFactorAuthentication": false}}; the answer's {@code
 *       accessToken} is used.
 *   <li>The token's JWT {@code exp} claim says when it expires (the signature is not checked); the
 *       provider renews it {@link Builder#renewalMargin(Duration) renewalMargin} (60 s by default)
 *       earlier, measured with the clock. A token without {@code exp} is used until the server
 *       answers 401.
 *   <li>When the login answered with a {@code refreshToken}, renewal first calls {@code POST
 *       /api/auth/refresh} with {@code {"refreshToken": ...}}; the body of that call is not
 *       documented by facilioo and is the SDK's best guess. If the refresh fails, the provider logs
 *       in again.
 *   <li>Concurrent callers share one renewal: however many threads need a token at once, one login
 *       is made.
 * </ul>
 *
 * <p>A provider becomes usable when a {@link FaciliooClient} is created with it; it then logs in
 * through that client's base URL and connections (never through the client's authentication). It
 * may be shared by clients derived with {@link FaciliooClient#withOptions}; the client created last
 * is the one it logs in through.
 *
 * <p>Thread-safe. Neither {@link #toString()}, logs nor exception messages ever show the password
 * or a token.
 */
public final class LoginTokenProvider implements TokenProvider {
  private static final Logger LOG = LoggerFactory.getLogger(LoginTokenProvider.class);

  /** Path of the login call. */
  static final String LOGIN_PATH = "/api/auth/login";

  /** Path of the refresh call. */
  static final String REFRESH_PATH = "/api/auth/refresh";

  /**
   * Words that say a login needs multi-factor authentication, in English or German. "mfa" must not
   * follow a letter, so that words such as "Umfang" do not count.
   */
  private static final Pattern MFA =
      Pattern.compile(
          "(?<![a-z])mfa|multi[- ]?fa[ck]tor|two[- ]?fa[ck]tor|zwei[- ]?faktor",
          Pattern.CASE_INSENSITIVE);

  private final String email;
  private final String password;
  private final Duration renewalMargin;
  private final Clock fixedClock;
  private final Object lock = new Object();

  private volatile AuthEndpoint endpoint;
  private volatile LoginToken current;

  private LoginTokenProvider(Builder builder) {
    this.email = builder.email;
    this.password = builder.password;
    this.renewalMargin = builder.renewalMargin;
    this.fixedClock = builder.clock;
  }

  /**
   * Starts a provider.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Binds the provider to a client's login transport, base URL and default headers. */
  void bind(HttpTransport transport, FaciliooOptions options) {
    Clock clock = fixedClock != null ? fixedClock : options.clock();
    this.endpoint =
        new AuthEndpoint(
            transport, options.baseUrl(), DefaultHeaders.of(options, RequestOptions.none()), clock);
  }

  /**
   * Returns a token valid for at least the renewal margin, logging in or refreshing first when
   * needed. Blocks while another thread renews.
   *
   * @return the access token
   * @throws MfaRequiredException when the account needs multi-factor authentication
   * @throws UnauthorizedException when the login is refused (a 4xx answer other than 408 and 429)
   * @throws ServerException when the login call answers 5xx; the credentials may well be right
   * @throws RateLimitException when the login call answers 429
   * @throws io.github.facilioo4j.core.errors.FaciliooIoException when the login call fails on the
   *     network
   * @throws IllegalStateException when no client was created with this provider yet
   */
  @Override
  public String token() {
    AuthEndpoint b = bound();
    LoginToken token = current;
    if (token != null && token.isFresh(b.clock, renewalMargin)) {
      return token.access;
    }
    synchronized (lock) {
      // Another thread may have renewed while this one waited: single flight.
      token = current;
      if (token != null && token.isFresh(b.clock, renewalMargin)) {
        return token.access;
      }
      LoginToken renewed = renew(b, token);
      current = renewed;
      return renewed.access;
    }
  }

  /**
   * Returns {@code true}: the provider can always log in again.
   *
   * @return {@code true}
   */
  @Override
  public boolean canRenew() {
    return true;
  }

  /**
   * Marks the current token as rejected, so that the next {@link #token()} renews it; does nothing
   * when {@code rejectedToken} is no longer the current token.
   *
   * @param rejectedToken the token the server answered 401 to
   */
  @Override
  public void invalidate(String rejectedToken) {
    synchronized (lock) {
      LoginToken token = current;
      if (token != null && token.access.equals(rejectedToken)) {
        current = token.rejected();
      }
    }
  }

  private AuthEndpoint bound() {
    AuthEndpoint b = endpoint;
    if (b == null) {
      throw new IllegalStateException(
          "LoginTokenProvider is not bound: create a FaciliooClient with it first");
    }
    return b;
  }

  private LoginToken renew(AuthEndpoint b, LoginToken previous) {
    if (previous != null && previous.refresh != null) {
      try {
        LoginToken refreshed = refresh(b, previous.refresh);
        LOG.debug("Refreshed the facilioo access token");
        return refreshed;
      } catch (FaciliooException e) {
        LOG.debug(
            "Refreshing the facilioo access token failed ({}); logging in again",
            e.getClass().getSimpleName());
      }
    }
    LoginToken token = login(b);
    LOG.debug("Logged in to facilioo as {}", email);
    return token;
  }

  private LoginToken login(AuthEndpoint b) {
    ObjectNode body = Json.mapper().createObjectNode();
    body.put("email", email);
    body.put("password", password);
    body.put("skipMultiFactorAuthentication", false);
    AuthEndpoint.Answer answer = b.post(LOGIN_PATH, body);
    String what = "Login to facilioo as " + email;
    // A server may echo the password in headers too, not only in the body.
    Map<String, List<String>> headers =
        Redaction.redact(answer.headers, Collections.singletonList(password)).asMap();
    if (!answer.isSuccess()) {
      // Parsed as sent, then masked: masking the bytes first missed escaped echoes and broke JSON.
      FaciliooServiceException mapped =
          ErrorMapper.toException(
              answer.status, headers, answer.body, b.clock, Redaction.of(secrets()));
      if ((answer.status == 400
              || answer.status == 409
              || answer.status == 401
              || answer.status == 403)
          && mentionsMfa(answer.body)) {
        throw new MfaRequiredException(
            what
                + " needs multi-factor authentication, which the SDK cannot complete: use an"
                + " account without enforced MFA for integrations (HTTP "
                + answer.status
                + ")",
            answer.status,
            mapped.headers(),
            redact(mapped.rawBody()),
            mapped.isRawBodyTruncated(),
            mapped.problem());
      }
      if (!refusesCredentials(answer.status)) {
        // A failing service or rate limit says nothing about the credentials: keep its type so
        // that callers retry later instead of treating the account as locked out.
        throw loginFailure(what, mapped);
      }
      throw new UnauthorizedException(
          what + " failed: " + redact(mapped.getMessage()),
          answer.status,
          mapped.headers(),
          redact(mapped.rawBody()),
          mapped.isRawBodyTruncated(),
          mapped.problem());
    }
    String access = answer.text("accessToken");
    if (access == null) {
      throw new MfaRequiredException(
          what
              + " returned no accessToken; the account probably needs multi-factor"
              + " authentication, which the SDK cannot complete (HTTP "
              + answer.status
              + ")",
          answer.status,
          headers,
          "",
          false,
          null);
    }
    return LoginToken.of(access, answer.text("refreshToken"));
  }

  private LoginToken refresh(AuthEndpoint b, String refreshToken) {
    ObjectNode body = Json.mapper().createObjectNode();
    body.put("refreshToken", refreshToken);
    AuthEndpoint.Answer answer = b.post(REFRESH_PATH, body);
    if (!answer.isSuccess()) {
      throw ErrorMapper.toException(
          answer.status,
          answer.headers.asMap(),
          answer.body,
          b.clock,
          Redaction.of(Collections.singletonList(refreshToken)));
    }
    String access = answer.text("accessToken");
    if (access == null) {
      throw new UnauthorizedException(
          "Refreshing the facilioo token returned no accessToken",
          answer.status,
          answer.headers.asMap(),
          "",
          false,
          null);
    }
    String nextRefresh = answer.text("refreshToken");
    return LoginToken.of(access, nextRefresh != null ? nextRefresh : refreshToken);
  }

  /** Whether a failed login's status means the server refused the credentials (4xx). */
  private static boolean refusesCredentials(int status) {
    return status >= 400 && status < 500 && status != 408 && status != 429;
  }

  /** The mapped exception of a login that failed for another reason, naming the login. */
  private FaciliooServiceException loginFailure(String what, FaciliooServiceException mapped) {
    String message = what + " failed: " + redact(mapped.getMessage());
    if (mapped instanceof RateLimitException) {
      return new RateLimitException(
          message,
          mapped.statusCode(),
          mapped.headers(),
          redact(mapped.rawBody()),
          mapped.isRawBodyTruncated(),
          mapped.problem(),
          ((RateLimitException) mapped).retryAfter().orElse(null));
    }
    if (mapped instanceof ServerException) {
      return new ServerException(
          message,
          mapped.statusCode(),
          mapped.headers(),
          redact(mapped.rawBody()),
          mapped.isRawBodyTruncated(),
          mapped.problem());
    }
    return mapped;
  }

  private static boolean mentionsMfa(byte[] body) {
    return MFA.matcher(new String(body, StandardCharsets.UTF_8)).find();
  }

  /** The secrets a login sends, to be kept out of what its answer becomes. */
  private List<String> secrets() {
    return Collections.singletonList(password);
  }

  /** Removes the password, in any encoding a server may echo it in (see {@link Redaction}). */
  private String redact(String text) {
    return Redaction.redact(text, secrets());
  }

  /** Describes the provider; the password and tokens are never shown. */
  @Override
  public String toString() {
    return "LoginTokenProvider{email="
        + email
        + ", password=****, renewalMargin="
        + renewalMargin
        + "}";
  }

  /** Collects the login credentials; not thread-safe. */
  public static final class Builder {
    private String email;
    private String password;
    private Duration renewalMargin = Duration.ofSeconds(60);
    private Clock clock;

    private Builder() {}

    /**
     * Sets the account's e-mail address.
     *
     * @param email the e-mail address
     * @return this builder
     */
    public Builder email(String email) {
      this.email = email;
      return this;
    }

    /**
     * Sets the account's password; it is sent only in the login call and never logged or printed.
     *
     * @param password the password
     * @return this builder
     */
    public Builder password(String password) {
      this.password = password;
      return this;
    }

    /**
     * Sets how long before its expiry a token is renewed.
     *
     * @param renewalMargin zero or positive; 60 s by default
     * @return this builder
     */
    public Builder renewalMargin(Duration renewalMargin) {
      this.renewalMargin = renewalMargin;
      return this;
    }

    /**
     * Sets the clock that token expiry is measured with; meant for tests.
     *
     * @param clock the clock, or {@code null} (the default) to use the client's clock
     * @return this builder
     */
    public Builder clock(@Nullable Clock clock) {
      this.clock = clock;
      return this;
    }

    /**
     * Validates and creates the provider. No call is made until a token is needed.
     *
     * @return the provider
     * @throws IllegalArgumentException naming a missing or invalid setting
     */
    public LoginTokenProvider build() {
      if (email == null || email.trim().isEmpty()) {
        throw new IllegalArgumentException("email is required");
      }
      email = email.trim();
      if (password == null || password.isEmpty()) {
        throw new IllegalArgumentException("password is required");
      }
      Objects.requireNonNull(renewalMargin, "renewalMargin");
      if (renewalMargin.isNegative()) {
        throw new IllegalArgumentException("renewalMargin must not be negative: " + renewalMargin);
      }
      return new LoginTokenProvider(this);
    }
  }
}

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
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executor;
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
 *   <li>The token's JWT claims say when it expires (the signature is not checked): its lifetime
 *       {@code exp - iat} (or {@code exp - nbf}) is counted from its arrival on the client's clock,
 *       so a clock running ahead of or behind the server's does not matter; without {@code iat} and
 *       {@code nbf}, {@code exp} is used as it is. The provider renews the token {@link
 *       Builder#renewalMargin(Duration) renewalMargin} (60 s by default) before it expires, but at
 *       most a quarter of its lifetime before, so that a short-lived token still serves many calls.
 *       A token without {@code exp}, or one that seems expired on arrival, is used until the server
 *       answers 401.
 *   <li>When the login answered with a {@code refreshToken}, renewal first calls {@code POST
 *       /api/auth/refresh} with no body and the refresh token as the bearer ({@code Authorization:
 *       Bearer <refreshToken>}), as public client code of the API does (never seen to run live, so
 *       inferred). If the server refuses that form (400, 401, 403, 404, 405, 415 or 422), the same
 *       refresh is sent once more in the older form, the body {@code {"refreshToken": ...}}, and
 *       when that works later refreshes of this API go straight to it. If the refresh fails, the
 *       provider logs in again.
 *   <li>Concurrent callers share one renewal and its outcome, failure included: however many
 *       threads need a token at once, one login is made, and a wrong password costs one login POST.
 *       Each caller waits for it at most its own call timeout and stops waiting when interrupted;
 *       the login itself runs on a short-lived thread of its own.
 *   <li>A login answered with {@code Retry-After} (429, 503) is not repeated before that time on
 *       the client's clock, at most an hour: until then calls fail at once with a {@link
 *       RateLimitException} (or {@link ServerException}) giving the remaining wait. While the
 *       current token has not expired, a failed renewal does not fail calls; the token is used.
 * </ul>
 *
 * <p>A token is only ever sent to the API that issued it, and the credentials only to that API's
 * login. The provider keeps a token per API (the scheme, host, port and path of the client's base
 * URL): shared by a production client and a client derived with {@code withOptions(o ->
 * o.baseUrl(STAGING_URL))}, it holds two independent tokens and logs in to each API through the
 * client that calls it. Clients of the same API share one token. The provider is never bound to a
 * client, so it gives tokens only through a {@link FaciliooClient}: {@link #token()} called
 * directly is refused.
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
  // One per issuing API, keyed by AuthEndpoint.issuer; entries are only ever added.
  private final ConcurrentMap<String, LoginSession> sessions = new ConcurrentHashMap<>();

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

  /**
   * The provider as one client uses it: logging in through {@code transport} to the client's base
   * URL. Neither the provider nor the options change; clients of the same API share the token.
   */
  TokenSource tokensFor(HttpTransport transport, FaciliooOptions options) {
    Clock clock = fixedClock != null ? fixedClock : options.clock();
    AuthEndpoint endpoint =
        new AuthEndpoint(
            transport, options.baseUrl(), DefaultHeaders.of(options, RequestOptions.none()), clock);
    LoginSession session =
        sessions.computeIfAbsent(endpoint.issuer, issuer -> new LoginSession(this));
    return new ClientView(session, endpoint);
  }

  /**
   * Refused: a token belongs to the API that issued it, and only a client names that API. Use the
   * provider through a {@link FaciliooClient}, which asks for its own API's token on every call.
   *
   * @return never
   * @throws IllegalStateException always
   */
  @Override
  public String token() {
    throw new IllegalStateException(
        "LoginTokenProvider gives tokens only to the FaciliooClient it is configured on, as each"
            + " token belongs to the API that issued it: create a FaciliooClient with it");
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
   * Marks a token as rejected, so that the next call to the API that issued it renews it; does
   * nothing when {@code rejectedToken} is no current token.
   *
   * @param rejectedToken the token the server answered 401 to
   */
  @Override
  public void invalidate(String rejectedToken) {
    for (LoginSession session : sessions.values()) {
      session.invalidate(rejectedToken);
    }
  }

  /** The account's e-mail address, which is no secret. */
  String email() {
    return email;
  }

  /** Names the login in messages: "Login to facilioo as {email}". */
  String loginName() {
    return "Login to facilioo as " + email;
  }

  /** Refreshes or logs in; called on the renewal's own thread. */
  LoginToken renew(AuthEndpoint b, LoginToken previous) {
    if (previous != null && previous.refresh != null) {
      try {
        LoginToken refreshed = refresh(b, previous);
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
    AuthEndpoint.Answer answer = b.post("login", LOGIN_PATH, body);
    Instant received = b.clock.instant();
    String what = loginName();
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
    return LoginToken.of(
        sendable(access, what, answer), answer.text("refreshToken"), received, renewalMargin);
  }

  private LoginToken refresh(AuthEndpoint b, LoginToken previous) {
    String refreshToken = previous.refresh;
    boolean byBody = previous.refreshByBody;
    AuthEndpoint.Answer answer = null;
    if (!byBody) {
      answer = b.postBearer("refresh", REFRESH_PATH, refreshToken);
      byBody = refusesForm(answer.status);
    }
    if (byBody) {
      ObjectNode body = Json.mapper().createObjectNode();
      body.put("refreshToken", refreshToken);
      answer = b.post("refresh", REFRESH_PATH, body);
    }
    Instant received = b.clock.instant();
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
    LoginToken token =
        LoginToken.of(
            sendable(access, "Refreshing the facilioo token", answer),
            nextRefresh != null ? nextRefresh : refreshToken,
            received,
            renewalMargin);
    return byBody ? token.refreshingByBody() : token;
  }

  /**
   * Whether a refresh answer says the server does not take the refresh token as a bearer, so the
   * body form is worth one more try. A failing service (5xx) or a rate limit (429) says nothing
   * about the form and is not tried again.
   */
  private static boolean refusesForm(int status) {
    switch (status) {
      case 400:
      case 401:
      case 403:
      case 404:
      case 405:
      case 415:
      case 422:
        return true;
      default:
        return false;
    }
  }

  /**
   * Checks that an access token can be sent in a header: a server answering one with line breaks or
   * non-ASCII characters must not reach the header code, whose errors would quote it.
   */
  private String sendable(String access, String what, AuthEndpoint.Answer answer) {
    try {
      return StaticTokenProvider.check(access);
    } catch (IllegalArgumentException e) {
      throw new UnauthorizedException(
          what + " returned an accessToken that cannot be sent: " + e.getMessage(),
          answer.status,
          Redaction.redact(answer.headers, Arrays.asList(password, access)).asMap(),
          "",
          false,
          null);
    }
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

  /** The provider as one client sees it: that client's API and login endpoint. */
  private static final class ClientView implements TokenSource {
    private final LoginSession session;
    private final AuthEndpoint endpoint;

    ClientView(LoginSession session, AuthEndpoint endpoint) {
      this.session = session;
      this.endpoint = endpoint;
    }

    @Override
    public String token(Duration maxWait) {
      return session.token(endpoint, maxWait);
    }

    @Override
    public CompletableFuture<String> tokenAsync(Duration maxWait, Executor blocking, Timer timer) {
      return session.tokenAsync(endpoint, maxWait, timer);
    }

    @Override
    public boolean canRenew() {
      return true;
    }

    @Override
    public void invalidate(String rejectedToken) {
      session.invalidate(rejectedToken);
    }

    @Override
    public String toString() {
      return "LoginTokenProvider.ClientView{****}";
    }
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
     * Sets how long before its expiry a token is renewed. For a token whose lifetime is shorter
     * than four times the margin, a quarter of its lifetime is used instead, so that even a token
     * shorter-lived than the margin costs one login, not one per call.
     *
     * @param renewalMargin zero or positive; 60 s by default
     * @return this builder
     */
    public Builder renewalMargin(Duration renewalMargin) {
      this.renewalMargin = renewalMargin;
      return this;
    }

    /**
     * Sets the clock that token expiry and a login's {@code Retry-After} are measured with; meant
     * for tests.
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

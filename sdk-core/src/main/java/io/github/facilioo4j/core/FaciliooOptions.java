package io.github.facilioo4j.core;

import io.github.facilioo4j.core.internal.Durations;
import io.github.facilioo4j.core.internal.LoopbackHosts;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * Everything a {@link FaciliooClient} is configured with. Immutable and thread-safe.
 *
 * <pre>{@code
 * FaciliooOptions options = FaciliooOptions.builder()
 *     .token(System.getenv("FACILIOO_TOKEN"))
 *     .language(Language.GERMAN)
 *     .clientName("acme-erp-sync")
 *     .clientVersion("1.4.2")
 *     .build();
 * }</pre>
 *
 * <p>{@link #toString()} never shows a token or password.
 */
public final class FaciliooOptions {
  /** The production API, {@value}. */
  public static final String PRODUCTION_URL = "https://api.facilioo.de";

  /** The staging API, {@value}. */
  public static final String STAGING_URL = "https://staging-api.facilioo.de";

  /** Environment variable with a bearer token: {@value}. */
  public static final String ENV_TOKEN = "FACILIOO_TOKEN";

  /** Environment variable with the base URL: {@value}. */
  public static final String ENV_BASE_URL = "FACILIOO_BASE_URL";

  /** Environment variable with the api version: {@value}. */
  public static final String ENV_API_VERSION = "FACILIOO_API_VERSION";

  /** Environment variable with the language tag: {@value}. */
  public static final String ENV_LANGUAGE = "FACILIOO_LANGUAGE";

  /** Environment variable with the client name: {@value}. */
  public static final String ENV_CLIENT_NAME = "FACILIOO_CLIENT_NAME";

  private static final Pattern CLIENT_NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern CLIENT_VERSION = Pattern.compile("[a-z0-9]+([.-][a-z0-9]+)*");
  private static final Pattern USER_INFO = Pattern.compile("^([^:/?#]*://)[^/?#]*@");

  /** Async requests in flight at most, over all hosts, unless set otherwise. */
  public static final int DEFAULT_MAX_REQUESTS = 64;

  /**
   * Async requests in flight at most to one host, unless set otherwise: as many as the SDK's async
   * threads ran at once before async calls stopped needing a thread each.
   */
  public static final int DEFAULT_MAX_REQUESTS_PER_HOST = 32;

  private final String baseUrl;
  private final TokenProvider tokenProvider;
  private final ApiVersion apiVersion;
  private final Language language;
  private final String clientName;
  private final String clientVersion;
  private final Duration connectTimeout;
  private final Duration readTimeout;
  private final Duration writeTimeout;
  private final Duration callTimeout;
  private final int maxRetries;
  private final Duration maxRetryDelay;
  private final int maxRequests;
  private final int maxRequestsPerHost;
  private final OkHttpClient okHttpClient;
  private final Clock clock;
  private final Sleeper sleeper;
  private final @Nullable RequestListener requestListener;
  private final @Nullable RateLimiter rateLimiter;
  private final @Nullable Duration rateLimitWait;

  private FaciliooOptions(Builder b) {
    this.baseUrl = b.baseUrl;
    this.tokenProvider = b.tokenProvider;
    this.apiVersion = b.apiVersion;
    this.language = b.language;
    this.clientName = b.clientName;
    this.clientVersion = b.clientVersion;
    this.connectTimeout = b.connectTimeout;
    this.readTimeout = b.readTimeout;
    this.writeTimeout = b.writeTimeout;
    this.callTimeout = b.callTimeout;
    this.maxRetries = b.maxRetries;
    this.maxRetryDelay = b.maxRetryDelay;
    this.maxRequests = b.maxRequests;
    this.maxRequestsPerHost = b.maxRequestsPerHost;
    this.okHttpClient = b.okHttpClient;
    this.clock = b.clock;
    this.sleeper = b.sleeper;
    this.requestListener = b.requestListener;
    this.rateLimiter = b.rateLimiter;
    this.rateLimitWait = b.rateLimitWait;
  }

  /**
   * Starts options with the defaults: production URL, api version 2.0, no language, 10 s connect,
   * 30 s read and write, 60 s call timeout, 2 retries waiting at most 60 s each.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads the options from the process environment; see {@link #fromEnv(Map)}.
   *
   * @return the options
   * @throws IllegalArgumentException when a variable is missing or invalid, naming it
   */
  public static FaciliooOptions fromEnv() {
    return fromEnv(System.getenv()).build();
  }

  /**
   * Starts a builder from environment variables: {@code FACILIOO_TOKEN}, {@code FACILIOO_BASE_URL},
   * {@code FACILIOO_API_VERSION}, {@code FACILIOO_LANGUAGE} and {@code FACILIOO_CLIENT_NAME}.
   * Missing or blank variables keep the defaults.
   *
   * @param env variable names to values, such as {@link System#getenv()}
   * @return a builder that may be adjusted before {@link Builder#build()}
   * @throws IllegalArgumentException when a variable is invalid, naming the variable
   */
  public static Builder fromEnv(Map<String, String> env) {
    Objects.requireNonNull(env, "env");
    Builder builder = builder();
    String token = env(env, ENV_TOKEN);
    String baseUrl = env(env, ENV_BASE_URL);
    String version = env(env, ENV_API_VERSION);
    String language = env(env, ENV_LANGUAGE);
    String clientName = env(env, ENV_CLIENT_NAME);
    try {
      if (token != null) {
        builder.token(token);
      }
    } catch (IllegalArgumentException e) {
      // The token itself never goes into the message.
      throw new IllegalArgumentException(ENV_TOKEN + " is invalid: " + e.getMessage(), e);
    }
    // The base URL and client name are checked by build(), which names the option.
    if (baseUrl != null) {
      builder.baseUrl(baseUrl);
    }
    if (clientName != null) {
      builder.clientName(clientName);
    }
    try {
      if (version != null) {
        builder.apiVersion(ApiVersion.of(version));
      }
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(ENV_API_VERSION + ": " + e.getMessage(), e);
    }
    try {
      if (language != null) {
        builder.language(Language.of(language));
      }
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(ENV_LANGUAGE + ": " + e.getMessage(), e);
    }
    return builder;
  }

  private static String env(Map<String, String> env, String name) {
    String value = env.get(name);
    return value == null || value.trim().isEmpty() ? null : value.trim();
  }

  /**
   * Returns a builder pre-filled with these options.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.baseUrl = baseUrl;
    b.tokenProvider = tokenProvider;
    b.apiVersion = apiVersion;
    b.language = language;
    b.clientName = clientName;
    b.clientVersion = clientVersion;
    b.connectTimeout = connectTimeout;
    b.readTimeout = readTimeout;
    b.writeTimeout = writeTimeout;
    b.callTimeout = callTimeout;
    b.maxRetries = maxRetries;
    b.maxRetryDelay = maxRetryDelay;
    b.maxRequests = maxRequests;
    b.maxRequestsPerHost = maxRequestsPerHost;
    b.okHttpClient = okHttpClient;
    b.clock = clock;
    b.sleeper = sleeper;
    b.requestListener = requestListener;
    b.rateLimiter = rateLimiter;
    b.rateLimitWait = rateLimitWait;
    return b;
  }

  /**
   * Returns the base URL.
   *
   * @return an absolute URL without trailing slash, such as {@value #PRODUCTION_URL}
   */
  public String baseUrl() {
    return baseUrl;
  }

  /**
   * Returns the token provider.
   *
   * @return the provider
   */
  public TokenProvider tokenProvider() {
    return tokenProvider;
  }

  /**
   * Returns the api version sent with every request unless a request overrides it.
   *
   * @return the version; {@link ApiVersion#V2} by default
   */
  public ApiVersion apiVersion() {
    return apiVersion;
  }

  /**
   * Returns the language sent as {@code Accept-Language}.
   *
   * @return the language, or empty to send no {@code Accept-Language}
   */
  public Optional<Language> language() {
    return Optional.ofNullable(language);
  }

  /**
   * Returns the integration's name sent as {@code x-client-name}.
   *
   * @return the name, or empty to send none
   */
  public Optional<String> clientName() {
    return Optional.ofNullable(clientName);
  }

  /**
   * Returns the integration's version sent as {@code x-client-version}.
   *
   * @return the version, or empty to send none
   */
  public Optional<String> clientVersion() {
    return Optional.ofNullable(clientVersion);
  }

  /**
   * Returns how long establishing a connection may take.
   *
   * @return a positive duration
   */
  public Duration connectTimeout() {
    return connectTimeout;
  }

  /**
   * Returns how long the SDK waits for each read from a connection.
   *
   * @return a positive duration
   */
  public Duration readTimeout() {
    return readTimeout;
  }

  /**
   * Returns how long the SDK waits for each write to a connection.
   *
   * @return a positive duration
   */
  public Duration writeTimeout() {
    return writeTimeout;
  }

  /**
   * Returns how long one attempt may take in total, from connecting to reading the body. Each retry
   * gets this time again.
   *
   * @return a positive duration
   */
  public Duration callTimeout() {
    return callTimeout;
  }

  /**
   * Returns how often a failed request is retried where retrying is safe.
   *
   * @return zero or more; 2 by default
   */
  public int maxRetries() {
    return maxRetries;
  }

  /**
   * Returns the longest wait before a retry, including waits the server asks for with {@code
   * Retry-After}.
   *
   * @return a positive duration; 60 s by default
   */
  public Duration maxRetryDelay() {
    return maxRetryDelay;
  }

  /**
   * Returns how many async requests are in flight at most, over all hosts; further async calls wait
   * in a queue, in order, without holding a thread. Blocking calls are not counted: each runs on
   * its caller's thread.
   *
   * @return one or more; {@value #DEFAULT_MAX_REQUESTS} by default
   */
  public int maxRequests() {
    return maxRequests;
  }

  /**
   * Returns how many async requests are in flight at most to one host.
   *
   * @return one or more; {@value #DEFAULT_MAX_REQUESTS_PER_HOST} by default
   * @see #maxRequests()
   */
  public int maxRequestsPerHost() {
    return maxRequestsPerHost;
  }

  /**
   * Returns the application's own OkHttp client, whose proxy, TLS set-up, interceptors, connection
   * pool and dispatcher the SDK uses. The SDK never shuts it down.
   *
   * @return the client, or empty when the SDK creates and owns its own
   */
  public Optional<OkHttpClient> okHttpClient() {
    return Optional.ofNullable(okHttpClient);
  }

  /**
   * Returns the clock used for token expiry and {@code Retry-After} dates.
   *
   * @return the clock; {@link Clock#systemUTC()} by default
   */
  public Clock clock() {
    return clock;
  }

  /**
   * Returns what waits between retries.
   *
   * @return the sleeper; {@link Sleeper#system()} by default
   */
  public Sleeper sleeper() {
    return sleeper;
  }

  /**
   * Returns what is told about every attempt, for metrics and traces.
   *
   * @return the listener, or empty when none was set (the default)
   */
  public Optional<RequestListener> requestListener() {
    return Optional.ofNullable(requestListener);
  }

  /**
   * Returns the limiter every attempt takes a permit from before it is sent.
   *
   * @return the limiter, or empty (the default) when requests are not limited
   */
  public Optional<RateLimiter> rateLimiter() {
    return Optional.ofNullable(rateLimiter);
  }

  /**
   * Returns how long an attempt waits for a rate-limit permit at most.
   *
   * @return the wait, or empty (the default) to wait as long as the call timeout allows
   */
  public Optional<Duration> rateLimitWait() {
    return Optional.ofNullable(rateLimitWait);
  }

  /** Describes the options; the token provider prints without its secrets. */
  @Override
  public String toString() {
    return "FaciliooOptions{baseUrl="
        + baseUrl
        + ", tokenProvider="
        + tokenProvider
        + ", apiVersion="
        + apiVersion
        + ", language="
        + language
        + ", clientName="
        + clientName
        + ", clientVersion="
        + clientVersion
        + ", connectTimeout="
        + connectTimeout
        + ", readTimeout="
        + readTimeout
        + ", writeTimeout="
        + writeTimeout
        + ", callTimeout="
        + callTimeout
        + ", maxRetries="
        + maxRetries
        + ", maxRetryDelay="
        + maxRetryDelay
        + ", maxRequests="
        + maxRequests
        + ", maxRequestsPerHost="
        + maxRequestsPerHost
        + ", okHttpClient="
        + (okHttpClient == null ? "sdk-owned" : "user-supplied")
        + (requestListener == null ? "" : ", requestListener=" + requestListener)
        + (rateLimiter == null ? "" : ", rateLimiter=" + rateLimiter)
        + (rateLimitWait == null ? "" : ", rateLimitWait=" + rateLimitWait)
        + "}";
  }

  /** Collects options; not thread-safe. {@link #build()} validates everything at once. */
  public static final class Builder {
    private String baseUrl = PRODUCTION_URL;
    private TokenProvider tokenProvider;
    private ApiVersion apiVersion = ApiVersion.V2;
    private Language language;
    private String clientName;
    private String clientVersion;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(30);
    private Duration writeTimeout = Duration.ofSeconds(30);
    private Duration callTimeout = Duration.ofSeconds(60);
    private int maxRetries = 2;
    private Duration maxRetryDelay = Duration.ofSeconds(60);
    private int maxRequests = DEFAULT_MAX_REQUESTS;
    private int maxRequestsPerHost = DEFAULT_MAX_REQUESTS_PER_HOST;
    private OkHttpClient okHttpClient;
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.system();
    private @Nullable RequestListener requestListener;
    private @Nullable RateLimiter rateLimiter;
    private @Nullable Duration rateLimitWait;

    private Builder() {}

    /**
     * Sets the base URL, such as {@link #STAGING_URL}. A trailing slash is removed.
     *
     * @param baseUrl an absolute {@code https} URL; {@code http} only for {@code localhost}, a
     *     literal {@code 127.x.y.z} or {@code [::1]}, decided without any DNS lookup (such a URL
     *     always connects to this machine, whatever resolver or proxy an {@link #okHttpClient}
     *     has); a port, when given, between 1 and 65535
     * @return this builder
     */
    public Builder baseUrl(String baseUrl) {
      this.baseUrl = baseUrl;
      return this;
    }

    /**
     * Uses one fixed bearer token; shorthand for {@code tokenProvider(TokenProvider.of(token))}.
     *
     * @param token the token without the {@code Bearer } prefix
     * @return this builder
     * @throws IllegalArgumentException when the token is blank
     */
    public Builder token(String token) {
      this.tokenProvider = TokenProvider.of(token);
      return this;
    }

    /**
     * Sets where bearer tokens come from.
     *
     * @param tokenProvider the provider, such as a {@link LoginTokenProvider}
     * @return this builder
     */
    public Builder tokenProvider(TokenProvider tokenProvider) {
      this.tokenProvider = tokenProvider;
      return this;
    }

    /**
     * Sets the api version.
     *
     * @param apiVersion the version
     * @return this builder
     */
    public Builder apiVersion(ApiVersion apiVersion) {
      this.apiVersion = apiVersion;
      return this;
    }

    /**
     * Sets the language for {@code Accept-Language}.
     *
     * @param language the language, or {@code null} to send none
     * @return this builder
     */
    public Builder language(@Nullable Language language) {
      this.language = language;
      return this;
    }

    /**
     * Sets the integration's name for {@code x-client-name}.
     *
     * @param clientName lowercase letters, digits and hyphens, such as {@code acme-erp-sync};
     *     {@code null} to send none
     * @return this builder
     */
    public Builder clientName(String clientName) {
      this.clientName = clientName;
      return this;
    }

    /**
     * Sets the integration's version for {@code x-client-version}.
     *
     * @param clientVersion lowercase letters, digits, dots and hyphens, such as {@code 1.4.2};
     *     {@code null} to send none
     * @return this builder
     */
    public Builder clientVersion(String clientVersion) {
      this.clientVersion = clientVersion;
      return this;
    }

    /**
     * Sets the connect timeout.
     *
     * @param connectTimeout a positive duration
     * @return this builder
     */
    public Builder connectTimeout(Duration connectTimeout) {
      this.connectTimeout = connectTimeout;
      return this;
    }

    /**
     * Sets the read timeout.
     *
     * @param readTimeout a positive duration
     * @return this builder
     */
    public Builder readTimeout(Duration readTimeout) {
      this.readTimeout = readTimeout;
      return this;
    }

    /**
     * Sets the write timeout.
     *
     * @param writeTimeout a positive duration
     * @return this builder
     */
    public Builder writeTimeout(Duration writeTimeout) {
      this.writeTimeout = writeTimeout;
      return this;
    }

    /**
     * Sets the timeout of one whole attempt.
     *
     * @param callTimeout a positive duration
     * @return this builder
     */
    public Builder callTimeout(Duration callTimeout) {
      this.callTimeout = callTimeout;
      return this;
    }

    /**
     * Sets how often a failed request is retried where that is safe.
     *
     * @param maxRetries zero or more; 0 disables retries
     * @return this builder
     */
    public Builder maxRetries(int maxRetries) {
      this.maxRetries = maxRetries;
      return this;
    }

    /**
     * Sets the longest wait before a retry.
     *
     * @param maxRetryDelay a positive duration
     * @return this builder
     */
    public Builder maxRetryDelay(Duration maxRetryDelay) {
      this.maxRetryDelay = maxRetryDelay;
      return this;
    }

    /**
     * Sets how many async requests are in flight at most, over all hosts. The limit holds also with
     * an {@link #okHttpClient(OkHttpClient) OkHttp client of the application's}: the SDK dispatches
     * its async calls on a dispatcher of its own, never on that client's.
     *
     * <p>Async calls beyond the limit wait in a queue without holding a thread. The queue is not
     * bounded: each waiting call holds its request (a few hundred bytes plus its body) until it is
     * sent, cancelled or its client is closed; bound it by bounding the futures outstanding.
     *
     * @param maxRequests one or more
     * @return this builder
     */
    public Builder maxRequests(int maxRequests) {
      this.maxRequests = maxRequests;
      return this;
    }

    /**
     * Sets how many async requests are in flight at most to one host.
     *
     * @param maxRequestsPerHost one or more
     * @return this builder
     * @see #maxRequests(int)
     */
    public Builder maxRequestsPerHost(int maxRequestsPerHost) {
      this.maxRequestsPerHost = maxRequestsPerHost;
      return this;
    }

    /**
     * Uses the application's OkHttp client. The SDK derives its own client from it with {@code
     * newBuilder()}, so the application's proxy, TLS set-up, interceptors, connection pool and
     * dispatcher stay in use; the SDK's timeouts from these options replace the client's, and the
     * SDK switches off OkHttp's own retry so that only the SDK retries. A loopback base URL
     * bypasses the client's proxy, and {@code localhost} is never asked of its {@code Dns}. The SDK
     * never shuts the client's resources down.
     *
     * @param okHttpClient the client, or {@code null} to let the SDK create one
     * @return this builder
     */
    public Builder okHttpClient(@Nullable OkHttpClient okHttpClient) {
      this.okHttpClient = okHttpClient;
      return this;
    }

    /**
     * Sets the clock for token expiry and {@code Retry-After} dates; meant for tests.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /**
     * Sets what waits between retries; meant for tests.
     *
     * @param sleeper the sleeper
     * @return this builder
     */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = sleeper;
      return this;
    }

    /**
     * Sets what is told about every attempt (retries, token replays and logins included) with its
     * operation id, route template, status, attempt number, duration and outcome; see {@link
     * RequestListener} for threads and failures. The Spring Boot starter sets one for Micrometer.
     *
     * @param requestListener the listener, thread-safe; {@code null} for none (the default)
     * @return this builder
     */
    public Builder requestListener(@Nullable RequestListener requestListener) {
      this.requestListener = requestListener;
      return this;
    }

    /**
     * Sets a limiter that every attempt — retries, replays after a 401 and login calls included —
     * takes a permit from right before it is sent. Waiting for the permit counts against the call
     * timeout; an interrupt ends the wait (the request is not sent and the interrupt flag stays
     * set). Clients derived with {@code withOptions} share it. Off by default.
     *
     * @param rateLimiter the limiter, thread-safe; {@code null} for none
     * @return this builder
     * @see RateLimiter#tokenBucket(double, int)
     */
    public Builder rateLimiter(@Nullable RateLimiter rateLimiter) {
      this.rateLimiter = rateLimiter;
      return this;
    }

    /**
     * Sets how long an attempt waits for a rate-limit permit at most. When no permit comes within a
     * wait shorter than the call timeout, the call fails with {@link
     * io.github.facilioo4j.core.errors.FaciliooRateLimitedLocallyException} and nothing is sent;
     * {@link Duration#ZERO} fails fast when no permit is free now. A single call can fail fast
     * through {@code client.withOptions(o -> o.rateLimitWait(Duration.ZERO))}.
     *
     * @param rateLimitWait zero or positive; {@code null} (the default) waits as long as the call
     *     timeout allows, then fails with {@link
     *     io.github.facilioo4j.core.errors.FaciliooTimeoutException}
     * @return this builder
     */
    public Builder rateLimitWait(@Nullable Duration rateLimitWait) {
      this.rateLimitWait = rateLimitWait;
      return this;
    }

    /**
     * Validates and creates the options.
     *
     * @return the options
     * @throws IllegalArgumentException naming the first invalid or missing option
     */
    public FaciliooOptions build() {
      if (tokenProvider == null) {
        throw new IllegalArgumentException(
            "tokenProvider is required: call token(...) or tokenProvider(...), or set "
                + ENV_TOKEN);
      }
      baseUrl = checkBaseUrl(baseUrl);
      require(apiVersion, "apiVersion");
      require(clock, "clock");
      require(sleeper, "sleeper");
      if (clientName != null && !CLIENT_NAME.matcher(clientName).matches()) {
        throw new IllegalArgumentException(
            "clientName \""
                + clientName
                + "\" may hold only lowercase letters, digits and hyphens");
      }
      if (clientVersion != null && !CLIENT_VERSION.matcher(clientVersion).matches()) {
        throw new IllegalArgumentException(
            "clientVersion \""
                + clientVersion
                + "\" may hold only lowercase letters, digits, dots and hyphens");
      }
      positive(connectTimeout, "connectTimeout");
      positive(readTimeout, "readTimeout");
      positive(writeTimeout, "writeTimeout");
      positive(callTimeout, "callTimeout");
      positive(maxRetryDelay, "maxRetryDelay");
      if (rateLimitWait != null && rateLimitWait.isNegative()) {
        throw new IllegalArgumentException("rateLimitWait must not be negative: " + rateLimitWait);
      }
      if (maxRetries < 0) {
        throw new IllegalArgumentException("maxRetries must not be negative: " + maxRetries);
      }
      if (maxRequests < 1) {
        throw new IllegalArgumentException("maxRequests must be at least 1: " + maxRequests);
      }
      if (maxRequestsPerHost < 1) {
        throw new IllegalArgumentException(
            "maxRequestsPerHost must be at least 1: " + maxRequestsPerHost);
      }
      return new FaciliooOptions(this);
    }

    private static void require(Object value, String name) {
      if (value == null) {
        throw new IllegalArgumentException(name + " is required");
      }
    }

    private static void positive(Duration value, String name) {
      require(value, name);
      Durations.requirePositive(value, name);
      // OkHttp keeps timeouts as int milliseconds.
      if (value.compareTo(Duration.ofMillis(Integer.MAX_VALUE)) > 0) {
        throw new IllegalArgumentException(name + " is too long: " + value);
      }
    }

    private static String checkBaseUrl(String value) {
      if (value == null || value.trim().isEmpty()) {
        throw new IllegalArgumentException("baseUrl is required");
      }
      String url = value.trim();
      while (url.endsWith("/")) {
        url = url.substring(0, url.length() - 1);
      }
      // Messages show the URL without any user info: it may hold a password.
      String shown = USER_INFO.matcher(value.trim()).replaceFirst("$1****@");
      URI uri;
      try {
        uri = new URI(url);
      } catch (URISyntaxException e) {
        throw new IllegalArgumentException("baseUrl is not a valid URL: " + shown);
      }
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!uri.isAbsolute() || uri.getHost() == null || uri.getHost().isEmpty()) {
        throw new IllegalArgumentException(
            "baseUrl must be an absolute URL such as " + PRODUCTION_URL + ": " + shown);
      }
      if (!scheme.equals("https") && !scheme.equals("http")) {
        throw new IllegalArgumentException("baseUrl must use https: " + shown);
      }
      if (uri.getRawQuery() != null
          || uri.getRawFragment() != null
          || uri.getRawUserInfo() != null) {
        throw new IllegalArgumentException(
            "baseUrl must not contain user info, a query or a fragment: " + shown);
      }
      if (uri.getPort() != -1 && (uri.getPort() < 1 || uri.getPort() > 65535)) {
        throw new IllegalArgumentException(
            "baseUrl has port " + uri.getPort() + ", outside 1 to 65535: " + shown);
      }
      // Decided from the text alone: a name that only resolves to loopback (api.localhost, a
      // hosts-file entry) could resolve elsewhere tomorrow, and the token would travel in clear.
      if (scheme.equals("http") && !LoopbackHosts.isLoopback(uri.getHost())) {
        throw new IllegalArgumentException(
            "baseUrl uses plain http for a host that is not loopback; bearer tokens are only sent"
                + " over https, or over http to localhost, 127.0.0.0/8 or [::1]: "
                + shown);
      }
      return url;
    }
  }
}

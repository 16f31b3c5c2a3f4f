package io.github.facilioo4j.spring.boot;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code facilioo.*} configuration properties. A property left unset keeps the SDK's default,
 * as described in {@link io.github.facilioo4j.core.FaciliooOptions#builder()}.
 *
 * <pre>
 * facilioo.base-url=https://api.facilioo.de
 * facilioo.token=${FACILIOO_TOKEN}
 * facilioo.language=de-DE
 * facilioo.client-name=acme-erp-sync
 * </pre>
 *
 * <p>Bound once at start-up and not meant to be changed afterwards; not thread-safe while being
 * bound. {@link #toString()} never shows the token or the password.
 */
@ConfigurationProperties(prefix = FaciliooProperties.PREFIX)
public class FaciliooProperties {
  /** The prefix of every property: {@value}. */
  public static final String PREFIX = "facilioo";

  /** Whether to auto-configure the facilioo clients at all. */
  private boolean enabled = true;

  /**
   * Base URL of the facilioo API. An absolute https URL (plain http only for loopback hosts);
   * https://api.facilioo.de unless set.
   */
  private String baseUrl;

  /**
   * Bearer token sent with every request. Set either this, or facilioo.email and facilioo.password.
   */
  private String token;

  /** E-mail address of the account to log in with; needs facilioo.password. */
  private String email;

  /** Password of the account to log in with; sent only in the login call, never logged. */
  private String password;

  /** API version sent with every request: 1.0 or 2.0 (1 and 2 are accepted); 2.0 unless set. */
  private String apiVersion;

  /** BCP-47 language tag sent as Accept-Language, such as de-DE; no Accept-Language unless set. */
  private String language;

  /**
   * Name of the integration sent as x-client-name: lowercase letters, digits and hyphens, such as
   * acme-erp-sync.
   */
  private String clientName;

  /**
   * Version of the integration sent as x-client-version: lowercase letters, digits, dots and
   * hyphens, such as 1.4.2.
   */
  private String clientVersion;

  /** How long establishing a connection may take; 10s unless set. */
  private Duration connectTimeout;

  /** How long each read from a connection may take; 30s unless set. */
  private Duration readTimeout;

  /** How long each write to a connection may take; 30s unless set. */
  private Duration writeTimeout;

  /** How long one whole attempt may take, from connecting to reading the body; 60s unless set. */
  private Duration callTimeout;

  /** How often a failed request is retried where that is safe; 0 disables retries; 2 unless set. */
  private Integer maxRetries;

  /** Longest wait before a retry, also when the server asks for more; 60s unless set. */
  private Duration maxRetryDelay;

  /** Settings of the Actuator health indicator. */
  private final Health health = new Health();

  /** Creates properties with nothing set. */
  public FaciliooProperties() {}

  /**
   * Returns whether the clients are auto-configured.
   *
   * @return {@code true} unless {@code facilioo.enabled=false}
   */
  public boolean isEnabled() {
    return enabled;
  }

  /**
   * Sets whether the clients are auto-configured.
   *
   * @param enabled {@code false} to create no facilioo beans
   */
  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  /**
   * Returns the base URL.
   *
   * @return the URL, or {@code null} when not set
   */
  public String getBaseUrl() {
    return baseUrl;
  }

  /**
   * Sets the base URL.
   *
   * @param baseUrl the URL, or {@code null}
   */
  public void setBaseUrl(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /**
   * Returns the bearer token.
   *
   * @return the token, or {@code null} when not set
   */
  public String getToken() {
    return token;
  }

  /**
   * Sets the bearer token.
   *
   * @param token the token without the {@code Bearer } prefix, or {@code null}
   */
  public void setToken(String token) {
    this.token = token;
  }

  /**
   * Returns the login e-mail address.
   *
   * @return the address, or {@code null} when not set
   */
  public String getEmail() {
    return email;
  }

  /**
   * Sets the login e-mail address.
   *
   * @param email the address, or {@code null}
   */
  public void setEmail(String email) {
    this.email = email;
  }

  /**
   * Returns the login password.
   *
   * @return the password, or {@code null} when not set
   */
  public String getPassword() {
    return password;
  }

  /**
   * Sets the login password.
   *
   * @param password the password, or {@code null}
   */
  public void setPassword(String password) {
    this.password = password;
  }

  /**
   * Returns the api version as written in the configuration.
   *
   * @return such as {@code 2.0}, or {@code null} when not set
   */
  public String getApiVersion() {
    return apiVersion;
  }

  /**
   * Sets the api version.
   *
   * @param apiVersion {@code 1}, {@code 1.0}, {@code 2} or {@code 2.0}, or {@code null}
   */
  public void setApiVersion(String apiVersion) {
    this.apiVersion = apiVersion;
  }

  /**
   * Returns the language tag.
   *
   * @return such as {@code de-DE}, or {@code null} when not set
   */
  public String getLanguage() {
    return language;
  }

  /**
   * Sets the language tag.
   *
   * @param language a BCP-47 tag, or {@code null}
   */
  public void setLanguage(String language) {
    this.language = language;
  }

  /**
   * Returns the integration's name.
   *
   * @return the name, or {@code null} when not set
   */
  public String getClientName() {
    return clientName;
  }

  /**
   * Sets the integration's name.
   *
   * @param clientName the name, or {@code null}
   */
  public void setClientName(String clientName) {
    this.clientName = clientName;
  }

  /**
   * Returns the integration's version.
   *
   * @return the version, or {@code null} when not set
   */
  public String getClientVersion() {
    return clientVersion;
  }

  /**
   * Sets the integration's version.
   *
   * @param clientVersion the version, or {@code null}
   */
  public void setClientVersion(String clientVersion) {
    this.clientVersion = clientVersion;
  }

  /**
   * Returns the connect timeout.
   *
   * @return the timeout, or {@code null} when not set
   */
  public Duration getConnectTimeout() {
    return connectTimeout;
  }

  /**
   * Sets the connect timeout.
   *
   * @param connectTimeout a positive duration, or {@code null}
   */
  public void setConnectTimeout(Duration connectTimeout) {
    this.connectTimeout = connectTimeout;
  }

  /**
   * Returns the read timeout.
   *
   * @return the timeout, or {@code null} when not set
   */
  public Duration getReadTimeout() {
    return readTimeout;
  }

  /**
   * Sets the read timeout.
   *
   * @param readTimeout a positive duration, or {@code null}
   */
  public void setReadTimeout(Duration readTimeout) {
    this.readTimeout = readTimeout;
  }

  /**
   * Returns the write timeout.
   *
   * @return the timeout, or {@code null} when not set
   */
  public Duration getWriteTimeout() {
    return writeTimeout;
  }

  /**
   * Sets the write timeout.
   *
   * @param writeTimeout a positive duration, or {@code null}
   */
  public void setWriteTimeout(Duration writeTimeout) {
    this.writeTimeout = writeTimeout;
  }

  /**
   * Returns the timeout of one whole attempt.
   *
   * @return the timeout, or {@code null} when not set
   */
  public Duration getCallTimeout() {
    return callTimeout;
  }

  /**
   * Sets the timeout of one whole attempt.
   *
   * @param callTimeout a positive duration, or {@code null}
   */
  public void setCallTimeout(Duration callTimeout) {
    this.callTimeout = callTimeout;
  }

  /**
   * Returns how often a failed request is retried.
   *
   * @return the count, or {@code null} when not set
   */
  public Integer getMaxRetries() {
    return maxRetries;
  }

  /**
   * Sets how often a failed request is retried.
   *
   * @param maxRetries zero or more, or {@code null}
   */
  public void setMaxRetries(Integer maxRetries) {
    this.maxRetries = maxRetries;
  }

  /**
   * Returns the longest wait before a retry.
   *
   * @return the wait, or {@code null} when not set
   */
  public Duration getMaxRetryDelay() {
    return maxRetryDelay;
  }

  /**
   * Sets the longest wait before a retry.
   *
   * @param maxRetryDelay a positive duration, or {@code null}
   */
  public void setMaxRetryDelay(Duration maxRetryDelay) {
    this.maxRetryDelay = maxRetryDelay;
  }

  /**
   * Returns the health indicator's settings.
   *
   * @return the settings
   */
  public Health getHealth() {
    return health;
  }

  /** Describes the properties; the token and the password are shown only as set or not. */
  @Override
  public String toString() {
    return "FaciliooProperties{enabled="
        + enabled
        + ", baseUrl="
        + baseUrl
        + ", token="
        + (token == null ? "null" : "****")
        + ", email="
        + email
        + ", password="
        + (password == null ? "null" : "****")
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
        + ", health.timeout="
        + health.timeout
        + "}";
  }

  /** The {@code facilioo.health.*} properties. */
  public static class Health {
    /**
     * How long the health check waits for the API's answer before it reports DOWN; the request
     * itself runs on under the client's own timeouts.
     */
    private Duration timeout = Duration.ofSeconds(10);

    /** Creates the settings with their defaults. */
    public Health() {}

    /**
     * Returns how long the health check waits.
     *
     * @return a positive duration; 10 s by default
     */
    public Duration getTimeout() {
      return timeout;
    }

    /**
     * Sets how long the health check waits.
     *
     * @param timeout a positive duration
     */
    public void setTimeout(Duration timeout) {
      this.timeout = timeout;
    }
  }
}

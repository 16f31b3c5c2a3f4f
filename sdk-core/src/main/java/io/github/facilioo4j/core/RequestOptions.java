package io.github.facilioo4j.core;

import io.github.facilioo4j.core.http.HttpHeaders;
import io.github.facilioo4j.core.internal.Durations;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Per-request overrides of the client's options: api version, language, timeout and extra headers.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * RequestOptions english = RequestOptions.builder()
 *     .language(Language.of("en"))
 *     .timeout(Duration.ofSeconds(5))
 *     .header("x-trace", "abc")
 *     .build();
 * }</pre>
 *
 * <p>{@link #toString()} prints the names of extra headers but not their values.
 */
public final class RequestOptions {
  private static final RequestOptions NONE = new Builder().build();

  private final ApiVersion apiVersion;
  private final Language language;
  private final Duration timeout;
  private final HttpHeaders headers;

  private RequestOptions(Builder builder) {
    this.apiVersion = builder.apiVersion;
    this.language = builder.language;
    this.timeout = builder.timeout;
    this.headers = builder.headers.build();
  }

  /**
   * Returns options that override nothing.
   *
   * @return the empty options
   */
  public static RequestOptions none() {
    return NONE;
  }

  /**
   * Starts options that override nothing yet.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder pre-filled with these options.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.apiVersion = apiVersion;
    builder.language = language;
    builder.timeout = timeout;
    builder.headers = headers.toBuilder();
    return builder;
  }

  /**
   * Returns the api version for this request.
   *
   * @return the version, or empty to use the client's
   */
  public Optional<ApiVersion> apiVersion() {
    return Optional.ofNullable(apiVersion);
  }

  /**
   * Returns the language for this request.
   *
   * @return the language, or empty to use the client's
   */
  public Optional<Language> language() {
    return Optional.ofNullable(language);
  }

  /**
   * Returns the whole-call timeout of each attempt of this request.
   *
   * @return the timeout, or empty to use the client's call timeout
   */
  public Optional<Duration> timeout() {
    return Optional.ofNullable(timeout);
  }

  /**
   * Returns the extra headers; they replace SDK headers of the same name, except {@code
   * Authorization}, which cannot be set here.
   *
   * @return the extra headers, possibly empty
   */
  public HttpHeaders headers() {
    return headers;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof RequestOptions)) {
      return false;
    }
    RequestOptions that = (RequestOptions) other;
    return apiVersion == that.apiVersion
        && Objects.equals(language, that.language)
        && Objects.equals(timeout, that.timeout)
        && headers.equals(that.headers);
  }

  @Override
  public int hashCode() {
    return Objects.hash(apiVersion, language, timeout, headers);
  }

  /** Describes the overrides; header values are left out. */
  @Override
  public String toString() {
    return "RequestOptions{apiVersion="
        + apiVersion
        + ", language="
        + language
        + ", timeout="
        + timeout
        + ", headers="
        + headers.asMap().keySet()
        + "}";
  }

  /** Collects overrides; not thread-safe. */
  public static final class Builder {
    private ApiVersion apiVersion;
    private Language language;
    private Duration timeout;
    private HttpHeaders.Builder headers = HttpHeaders.builder();

    private Builder() {}

    /**
     * Overrides the api version.
     *
     * @param apiVersion the version, or {@code null} to use the client's
     * @return this builder
     */
    public Builder apiVersion(@Nullable ApiVersion apiVersion) {
      this.apiVersion = apiVersion;
      return this;
    }

    /**
     * Overrides the language.
     *
     * @param language the language, or {@code null} to use the client's
     * @return this builder
     */
    public Builder language(@Nullable Language language) {
      this.language = language;
      return this;
    }

    /**
     * Overrides the whole-call timeout of each attempt.
     *
     * @param timeout a positive duration, or {@code null} to use the client's
     * @return this builder
     * @throws IllegalArgumentException when the timeout is not positive
     */
    public Builder timeout(@Nullable Duration timeout) {
      this.timeout = timeout == null ? null : Durations.requirePositive(timeout, "timeout");
      return this;
    }

    /**
     * Adds or replaces an extra header. Everything is checked here, before anything is sent, and a
     * refused value is never quoted in the message, as it may be a secret.
     *
     * @param name the header name, an HTTP token; not {@code Authorization} (configure a {@link
     *     TokenProvider}), not {@code Host} (it follows the base URL) and not {@code
     *     Content-Length} or {@code Transfer-Encoding} (the transport frames the body)
     * @param value the value: printable ASCII, spaces and tabs only (HTTP/1.1 cannot carry other
     *     characters unencoded)
     * @return this builder
     * @throws IllegalArgumentException naming the header when the name is one of those above, is
     *     not a valid token, or the value holds a control or non-ASCII character
     * @throws NullPointerException when the name or value is {@code null}
     */
    public Builder header(String name, String value) {
      if (HeaderNames.AUTHORIZATION.equalsIgnoreCase(name)) {
        throw new IllegalArgumentException(
            "the Authorization header cannot be set per request; configure a TokenProvider");
      }
      if (HeaderNames.HOST.equalsIgnoreCase(name)) {
        throw new IllegalArgumentException(
            "the Host header cannot be set per request; it always names the baseUrl's host");
      }
      if (HeaderNames.CONTENT_LENGTH.equalsIgnoreCase(name)
          || HeaderNames.TRANSFER_ENCODING.equalsIgnoreCase(name)) {
        throw new IllegalArgumentException(
            "the " + name + " header cannot be set per request; the transport frames the body");
      }
      if (value != null) {
        for (int i = 0; i < value.length(); i++) {
          if (value.charAt(i) > '~') {
            // The value itself is left out of the message: it may be a secret.
            throw new IllegalArgumentException(
                "header "
                    + name
                    + ": the value holds a non-ASCII character at index "
                    + i
                    + "; only printable ASCII can be sent (encode it, e.g. as RFC 8187 or Base64)");
          }
        }
      }
      headers.set(name, value);
      return this;
    }

    /**
     * Creates the options.
     *
     * @return the options
     */
    public RequestOptions build() {
      return new RequestOptions(this);
    }
  }
}

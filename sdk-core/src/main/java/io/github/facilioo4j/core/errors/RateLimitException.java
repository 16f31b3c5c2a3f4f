package io.github.facilioo4j.core.errors;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The service asks the client to slow down (HTTP 429).
 *
 * <p>For GET, PUT and DELETE the SDK has already retried within its retry budget before throwing
 * this. Immutable and thread-safe.
 */
public class RateLimitException extends FaciliooServiceException {
  private static final long serialVersionUID = 1L;

  private final Duration retryAfter;

  /**
   * Creates the exception. Applications normally do not call this; the SDK's error mapper does.
   *
   * @param message the one-line message; may be {@code null}
   * @param statusCode the HTTP status (429)
   * @param headers the response headers; {@code null} means none; copied
   * @param rawBody the (already bounded) body text; {@code null} means empty
   * @param rawBodyTruncated whether {@code rawBody} was cut
   * @param problem the parsed problem details; {@code null} means {@link ProblemDetails#empty()}
   * @param retryAfter the wait the server asked for; {@code null} when it named none
   */
  public RateLimitException(
      @Nullable String message,
      int statusCode,
      @Nullable Map<String, List<String>> headers,
      @Nullable String rawBody,
      boolean rawBodyTruncated,
      @Nullable ProblemDetails problem,
      @Nullable Duration retryAfter) {
    super(message, statusCode, headers, rawBody, rawBodyTruncated, problem);
    this.retryAfter = retryAfter;
  }

  /**
   * Returns how long the server asked the client to wait, from its {@code Retry-After} header in
   * seconds or as an HTTP date (measured from the mapper's clock; a date in the past gives zero).
   *
   * @return the wait, or empty when the header was absent, negative or unreadable
   */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}

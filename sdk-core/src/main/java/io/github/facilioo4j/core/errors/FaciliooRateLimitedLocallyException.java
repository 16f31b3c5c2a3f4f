package io.github.facilioo4j.core.errors;

/**
 * The SDK's own rate limiter had no permit for the request within the wait allowed (see {@code
 * FaciliooOptions.Builder.rateLimitWait}), so the request was not sent: nothing reached the server
 * and {@link #isNotSent()} is always {@code true}. It is safe to send it again later, whatever its
 * method. This is not the server's answer; for that see {@link RateLimitException}. Immutable and
 * thread-safe.
 */
public class FaciliooRateLimitedLocallyException extends FaciliooIoException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message a one-line message without secrets, such as {@code "POST /api/processes not
   *     sent: no rate-limit permit within 0 ms"}
   */
  public FaciliooRateLimitedLocallyException(String message) {
    super(message, null, true);
  }
}

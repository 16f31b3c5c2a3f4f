package io.github.facilioo4j.core.errors;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The service rejected the request as malformed (HTTP 400).
 *
 * <p>Thrown for 400 without field errors; see {@link ValidationException} for 400 and 422 answers
 * that name fields.
 *
 * <p>Immutable and thread-safe.
 */
public class BadRequestException extends FaciliooServiceException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception. Applications normally do not call this; the SDK's error mapper does.
   *
   * @param message the one-line message; may be {@code null}
   * @param statusCode the HTTP status
   * @param headers the response headers; {@code null} means none; copied
   * @param rawBody the (already bounded) body text; {@code null} means empty
   * @param rawBodyTruncated whether {@code rawBody} was cut
   * @param problem the parsed problem details; {@code null} means {@link ProblemDetails#empty()}
   */
  public BadRequestException(
      @Nullable String message,
      int statusCode,
      @Nullable Map<String, List<String>> headers,
      @Nullable String rawBody,
      boolean rawBodyTruncated,
      @Nullable ProblemDetails problem) {
    super(message, statusCode, headers, rawBody, rawBodyTruncated, problem);
  }
}

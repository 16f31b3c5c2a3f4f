package io.github.facilioo4j.core.errors;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The service did not accept the credentials (HTTP 401), or a login failed.
 *
 * <p>Thrown for 401, after the SDK has renewed the token and replayed the call once where it could;
 * also thrown for a failed login.
 *
 * <p>Immutable and thread-safe.
 */
public class UnauthorizedException extends FaciliooServiceException {
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
  public UnauthorizedException(
      @Nullable String message,
      int statusCode,
      @Nullable Map<String, List<String>> headers,
      @Nullable String rawBody,
      boolean rawBodyTruncated,
      @Nullable ProblemDetails problem) {
    super(message, statusCode, headers, rawBody, rawBodyTruncated, problem);
  }
}

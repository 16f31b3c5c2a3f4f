package io.github.facilioo4j.core.errors;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A login was refused because the account needs multi-factor authentication, which an unattended
 * integration cannot complete. Use an account without enforced MFA for integrations, or pass a
 * token obtained elsewhere.
 *
 * <p>Immutable and thread-safe.
 */
public class MfaRequiredException extends UnauthorizedException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception. Applications normally do not call this; the SDK's login does.
   *
   * @param message the one-line message; may be {@code null}
   * @param statusCode the HTTP status of the login answer
   * @param headers the response headers; {@code null} means none; copied
   * @param rawBody the (already bounded) body text; {@code null} means empty
   * @param rawBodyTruncated whether {@code rawBody} was cut
   * @param problem the parsed problem details; {@code null} means {@link ProblemDetails#empty()}
   */
  public MfaRequiredException(
      @Nullable String message,
      int statusCode,
      @Nullable Map<String, List<String>> headers,
      @Nullable String rawBody,
      boolean rawBodyTruncated,
      @Nullable ProblemDetails problem) {
    super(message, statusCode, headers, rawBody, rawBodyTruncated, problem);
  }
}

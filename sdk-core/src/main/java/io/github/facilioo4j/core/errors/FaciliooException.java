package io.github.facilioo4j.core.errors;

import org.jspecify.annotations.Nullable;

/**
 * Root of every exception the SDK throws on purpose. It is unchecked.
 *
 * <pre>{@code
 * try {
 *   processes.create(body);
 * } catch (ValidationException e) {
 *   e.fieldErrors().forEach((field, problems) -> ...);
 * } catch (FaciliooException e) {
 *   log.warn("facilioo call failed: {}", e.getMessage());
 * }
 * }</pre>
 *
 * <p>Messages are one line and never contain secrets. Instances are immutable after construction.
 */
public class FaciliooException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message.
   *
   * @param message a one-line message without secrets; may be {@code null}
   */
  public FaciliooException(@Nullable String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and a cause.
   *
   * @param message a one-line message without secrets; may be {@code null}
   * @param cause the underlying failure; may be {@code null}
   */
  public FaciliooException(@Nullable String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}

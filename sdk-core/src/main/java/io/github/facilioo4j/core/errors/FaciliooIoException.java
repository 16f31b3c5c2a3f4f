package io.github.facilioo4j.core.errors;

import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * The call failed in the network: the connection could not be made, broke, or was reset. The {@link
 * #getCause() cause} is the original {@link IOException}.
 *
 * <p>Whether the request reached the server is unknown unless the message says otherwise, so a
 * create may or may not have happened; look it up by {@code externalId} before creating again.
 * Immutable and thread-safe.
 */
public class FaciliooIoException extends FaciliooException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message a one-line message without secrets; may be {@code null}
   * @param cause the network failure; may be {@code null}
   */
  public FaciliooIoException(@Nullable String message, @Nullable IOException cause) {
    super(message, cause);
  }

  /**
   * Returns the network failure.
   *
   * @return the cause, or {@code null} when none was given
   */
  @Override
  public synchronized @Nullable IOException getCause() {
    return (IOException) super.getCause();
  }
}

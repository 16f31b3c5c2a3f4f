package io.github.facilioo4j.core.errors;

import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * The call ran out of time: connecting, reading, writing or the whole-call timeout expired. The
 * {@link #getCause() cause} is the original {@link IOException} (usually a {@link
 * java.io.InterruptedIOException}).
 *
 * <p>As with every network failure, a request that timed out may still have been processed by the
 * server, unless {@link #isNotSent()} says it was never sent. Immutable and thread-safe.
 */
public class FaciliooTimeoutException extends FaciliooIoException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message a one-line message without secrets; may be {@code null}
   * @param cause the timeout failure; may be {@code null}
   */
  public FaciliooTimeoutException(@Nullable String message, @Nullable IOException cause) {
    super(message, cause);
  }

  /**
   * Creates the exception.
   *
   * @param message a one-line message without secrets; may be {@code null}
   * @param cause the timeout failure; may be {@code null}
   * @param notSent {@code true} only when no byte of the request was written to a connection
   */
  public FaciliooTimeoutException(String message, IOException cause, boolean notSent) {
    super(message, cause, notSent);
  }
}

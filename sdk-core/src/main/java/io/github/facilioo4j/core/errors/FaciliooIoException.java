package io.github.facilioo4j.core.errors;

import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * The call failed in the network: the connection could not be made, broke, or was reset, or the
 * calling thread was interrupted. The {@link #getCause() cause} is the original {@link IOException}
 * (an {@link java.io.InterruptedIOException} with the message {@code "interrupted"} after {@link
 * Thread#interrupt()}; the thread's interrupt flag is then still set).
 *
 * <p>{@link #isNotSent()} tells whether the request provably never reached the server. When it
 * returns {@code false}, whether the request reached the server is unknown, so a create may or may
 * not have happened; look it up by {@code externalId} before creating again. Immutable and
 * thread-safe.
 */
public class FaciliooIoException extends FaciliooException {
  private static final long serialVersionUID = 1L;

  private final boolean notSent;

  /**
   * Creates the exception for a request that may have reached the server.
   *
   * @param message a one-line message without secrets; may be {@code null}
   * @param cause the network failure; may be {@code null}
   */
  public FaciliooIoException(@Nullable String message, @Nullable IOException cause) {
    this(message, cause, false);
  }

  /**
   * Creates the exception.
   *
   * @param message a one-line message without secrets; may be {@code null}
   * @param cause the network failure; may be {@code null}
   * @param notSent {@code true} only when no byte of the request was written to a connection
   */
  public FaciliooIoException(
      @Nullable String message, @Nullable IOException cause, boolean notSent) {
    super(message, cause);
    this.notSent = notSent;
  }

  /**
   * Tells whether the request provably never reached the server: no byte of it was written to a
   * connection (the connection was refused, the pooled connection had already been closed by the
   * server, the thread was interrupted before sending, ...). Such a request can be sent again
   * whatever its method; the SDK already did so as often as {@code maxRetries} allows.
   *
   * @return {@code true} when nothing was sent; {@code false} when the request may have reached the
   *     server
   */
  public boolean isNotSent() {
    return notSent;
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

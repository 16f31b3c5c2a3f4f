package io.github.facilioo4j.core.http;

import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * Signals that a request failed before any byte of it was written to the network, for example
 * because the connection was refused. Such a request may be retried whatever its method.
 */
public class RequestNotSentException extends IOException {
  private static final long serialVersionUID = 1L;

  /**
   * Wraps the failure that stopped the request before it was sent.
   *
   * @param message what failed
   * @param cause the underlying failure, or {@code null}
   */
  public RequestNotSentException(String message, @Nullable IOException cause) {
    super(message, cause);
  }
}

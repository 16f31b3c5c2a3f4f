package io.github.facilioo4j.fleet;

import org.jspecify.annotations.Nullable;

/**
 * The ledger's database failed or holds what the ledger cannot use. Whether the process was created
 * is unknown: handling the same event again is safe, the ledger then recovers the process by its
 * {@code externalId}. Immutable and thread-safe.
 */
public class LedgerException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what failed, without secrets
   * @param cause the database failure; may be {@code null}
   */
  public LedgerException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}

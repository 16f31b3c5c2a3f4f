package io.github.facilioo4j.fleet;

/**
 * Another worker held the claim of an {@code externalId} for longer than this worker was allowed to
 * wait ({@link CreateLedger.Builder#waitTimeout}), and neither recorded a process nor let its lease
 * run out. Nothing was created by this worker; handle the event again later. Immutable and
 * thread-safe.
 */
public class ClaimPendingException extends LedgerException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message which externalId and how long was waited
   */
  public ClaimPendingException(String message) {
    super(message, null);
  }
}

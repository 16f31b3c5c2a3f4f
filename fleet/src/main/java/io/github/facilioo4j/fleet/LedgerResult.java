package io.github.facilioo4j.fleet;

import io.github.facilioo4j.processes.model.ProcessRead;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** What {@link CreateLedger#createOnce} did for one {@code externalId}. Immutable. */
public final class LedgerResult {
  /** How the process id was found. */
  public enum Outcome {
    /** This worker created the process. */
    CREATED,
    /** Another worker had created and recorded it; nothing was sent to facilioo. */
    RECORDED,
    /**
     * A worker had claimed it and never recorded a process; this worker found the process in
     * facilioo by its {@code externalId} and recorded it.
     */
    RECOVERED
  }

  private final String externalId;
  private final int processId;
  private final Outcome outcome;
  private final @Nullable ProcessRead process;

  LedgerResult(String externalId, int processId, Outcome outcome, @Nullable ProcessRead process) {
    this.externalId = externalId;
    this.processId = processId;
    this.outcome = outcome;
    this.process = process;
  }

  /**
   * Returns the event's external id.
   *
   * @return the external id
   */
  public String externalId() {
    return externalId;
  }

  /**
   * Returns the id of the one process facilioo holds for the external id.
   *
   * @return the process id
   */
  public int processId() {
    return processId;
  }

  /**
   * Returns how the process id was found.
   *
   * @return the outcome
   */
  public Outcome outcome() {
    return outcome;
  }

  /**
   * Returns the process as facilioo answered it.
   *
   * @return the process when this worker created or found it; empty for {@link Outcome#RECORDED},
   *     which read only the ledger
   */
  public Optional<ProcessRead> process() {
    return Optional.ofNullable(process);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof LedgerResult)) {
      return false;
    }
    LedgerResult other = (LedgerResult) o;
    return processId == other.processId
        && externalId.equals(other.externalId)
        && outcome == other.outcome
        && Objects.equals(process, other.process);
  }

  @Override
  public int hashCode() {
    return Objects.hash(externalId, processId, outcome, process);
  }

  @Override
  public String toString() {
    return "LedgerResult{externalId="
        + externalId
        + ", processId="
        + processId
        + ", outcome="
        + outcome
        + "}";
  }
}

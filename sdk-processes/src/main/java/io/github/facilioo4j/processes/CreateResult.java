package io.github.facilioo4j.processes;

import io.github.facilioo4j.core.ApiResponse;
import io.github.facilioo4j.processes.model.ProcessRead;
import java.util.Objects;

/**
 * The outcome of a find-or-create ({@link ProcessesClient#createIfAbsent}): the process and whether
 * this call created it. Immutable and thread-safe.
 */
public final class CreateResult {
  private final ApiResponse<ProcessRead> response;
  private final boolean created;

  CreateResult(ApiResponse<ProcessRead> response, boolean created) {
    this.response = Objects.requireNonNull(response, "response");
    this.created = created;
  }

  /**
   * Returns the process: the one found, or the one created.
   *
   * @return the process
   */
  public ProcessRead process() {
    return response.value();
  }

  /**
   * Tells whether this call created the process.
   *
   * @return {@code true} when it was created, {@code false} when an existing one was found
   */
  public boolean created() {
    return created;
  }

  /**
   * Returns the answer the process came from, for its status, headers and request id: the answer to
   * the create call, or the answer of the list page on which the existing process was found.
   *
   * @return the answer, with {@link #process()} as its value
   */
  public ApiResponse<ProcessRead> response() {
    return response;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof CreateResult)) {
      return false;
    }
    CreateResult that = (CreateResult) other;
    return created == that.created && Objects.equals(process(), that.process());
  }

  @Override
  public int hashCode() {
    return Objects.hash(process(), created);
  }

  /** Shows whether it was created and the process id; no other process data. */
  @Override
  public String toString() {
    return "CreateResult{created=" + created + ", id=" + process().id() + "}";
  }
}

package io.github.facilioo4j.examples;

import io.github.facilioo4j.core.FaciliooOptions;
import io.github.facilioo4j.processes.ProcessesClient;
import io.github.facilioo4j.processes.model.ProcessRead;

/**
 * Changes one field of a process and clears another, leaving all other fields alone (PATCH).
 *
 * <p>Argument: the process id.
 */
public final class UpdateProcess {
  private UpdateProcess() {}

  /**
   * Reads the options from the environment and updates the process given as first argument.
   *
   * @param args the process id
   */
  public static void main(String[] args) {
    if (args.length != 1) {
      System.err.println("Usage: UpdateProcess PROCESS_ID");
      System.exit(64);
    }
    FaciliooOptions options = FaciliooOptions.fromEnv();
    try (ProcessesClient processes = ProcessesClient.create(options)) {
      ProcessRead process = run(processes, Integer.parseInt(args[0]));
      System.out.println("Process " + process.id() + " is now: " + process.subject());
    }
  }

  /**
   * Sets the subject and clears the stage of a process.
   *
   * @param processes the client; stays owned by the caller
   * @param id the process id
   * @return the process after the update
   * @throws io.github.facilioo4j.core.errors.NotFoundException when there is no such process
   * @throws io.github.facilioo4j.core.errors.FaciliooException for other failures
   */
  public static ProcessRead run(ProcessesClient processes, int id) {
    return processes
        .update(id)
        .subject("Water damage (plumber booked)") // changed
        .stageId(null) // an explicit null clears the field; fields not set are not sent
        .execute();
  }
}

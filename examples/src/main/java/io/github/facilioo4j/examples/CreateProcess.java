package io.github.facilioo4j.examples;

import io.github.facilioo4j.core.FaciliooOptions;
import io.github.facilioo4j.processes.ProcessesClient;
import io.github.facilioo4j.processes.model.ProcessCreate;
import io.github.facilioo4j.processes.model.ProcessRead;

/**
 * Creates one process (a damage report) and prints its number.
 *
 * <p>Arguments (optional): {@code unitId contactId typeId}, each defaulting to 1.
 */
public final class CreateProcess {
  private CreateProcess() {}

  /**
   * Reads the options from the environment, creates the process and prints it.
   *
   * @param args optional unit, contact and type ids
   */
  public static void main(String[] args) {
    FaciliooOptions options = FaciliooOptions.fromEnv();
    int unitId = args.length > 0 ? Integer.parseInt(args[0]) : 1;
    int contactId = args.length > 1 ? Integer.parseInt(args[1]) : 1;
    int typeId = args.length > 2 ? Integer.parseInt(args[2]) : 1;
    // The client owns a connection pool and threads: close it when done.
    try (ProcessesClient processes = ProcessesClient.create(options)) {
      ProcessRead process = run(processes, unitId, contactId, typeId);
      System.out.println(
          "Created process " + process.id() + " (" + process.fullyQualifiedNumber() + ")");
    }
  }

  /**
   * Creates a process for a water damage in the given unit.
   *
   * @param processes the client; stays owned by the caller
   * @param unitId the unit concerned
   * @param contactId the contact who reported it
   * @param typeId the process type
   * @return the stored process, with the id and number the server assigned
   * @throws io.github.facilioo4j.core.errors.ValidationException when an id is rejected
   * @throws io.github.facilioo4j.core.errors.FaciliooException for other failures
   */
  public static ProcessRead run(ProcessesClient processes, int unitId, int contactId, int typeId) {
    ProcessCreate process =
        ProcessCreate.builder()
            .subject("Water damage")
            .report("<p>Water in the basement</p>") // HTML is allowed in reports
            .unitId(unitId)
            .contactId(contactId)
            .typeId(typeId)
            .build();
    // A create is never retried after it may have reached the server, so it is never doubled;
    // see SyncByExternalId for re-runnable creates.
    return processes.create(process);
  }
}

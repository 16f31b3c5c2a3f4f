package io.github.facilioo4j.examples;

import io.github.facilioo4j.core.FaciliooOptions;
import io.github.facilioo4j.processes.CreateResult;
import io.github.facilioo4j.processes.ProcessesClient;
import io.github.facilioo4j.processes.model.ProcessCreate;

/**
 * Pushes a damage report from another system (an ERP) so that running the sync again does not
 * create it twice: the process carries the ERP's id as {@code externalId}, and {@code
 * createIfAbsent} first looks for it in the unit's processes.
 *
 * <p>Arguments (optional): {@code externalId unitId}, defaulting to {@code erp-4711} and 1.
 */
public final class SyncByExternalId {
  private SyncByExternalId() {}

  /**
   * Reads the options from the environment and syncs one report; run it twice to see the second run
   * find the process instead of creating another.
   *
   * @param args optional external id and unit id
   */
  public static void main(String[] args) {
    FaciliooOptions options = FaciliooOptions.fromEnv();
    String externalId = args.length > 0 ? args[0] : "erp-4711";
    int unitId = args.length > 1 ? Integer.parseInt(args[1]) : 1;
    try (ProcessesClient processes = ProcessesClient.create(options)) {
      CreateResult result = run(processes, externalId, unitId);
      System.out.println(
          (result.created() ? "Created process " : "Already synced as process ")
              + result.process().id()
              + " ("
              + externalId
              + ")");
    }
  }

  /**
   * Creates the ERP's report unless a process with its id exists in the unit.
   *
   * @param processes the client; stays owned by the caller
   * @param externalId the ERP's id of the report
   * @param unitId the unit concerned
   * @return the found or created process, and which of the two
   * @throws io.github.facilioo4j.core.errors.FaciliooException when the lookup or create fails
   */
  public static CreateResult run(ProcessesClient processes, String externalId, int unitId) {
    ProcessCreate process =
        ProcessCreate.builder()
            .externalId(externalId) // the key that makes re-runs safe
            .subject("Leaking pipe")
            .report("<p>Reported in the ERP as " + externalId + "</p>")
            .unitId(unitId)
            .contactId(1)
            .typeId(1)
            .build();
    // Two syncs running at the same time can still both create: run one sync per unit at a time.
    return processes.createIfAbsent(process);
  }
}

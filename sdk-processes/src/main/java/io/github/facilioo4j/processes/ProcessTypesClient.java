package io.github.facilioo4j.processes;

import io.github.facilioo4j.core.FaciliooClient;
import java.util.Objects;

/**
 * The process types of the tenant ({@code /api/process-types}) and their stages ({@code
 * /api/process-stages}).
 *
 * <pre>{@code
 * for (ProcessTypeRead t : processes.processTypes().list().pageSize(100).execute().autoPager()) {
 *   System.out.println(t.id() + " " + t.name());
 * }
 * Page<ProcessStageRead> stages = processes.processTypes().stages(1).pageSize(100).execute();
 * }</pre>
 *
 * <p>A view on a core client: it holds no resources and is not closed; it is immutable and
 * thread-safe. The calls it hands out are not thread-safe.
 */
public final class ProcessTypesClient {
  private final FaciliooClient core;

  ProcessTypesClient(FaciliooClient core) {
    this.core = Objects.requireNonNull(core, "core is required");
  }

  /**
   * Creates a view on a shared core client.
   *
   * @param shared the core client; stays owned by the caller
   * @return the view
   * @throws NullPointerException if {@code shared} is {@code null}
   */
  public static ProcessTypesClient create(FaciliooClient shared) {
    return new ProcessTypesClient(shared);
  }

  /**
   * Starts a list of the process types ({@code GET /api/process-types}).
   *
   * @return a new call; set its {@code pageSize} (1 to 100) before executing it
   */
  public ProcessTypesOperations.ListProcessTypes list() {
    return new ProcessTypesOperations.ListProcessTypes(core);
  }

  /**
   * Starts a read of one process type ({@code GET /api/process-types/{id}}; inferred).
   *
   * @param id the process type id, greater than 0
   * @return a new call
   */
  public ProcessTypesOperations.RetrieveProcessType retrieve(int id) {
    return new ProcessTypesOperations.RetrieveProcessType(core).id(id);
  }

  /**
   * Starts a list of the stages of a process type ({@code GET
   * /api/process-types/{id}/process-stages}).
   *
   * @param typeId the process type id, greater than 0
   * @return a new call; set its {@code pageSize} before executing it
   */
  public ProcessTypesOperations.ListProcessTypeStages stages(int typeId) {
    return new ProcessTypesOperations.ListProcessTypeStages(core).id(typeId);
  }

  /**
   * Starts a read of one stage by its own id ({@code GET /api/process-stages/{id}}).
   *
   * @param stageId the stage id, greater than 0
   * @return a new call
   */
  public ProcessStagesOperations.RetrieveProcessStageById stage(int stageId) {
    return new ProcessStagesOperations.RetrieveProcessStageById(core).id(stageId);
  }
}

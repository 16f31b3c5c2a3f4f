package io.github.facilioo4j.processes;

import io.github.facilioo4j.core.FaciliooClient;
import io.github.facilioo4j.core.FaciliooOptions;
import io.github.facilioo4j.core.Page;
import io.github.facilioo4j.core.RequestOptions;
import io.github.facilioo4j.core.spi.Futures;
import io.github.facilioo4j.processes.model.ProcessCreate;
import io.github.facilioo4j.processes.model.ProcessRead;
import io.github.facilioo4j.processes.model.ProcessUpdate;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Creates, reads, lists and updates facilioo processes ("Vorgänge").
 *
 * <pre>{@code
 * try (ProcessesClient processes = ProcessesClient.create(FaciliooOptions.fromEnv())) {
 *   ProcessRead created = processes.create()
 *       .report("<p>Water in the basement</p>")
 *       .contactId(12).typeId(3).unitId(77)
 *       .externalId("erp-4711")
 *       .execute();
 *   for (ProcessRead p : processes.listForUnit(77, 100).autoPager()) {
 *     System.out.println(p.id() + " " + p.subject());
 *   }
 *   processes.update(created.id()).subject("Water damage").stageId(null).execute();
 * }
 * }</pre>
 *
 * <p>Every operation comes in three shapes: a direct blocking method ({@link
 * #create(ProcessCreate)}), its async twin ({@link #createAsync(ProcessCreate)}) and a fluent call
 * ({@link #create()}) that also takes per-call options and gives the raw answer (status, headers,
 * request id) through {@link io.github.facilioo4j.core.spi.OperationCall#executeWithResponse()}.
 * The calls are generated from the OpenAPI document ({@link ProcessesOperations}); this class only
 * hands them out and adds what no document can state, {@link #createIfAbsent(ProcessCreate)}.
 *
 * <p>Before sending, every call checks what the API's rules allow checking locally (required
 * fields, a blank {@code report}, ids of 0 or less, a page size outside 1..100, a page number below
 * 1) and throws one {@link io.github.facilioo4j.core.errors.ValidationException} listing every
 * problem, keyed like a server's 400 answer; nothing is sent. Errors of the service surface as
 * core's typed exceptions ({@link io.github.facilioo4j.core.errors.NotFoundException}, {@link
 * io.github.facilioo4j.core.errors.ValidationException}, ...). The async methods never throw: they
 * return a future that completes exceptionally with the same exception, not wrapped.
 *
 * <p>The client is immutable and thread-safe; share one. The fluent call objects it hands out are
 * not thread-safe. A client made from options owns its connection and closes it in {@link
 * #close()}; a client made from a shared {@link FaciliooClient} leaves that client open.
 */
public final class ProcessesClient implements AutoCloseable {
  private final FaciliooClient core;
  private final boolean ownsCore;
  // Reference data kept for this client's lifetime; a derived client reads its own.
  private final ProcessTypeCache processTypes = new ProcessTypeCache();

  private ProcessesClient(FaciliooClient core, boolean ownsCore) {
    this.core = core;
    this.ownsCore = ownsCore;
  }

  /**
   * Creates a client with its own connection to the API.
   *
   * @param options the configuration
   * @return a new client, which the caller must close
   * @throws NullPointerException if {@code options} is {@code null}
   */
  public static ProcessesClient create(FaciliooOptions options) {
    return new ProcessesClient(
        FaciliooClient.create(Objects.requireNonNull(options, "options is required")), true);
  }

  /**
   * Creates a client that sends through a shared core client, for example one also used by other
   * SDK modules. {@link #close()} does not close the shared client; closing the shared client makes
   * this one refuse calls.
   *
   * @param shared the core client; stays owned by the caller
   * @return a new client
   * @throws NullPointerException if {@code shared} is {@code null}
   */
  public static ProcessesClient create(FaciliooClient shared) {
    return new ProcessesClient(Objects.requireNonNull(shared, "shared is required"), false);
  }

  /**
   * Derives a client with changed options, for example another language or api version, sharing
   * this client's connections (see {@link FaciliooClient#withOptions(Consumer)}). Closing the
   * derived client does not close this one; closing this one also stops the derived one.
   *
   * <pre>{@code
   * ProcessesClient v1 = processes.withOptions(o -> o.apiVersion(ApiVersion.V1));
   * }</pre>
   *
   * @param change adjusts a builder pre-filled with this client's options
   * @return the derived client
   * @throws IllegalArgumentException when the changed options are invalid
   * @throws IllegalStateException when this client is closed
   */
  public ProcessesClient withOptions(Consumer<FaciliooOptions.Builder> change) {
    return new ProcessesClient(core.withOptions(change), true);
  }

  /**
   * Returns the options this client sends with.
   *
   * @return the options
   */
  public FaciliooOptions options() {
    return core.options();
  }

  // ---- create -----------------------------------------------------------------------------

  /**
   * Starts a fluent create ({@code POST /api/processes}); see {@link
   * ProcessesOperations.CreateProcess}. Required: {@code report} (not blank), {@code contactId},
   * {@code typeId} and {@code unitId}; every id must be at least 1.
   *
   * @return a new call; nothing is sent until it is executed
   */
  public ProcessesOperations.CreateProcess create() {
    return new ProcessesOperations.CreateProcess(core);
  }

  /**
   * Creates a process ({@code POST /api/processes}). A create is never retried once the request may
   * have reached the server, because the API has no idempotency key; use {@link
   * #createIfAbsent(ProcessCreate)} to make re-runs safe.
   *
   * @param process the process; {@code report}, {@code contactId}, {@code typeId} and {@code
   *     unitId} are required
   * @return the stored process
   * @throws io.github.facilioo4j.core.errors.ValidationException when a local check fails (nothing
   *     is sent) or the server rejects the values
   * @throws io.github.facilioo4j.core.errors.FaciliooException for other failures
   * @throws IllegalStateException when the client is closed
   * @throws NullPointerException if {@code process} is {@code null}
   */
  public ProcessRead create(ProcessCreate process) {
    return create().body(process).execute();
  }

  /**
   * Creates a process with per-call options.
   *
   * @param process the process
   * @param options the per-call overrides
   * @return the stored process
   * @see #create(ProcessCreate)
   */
  public ProcessRead create(ProcessCreate process, RequestOptions options) {
    return create().body(process).options(options).execute();
  }

  /**
   * Creates a process without blocking.
   *
   * @param process the process
   * @return the future stored process; fails with the exception {@link #create(ProcessCreate)}
   *     would throw
   * @throws NullPointerException if {@code process} is {@code null}
   */
  public CompletableFuture<ProcessRead> createAsync(ProcessCreate process) {
    return create().body(process).executeAsync();
  }

  /**
   * Creates a process unless one with the same {@code externalId} already exists: a sync job that
   * runs twice does not create it twice.
   *
   * <p>How it looks: it walks the processes of the process's unit ({@code GET
   * /api/units/{unitId}/processes}, pages of 100, one page held at a time) for one whose {@code
   * externalId} equals the given one exactly and whose {@code deleted} is {@code null}. A
   * soft-deleted process does not count, so a process deleted in facilioo is created again. The
   * first match is returned, and nothing is created; otherwise the process is created.
   *
   * <p>"None" is concluded only from a walk that provably saw every process of the unit exactly
   * once: every page carries {@code pageNumber} (the one asked for), {@code pageSize}, {@code
   * totalPages} and {@code totalCount}, the same totals as page 1, with {@code totalPages} matching
   * {@code totalCount}; every page holds exactly the processes its numbers call for (full pages but
   * the last), no process id appears twice, the flags agree with the numbers, and the walk ends at
   * page {@code totalPages}. A server that ignores the page number, leaves out paging members,
   * answers an empty page that claims more, or whose listing changes during the walk, makes this
   * method throw an {@link io.github.facilioo4j.core.errors.InvalidResponseException} and create
   * nothing; call it again later. A match is trusted on any page, so the blocking and the async
   * form give the same result.
   *
   * <p>Cost: one list call per 100 processes of the unit, plus the create.
   *
   * <p>Race window: the check and the create are separate calls and the API has neither an
   * idempotency key nor (as far as known) a unique constraint on {@code externalId}, so two callers
   * running at the same time for the same {@code externalId} can both miss and both create. Run one
   * sync job per unit at a time if that matters.
   *
   * <pre>{@code
   * CreateResult result = processes.createIfAbsent(ProcessCreate.builder()
   *     .report("<p>Water in the basement</p>").contactId(12).typeId(3).unitId(77)
   *     .externalId("erp-4711").build());
   * if (result.created()) { ... }
   * }</pre>
   *
   * @param process the process; {@code externalId} is required here, besides the fields {@link
   *     #create(ProcessCreate)} requires
   * @return the existing or the created process, and which of the two it is
   * @throws io.github.facilioo4j.core.errors.ValidationException when a local check fails (nothing
   *     is sent), including a missing or blank {@code externalId}
   * @throws io.github.facilioo4j.core.errors.InvalidResponseException when the listing cannot be
   *     trusted to be complete (see above); nothing was created
   * @throws io.github.facilioo4j.core.errors.FaciliooException for an error of the list or create
   *     call
   * @throws NullPointerException if {@code process} is {@code null}
   */
  public CreateResult createIfAbsent(ProcessCreate process) {
    return createIfAbsent(create().body(process));
  }

  /**
   * Find-or-create with the body and per-call options of a fluent create; see {@link
   * #createIfAbsent(ProcessCreate)}.
   *
   * @param call the create to send when no process with its {@code externalId} exists; its values
   *     are read now, later changes to it do not matter
   * @return the existing or the created process, and which of the two it is
   * @see #createIfAbsent(ProcessCreate)
   */
  public CreateResult createIfAbsent(ProcessesOperations.CreateProcess call) {
    return new FindOrCreate(this, call.toProcessCreate(), call.requestOptions()).run();
  }

  /**
   * Find-or-create without blocking; the pages are fetched one after another without tying up a
   * thread in between.
   *
   * @param process the process
   * @return the future result; fails with the exception {@link #createIfAbsent(ProcessCreate)}
   *     would throw
   * @throws NullPointerException if {@code process} is {@code null}
   */
  public CompletableFuture<CreateResult> createIfAbsentAsync(ProcessCreate process) {
    return createIfAbsentAsync(create().body(process));
  }

  /**
   * Find-or-create without blocking, with the body and per-call options of a fluent create.
   *
   * @param call the create; its values are read now
   * @return the future result; fails with the exception {@link #createIfAbsent(ProcessCreate)}
   *     would throw
   * @see #createIfAbsent(ProcessCreate)
   */
  public CompletableFuture<CreateResult> createIfAbsentAsync(
      ProcessesOperations.CreateProcess call) {
    return Futures.start(
        () -> new FindOrCreate(this, call.toProcessCreate(), call.requestOptions()).runAsync());
  }

  // ---- retrieve ---------------------------------------------------------------------------

  /**
   * Starts a fluent retrieve ({@code GET /api/processes/{id}}); see {@link
   * ProcessesOperations.RetrieveProcess}.
   *
   * @return a new call; set its {@code id} before executing it
   */
  public ProcessesOperations.RetrieveProcess retrieve() {
    return new ProcessesOperations.RetrieveProcess(core);
  }

  /**
   * Reads one process ({@code GET /api/processes/{id}}).
   *
   * @param id the process id, greater than 0
   * @return the process
   * @throws io.github.facilioo4j.core.errors.NotFoundException when no such process is visible
   * @throws io.github.facilioo4j.core.errors.ValidationException when the id is 0 or less (nothing
   *     is sent)
   * @throws io.github.facilioo4j.core.errors.FaciliooException for other failures
   */
  public ProcessRead retrieve(int id) {
    return retrieve().id(id).execute();
  }

  /**
   * Reads one process with per-call options.
   *
   * @param id the process id
   * @param options the per-call overrides
   * @return the process
   * @see #retrieve(int)
   */
  public ProcessRead retrieve(int id, RequestOptions options) {
    return retrieve().id(id).options(options).execute();
  }

  /**
   * Reads one process without blocking.
   *
   * @param id the process id
   * @return the future process; fails with the exception {@link #retrieve(int)} would throw
   */
  public CompletableFuture<ProcessRead> retrieveAsync(int id) {
    return retrieve().id(id).executeAsync();
  }

  // ---- list -------------------------------------------------------------------------------

  /**
   * Starts a fluent list of all processes visible to the caller ({@code GET /api/processes}); see
   * {@link ProcessesOperations.ListProcesses}.
   *
   * @return a new call; set its {@code pageSize} (1 to 100) before executing it
   */
  public ProcessesOperations.ListProcesses list() {
    return new ProcessesOperations.ListProcesses(core);
  }

  /**
   * Lists the processes visible to the caller ({@code GET /api/processes}), starting at page 1. The
   * page walks on lazily through {@link Page#autoPager()} or {@link Page#stream()}.
   *
   * @param pageSize 1 to 100
   * @return the first page
   * @throws io.github.facilioo4j.core.errors.ValidationException when the page size is out of range
   *     (nothing is sent)
   * @throws io.github.facilioo4j.core.errors.FaciliooException for other failures, also while
   *     walking
   */
  public Page<ProcessRead> list(int pageSize) {
    return list().pageSize(pageSize).execute();
  }

  /**
   * Lists the processes without blocking; later pages load on the walking thread.
   *
   * @param pageSize 1 to 100
   * @return the future first page
   * @see #list(int)
   */
  public CompletableFuture<Page<ProcessRead>> listAsync(int pageSize) {
    return list().pageSize(pageSize).executeAsync();
  }

  /**
   * Starts a fluent list of the processes of a property.
   *
   * @param propertyId the property id, greater than 0
   * @return a new call; set its {@code pageSize} before executing it
   */
  public ProcessesOperations.ListPropertyProcesses listForProperty(int propertyId) {
    return new ProcessesOperations.ListPropertyProcesses(core).propertyId(propertyId);
  }

  /**
   * Lists the processes of a property ({@code GET /api/properties/{propertyId}/processes}).
   *
   * @param propertyId the property id, greater than 0
   * @param pageSize 1 to 100
   * @return the first page
   * @see #list(int)
   */
  public Page<ProcessRead> listForProperty(int propertyId, int pageSize) {
    return listForProperty(propertyId).pageSize(pageSize).execute();
  }

  /**
   * Lists the processes of a property without blocking.
   *
   * @param propertyId the property id, greater than 0
   * @param pageSize 1 to 100
   * @return the future first page
   * @see #list(int)
   */
  public CompletableFuture<Page<ProcessRead>> listForPropertyAsync(int propertyId, int pageSize) {
    return listForProperty(propertyId).pageSize(pageSize).executeAsync();
  }

  /**
   * Starts a fluent list of the processes of a unit.
   *
   * @param unitId the unit id, greater than 0
   * @return a new call; set its {@code pageSize} before executing it
   */
  public ProcessesOperations.ListUnitProcesses listForUnit(int unitId) {
    return new ProcessesOperations.ListUnitProcesses(core).unitId(unitId);
  }

  /**
   * Lists the processes of a unit ({@code GET /api/units/{unitId}/processes}).
   *
   * @param unitId the unit id, greater than 0
   * @param pageSize 1 to 100
   * @return the first page
   * @see #list(int)
   */
  public Page<ProcessRead> listForUnit(int unitId, int pageSize) {
    return listForUnit(unitId).pageSize(pageSize).execute();
  }

  /**
   * Lists the processes of a unit without blocking.
   *
   * @param unitId the unit id, greater than 0
   * @param pageSize 1 to 100
   * @return the future first page
   * @see #list(int)
   */
  public CompletableFuture<Page<ProcessRead>> listForUnitAsync(int unitId, int pageSize) {
    return listForUnit(unitId).pageSize(pageSize).executeAsync();
  }

  // ---- update -----------------------------------------------------------------------------

  /**
   * Starts a fluent partial update ({@code PATCH /api/processes/{id}}); see {@link
   * ProcessesOperations.UpdateProcess}. A field whose setter was never called is left out and stays
   * unchanged; a setter called with {@code null} sends JSON {@code null}, which clears the field
   * (inferred from the documented process-stage update, not verified).
   *
   * @param id the process id, greater than 0
   * @return a new call; only the fields set on it are sent
   */
  public ProcessesOperations.UpdateProcess update(int id) {
    return new ProcessesOperations.UpdateProcess(core).id(id);
  }

  /**
   * Changes parts of a process ({@code PATCH /api/processes/{id}}): fields never set on {@code
   * update} are left out and stay unchanged; fields set to {@code null} are sent as JSON {@code
   * null} and cleared.
   *
   * @param id the process id, greater than 0
   * @param update the changes
   * @return the process after the update
   * @throws io.github.facilioo4j.core.errors.ValidationException when a local check fails (nothing
   *     is sent) or the server rejects the values
   * @throws io.github.facilioo4j.core.errors.NotFoundException when no such process is visible
   * @throws io.github.facilioo4j.core.errors.FaciliooException for other failures
   * @throws NullPointerException if {@code update} is {@code null}
   */
  public ProcessRead update(int id, ProcessUpdate update) {
    return update(id).body(update).execute();
  }

  /**
   * Changes parts of a process with per-call options.
   *
   * @param id the process id
   * @param update the changes
   * @param options the per-call overrides
   * @return the process after the update
   * @see #update(int, ProcessUpdate)
   */
  public ProcessRead update(int id, ProcessUpdate update, RequestOptions options) {
    return update(id).body(update).options(options).execute();
  }

  /**
   * Changes parts of a process without blocking.
   *
   * @param id the process id
   * @param update the changes
   * @return the future process after the update; fails with the exception {@link #update(int,
   *     ProcessUpdate)} would throw
   * @throws NullPointerException if {@code update} is {@code null}
   */
  public CompletableFuture<ProcessRead> updateAsync(int id, ProcessUpdate update) {
    return update(id).body(update).executeAsync();
  }

  // ---- process stage --------------------------------------------------------------------

  /**
   * Starts a fluent read of a process's stage ({@code GET /api/processes/{id}/process-stage}); see
   * {@link ProcessesOperations.RetrieveProcessStage}.
   *
   * @param id the process id, greater than 0
   * @return a new call
   */
  public ProcessesOperations.RetrieveProcessStage retrieveStage(int id) {
    return new ProcessesOperations.RetrieveProcessStage(core).id(id);
  }

  // ---- sub-resources --------------------------------------------------------------------

  /**
   * Starts a list of the units a process is linked to besides its own unit, which is not included
   * ({@code GET /api/processes/{id}/additional-linked-units}).
   *
   * @param id the process id, greater than 0
   * @return a new call; set its {@code pageSize} before executing it
   */
  public ProcessesOperations.ListProcessAdditionalLinkedUnits additionalLinkedUnits(int id) {
    return new ProcessesOperations.ListProcessAdditionalLinkedUnits(core).id(id);
  }

  /**
   * Starts a list of the files of a process ({@code GET /api/processes/{id}/files}).
   *
   * @param id the process id, greater than 0
   * @return a new call; set its {@code pageSize} before executing it
   */
  public ProcessesOperations.ListProcessFiles files(int id) {
    return new ProcessesOperations.ListProcessFiles(core).id(id);
  }

  /**
   * Starts a list of the parties that can see a process ({@code GET
   * /api/processes/{id}/accessor-parties}).
   *
   * @param id the process id, greater than 0
   * @return a new call; set its {@code pageSize} before executing it
   */
  public ProcessesOperations.ListProcessAccessorParties accessorParties(int id) {
    return new ProcessesOperations.ListProcessAccessorParties(core).id(id);
  }

  /**
   * Starts granting a party visibility of a process ({@code PUT
   * /api/processes/{id}/accessor-parties/{partyId}}). The PUT is idempotent, so, unlike a create,
   * it is retried after an I/O failure or a 408, 429, 502, 503 or 504 answer like a GET (within the
   * client's {@code maxRetries}). Any 2xx is success; the result is {@code null}.
   *
   * @param id the process id, greater than 0
   * @param partyId the party id, greater than 0
   * @return a new call
   */
  public ProcessesOperations.AddProcessAccessorParty grantAccess(int id, int partyId) {
    return new ProcessesOperations.AddProcessAccessorParty(core).id(id).partyId(partyId);
  }

  /**
   * Starts revoking a party's visibility of a process ({@code DELETE
   * /api/processes/{id}/accessor-parties/{partyId}}). Idempotent and retried like {@link
   * #grantAccess(int, int)}.
   *
   * @param id the process id, greater than 0
   * @param partyId the party id, greater than 0
   * @return a new call
   */
  public ProcessesOperations.RemoveProcessAccessorParty revokeAccess(int id, int partyId) {
    return new ProcessesOperations.RemoveProcessAccessorParty(core).id(id).partyId(partyId);
  }

  // ---- lookups ----------------------------------------------------------------------------

  /**
   * Returns the caller's own account, on this client's connection; see {@link AccountsClient}.
   *
   * @return a view that is not closed separately
   */
  public AccountsClient accounts() {
    return new AccountsClient(core);
  }

  /**
   * Returns the properties, found by id or by {@code externalId}; see {@link PropertiesClient}.
   *
   * @return a view that is not closed separately
   */
  public PropertiesClient properties() {
    return new PropertiesClient(core);
  }

  /**
   * Returns the units and their contracts; see {@link UnitsClient}.
   *
   * @return a view that is not closed separately
   */
  public UnitsClient units() {
    return new UnitsClient(core);
  }

  /**
   * Returns the process types and their stages; see {@link ProcessTypesClient}.
   *
   * @return a view that is not closed separately
   */
  public ProcessTypesClient processTypes() {
    return new ProcessTypesClient(core);
  }

  /**
   * Returns the generic client on this client's connection, for collections without a typed client
   * (list, retrieve and search by route name); see {@link
   * io.github.facilioo4j.core.generic.GenericClient}.
   *
   * @return a generic client that is not closed separately
   */
  public io.github.facilioo4j.core.generic.GenericClient generic() {
    return io.github.facilioo4j.core.generic.GenericClient.create(core);
  }

  /**
   * Starts a create from what an ERP knows (property {@code externalId}, unit number, reporter,
   * process type name); see {@link GuidedCreate}. The process types it resolves names with are read
   * once and kept for this client's lifetime.
   *
   * @return a new builder; nothing is sent until it is executed
   */
  public GuidedCreate guidedCreate() {
    return new GuidedCreate(this, core, processTypes);
  }

  // ---- lifecycle --------------------------------------------------------------------------

  /**
   * Tells whether calls are refused because this client or its core client is closed.
   *
   * @return whether the client is closed
   */
  public boolean isClosed() {
    return core.isClosed();
  }

  /**
   * Closes the client. A client made from options or by {@link #withOptions} closes its core
   * client; a client made from a shared core client leaves it open. Calling it again has no effect.
   */
  @Override
  public void close() {
    if (ownsCore) {
      core.close();
    }
  }

  /** Describes the client; never shows a secret. */
  @Override
  public String toString() {
    return "ProcessesClient{" + core + "}";
  }
}

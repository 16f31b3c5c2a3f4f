package io.github.facilioo4j.processes;

import io.github.facilioo4j.core.ApiRequest;
import io.github.facilioo4j.core.ApiResponse;
import io.github.facilioo4j.core.FaciliooClient;
import io.github.facilioo4j.core.RequestOptions;
import io.github.facilioo4j.processes.model.ProcessRead;
import io.github.facilioo4j.processes.model.ProcessUpdate;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * A fluent {@code PATCH /api/processes/{id}}, started by {@link ProcessesClient#update(int)}.
 *
 * <pre>{@code
 * ProcessRead changed = processes.update(7)
 *     .subject("Water damage, 2nd floor")   // sent
 *     .stageId(null)                         // sent as null: clears the stage
 *     .execute();                            // every other field is left out: unchanged
 * }</pre>
 *
 * <p>A field whose setter was never called is left out of the body and stays unchanged; a setter
 * called with {@code null} sends JSON {@code null}, which clears the field. {@code report}, {@code
 * contactId}, {@code typeId} and {@code unitId} cannot be cleared, {@code report} must not be empty
 * or blank, and ids must be greater than 0; these are checked before sending. An update that sets
 * nothing is sent as {@code {}} and answers the unchanged process. Not thread-safe; see {@link
 * ProcessCall}.
 */
public final class ProcessUpdateRequest extends ProcessCall<ProcessRead, ProcessUpdateRequest> {
  private final int id;
  private ProcessUpdate.Builder body = ProcessUpdate.builder();

  ProcessUpdateRequest(FaciliooClient core, int id) {
    super(core);
    this.id = id;
  }

  /**
   * Replaces every change made so far with those of {@code update}, keeping its set and unset
   * fields.
   *
   * @param update the changes
   * @return this call
   * @throws NullPointerException if {@code update} is {@code null}
   */
  public ProcessUpdateRequest body(ProcessUpdate update) {
    this.body = Objects.requireNonNull(update, "update is required").toBuilder();
    return this;
  }

  /**
   * Changes the short title.
   *
   * @param subject the new title, or {@code null} to clear it
   * @return this call
   */
  public ProcessUpdateRequest subject(String subject) {
    body.subject(subject);
    return this;
  }

  /**
   * Changes the full description (HTML); it cannot be cleared.
   *
   * @param report the new text; not {@code null}, empty or blank
   * @return this call
   */
  public ProcessUpdateRequest report(String report) {
    body.report(report);
    return this;
  }

  /**
   * Changes the main contact; it cannot be cleared.
   *
   * @param contactId the party id, greater than 0
   * @return this call
   */
  public ProcessUpdateRequest contactId(Integer contactId) {
    body.contactId(contactId);
    return this;
  }

  /**
   * Changes the process type; it cannot be cleared.
   *
   * @param typeId the type id, greater than 0
   * @return this call
   */
  public ProcessUpdateRequest typeId(Integer typeId) {
    body.typeId(typeId);
    return this;
  }

  /**
   * Moves the process to another unit; it cannot be cleared.
   *
   * @param unitId the unit id, greater than 0
   * @return this call
   */
  public ProcessUpdateRequest unitId(Integer unitId) {
    body.unitId(unitId);
    return this;
  }

  /**
   * Changes the stage.
   *
   * @param stageId the stage id greater than 0, or {@code null} to clear it
   * @return this call
   */
  public ProcessUpdateRequest stageId(Integer stageId) {
    body.stageId(stageId);
    return this;
  }

  /**
   * Changes the account.
   *
   * @param accountId the account id greater than 0, or {@code null} to clear it
   * @return this call
   */
  public ProcessUpdateRequest accountId(Integer accountId) {
    body.accountId(accountId);
    return this;
  }

  /**
   * Marks the process finished or open; set {@link #finishDate} too, the server does not derive it.
   *
   * @param isFinished the flag, or {@code null} to clear it
   * @return this call
   */
  public ProcessUpdateRequest isFinished(Boolean isFinished) {
    body.isFinished(isFinished);
    return this;
  }

  /**
   * Changes when the process was finished.
   *
   * @param finishDate the time, or {@code null} to clear it
   * @return this call
   */
  public ProcessUpdateRequest finishDate(OffsetDateTime finishDate) {
    body.finishDate(finishDate);
    return this;
  }

  /**
   * Changes the id in the integrating system.
   *
   * @param externalId the id, or {@code null} to clear it
   * @return this call
   */
  public ProcessUpdateRequest externalId(String externalId) {
    body.externalId(externalId);
    return this;
  }

  /**
   * Returns the body as it would be sent now.
   *
   * @return the changes set so far
   */
  public ProcessUpdate toProcessUpdate() {
    return body.build();
  }

  @Override
  void validate(Violations violations) {
    violations.requiredId("id", id);
    ProcessUpdate update = body.build();
    violations.addAll(update.constraintViolations());
    violations.notBlank("report", update.report());
    violations.positiveId("accountId", update.accountId());
    violations.positiveId("contactId", update.contactId());
    violations.positiveId("typeId", update.typeId());
    violations.positiveId("stageId", update.stageId());
    violations.positiveId("unitId", update.unitId());
  }

  @Override
  ApiRequest request(RequestOptions requestOptions) {
    return ApiRequest.builder()
        .method("PATCH")
        .path("/api/processes/{id}", id)
        .body(body.build())
        .options(requestOptions)
        .build();
  }

  @Override
  ApiResponse<ProcessRead> send(ApiRequest request) {
    return ProcessResponses.execute(core, request);
  }

  @Override
  CompletableFuture<ApiResponse<ProcessRead>> sendAsync(ApiRequest request) {
    return ProcessResponses.executeAsync(core, request);
  }
}

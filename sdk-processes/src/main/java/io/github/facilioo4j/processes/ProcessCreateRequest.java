package io.github.facilioo4j.processes;

import io.github.facilioo4j.core.ApiRequest;
import io.github.facilioo4j.core.ApiResponse;
import io.github.facilioo4j.core.FaciliooClient;
import io.github.facilioo4j.core.RequestOptions;
import io.github.facilioo4j.processes.model.ProcessCreate;
import io.github.facilioo4j.processes.model.ProcessRead;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * A fluent {@code POST /api/processes}, started by {@link ProcessesClient#create()}.
 *
 * <pre>{@code
 * ProcessRead created = processes.create()
 *     .report("<p>Water in the basement</p>")
 *     .contactId(12).typeId(3).unitId(77)
 *     .subject("Water damage")
 *     .externalId("erp-4711")
 *     .execute();
 * }</pre>
 *
 * <p>Required: {@code report} (not blank), {@code contactId}, {@code typeId} and {@code unitId};
 * every id must be greater than 0. {@link #executeIfAbsent()} creates the process only when none
 * with the same {@code externalId} exists yet. Not thread-safe; see {@link ProcessCall}.
 */
public final class ProcessCreateRequest extends ProcessCall<ProcessRead, ProcessCreateRequest> {
  private ProcessCreate.Builder body = ProcessCreate.builder();
  // The process that validate() built, consumed by the request() that follows it.
  private ProcessCreate validated;

  ProcessCreateRequest(FaciliooClient core) {
    super(core);
  }

  /**
   * Replaces every value set so far with those of {@code process}.
   *
   * @param process the values to send
   * @return this call
   * @throws NullPointerException if {@code process} is {@code null}
   */
  public ProcessCreateRequest body(ProcessCreate process) {
    this.body = Objects.requireNonNull(process, "process is required").toBuilder();
    return this;
  }

  /**
   * Sets the full description, as rich text (HTML). Required; must not be empty or blank.
   *
   * @param report the text
   * @return this call
   */
  public ProcessCreateRequest report(String report) {
    body.report(report);
    return this;
  }

  /**
   * Sets the party that is the main contact. Required.
   *
   * @param contactId the party id, greater than 0
   * @return this call
   */
  public ProcessCreateRequest contactId(Integer contactId) {
    body.contactId(contactId);
    return this;
  }

  /**
   * Sets the process type ({@code GET /api/process-types}). Required.
   *
   * @param typeId the type id, greater than 0
   * @return this call
   */
  public ProcessCreateRequest typeId(Integer typeId) {
    body.typeId(typeId);
    return this;
  }

  /**
   * Sets the unit the process concerns. Required.
   *
   * @param unitId the unit id, greater than 0
   * @return this call
   */
  public ProcessCreateRequest unitId(Integer unitId) {
    body.unitId(unitId);
    return this;
  }

  /**
   * Sets the short title.
   *
   * @param subject the title, or {@code null} to leave it out
   * @return this call
   */
  public ProcessCreateRequest subject(String subject) {
    body.subject(subject);
    return this;
  }

  /**
   * Sets the id of the process in the integrating system, the key {@link #executeIfAbsent()} looks
   * for.
   *
   * @param externalId the id, or {@code null} to leave it out
   * @return this call
   */
  public ProcessCreateRequest externalId(String externalId) {
    body.externalId(externalId);
    return this;
  }

  /**
   * Sets the account on whose behalf the process is created; the server takes it from the token
   * when left out.
   *
   * @param accountId the account id greater than 0, or {@code null} to leave it out
   * @return this call
   */
  public ProcessCreateRequest accountId(Integer accountId) {
    body.accountId(accountId);
    return this;
  }

  /**
   * Sets the stage the process starts in.
   *
   * @param stageId the stage id greater than 0, or {@code null} to leave it out
   * @return this call
   */
  public ProcessCreateRequest stageId(Integer stageId) {
    body.stageId(stageId);
    return this;
  }

  /**
   * Marks the process as finished; set {@link #finishDate} too, the server does not derive it.
   *
   * @param isFinished the flag, or {@code null} to leave it out (the server assumes false)
   * @return this call
   */
  public ProcessCreateRequest isFinished(Boolean isFinished) {
    body.isFinished(isFinished);
    return this;
  }

  /**
   * Sets when the process was finished.
   *
   * @param finishDate the time, or {@code null} to leave it out
   * @return this call
   */
  public ProcessCreateRequest finishDate(OffsetDateTime finishDate) {
    body.finishDate(finishDate);
    return this;
  }

  /**
   * Returns the body as it would be sent now.
   *
   * @return the values set so far
   */
  public ProcessCreate toProcessCreate() {
    return body.build();
  }

  /**
   * Creates the process unless one with the same {@code externalId} already exists; see {@link
   * ProcessesClient#createIfAbsent(ProcessCreate)} for the cost, the race window and which
   * processes count as existing. {@code externalId} is required here.
   *
   * @return the existing or the created process, and which of the two it is
   * @throws io.github.facilioo4j.core.errors.ValidationException when a local check fails (nothing
   *     is sent), including a missing or blank {@code externalId}
   * @throws io.github.facilioo4j.core.errors.InvalidResponseException when the listing cannot be
   *     trusted to be complete; nothing was created
   * @throws io.github.facilioo4j.core.errors.FaciliooException for an error of the list or the
   *     create call
   */
  public CreateResult executeIfAbsent() {
    return new FindOrCreate(core, toProcessCreate(), currentOptions()).run();
  }

  /**
   * Like {@link #executeIfAbsent()} without blocking. Does not throw: failures, including local
   * checks, complete the future exceptionally with the unwrapped typed exception.
   *
   * @return the future result
   */
  public CompletableFuture<CreateResult> executeIfAbsentAsync() {
    return Futures.start(
        () -> new FindOrCreate(core, toProcessCreate(), currentOptions()).runAsync());
  }

  @Override
  void validate(Violations violations) {
    // Kept for request(), which follows at once: the process is built once per call.
    validated = body.build();
    validate(validated, violations);
  }

  static void validate(ProcessCreate process, Violations violations) {
    violations.addAll(process.constraintViolations());
    violations.notBlank("report", process.report());
    violations.positiveId("accountId", process.accountId());
    violations.positiveId("contactId", process.contactId());
    violations.positiveId("typeId", process.typeId());
    violations.positiveId("stageId", process.stageId());
    violations.positiveId("unitId", process.unitId());
  }

  @Override
  ApiRequest request(RequestOptions requestOptions) {
    ProcessCreate process = validated == null ? body.build() : validated;
    validated = null;
    return request(process, requestOptions);
  }

  static ApiRequest request(ProcessCreate process, RequestOptions requestOptions) {
    return ApiRequest.builder()
        .method("POST")
        .path("/api/processes")
        .body(process)
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

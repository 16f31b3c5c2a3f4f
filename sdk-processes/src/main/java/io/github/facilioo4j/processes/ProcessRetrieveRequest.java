package io.github.facilioo4j.processes;

import io.github.facilioo4j.core.ApiRequest;
import io.github.facilioo4j.core.ApiResponse;
import io.github.facilioo4j.core.FaciliooClient;
import io.github.facilioo4j.core.RequestOptions;
import io.github.facilioo4j.processes.model.ProcessRead;
import java.util.concurrent.CompletableFuture;

/**
 * A fluent {@code GET /api/processes/{id}}, started by {@link ProcessesClient#retrieve()}.
 *
 * <pre>{@code
 * ApiResponse<ProcessRead> response = processes.retrieve().id(7).executeWithResponse();
 * }</pre>
 *
 * <p>The id is required and must be greater than 0. An unknown id fails with {@link
 * io.github.facilioo4j.core.errors.NotFoundException}. Not thread-safe; see {@link ProcessCall}.
 */
public final class ProcessRetrieveRequest extends ProcessCall<ProcessRead, ProcessRetrieveRequest> {
  private Integer id;

  ProcessRetrieveRequest(FaciliooClient core) {
    super(core);
  }

  /**
   * Sets the id of the process to read. Required.
   *
   * @param id greater than 0
   * @return this call
   */
  public ProcessRetrieveRequest id(int id) {
    this.id = id;
    return this;
  }

  @Override
  void validate(Violations violations) {
    violations.requiredId("id", id);
  }

  @Override
  ApiRequest request(RequestOptions requestOptions) {
    return ApiRequest.builder()
        .method("GET")
        .path("/api/processes/{id}", id)
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

package io.github.facilioo4j.processes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import io.github.facilioo4j.core.ApiRequest;
import io.github.facilioo4j.core.ApiResponse;
import io.github.facilioo4j.core.FaciliooClient;
import io.github.facilioo4j.core.errors.InvalidResponseException;
import io.github.facilioo4j.core.internal.Json;
import io.github.facilioo4j.core.internal.PageEnvelope;
import io.github.facilioo4j.processes.model.ProcessRead;
import java.io.InvalidObjectException;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Sends the calls that answer with processes and checks that every process carries the id the API
 * always sends. A 2xx answer of another shape (a page where one process was expected, {@code {}}, a
 * list holding {@code null}) would otherwise decode into a process without id, and a create would
 * seem to have succeeded without saying what it created.
 */
final class ProcessResponses {
  static final JavaType PAGE_TYPE = FaciliooClient.pageType(ProcessRead.class);

  private ProcessResponses() {}

  static ApiResponse<ProcessRead> execute(FaciliooClient core, ApiRequest request) {
    return checked(core.execute(request, ProcessRead.class));
  }

  static CompletableFuture<ApiResponse<ProcessRead>> executeAsync(
      FaciliooClient core, ApiRequest request) {
    return Futures.map(core.executeAsync(request, ProcessRead.class), ProcessResponses::checked);
  }

  static ApiResponse<PageEnvelope<ProcessRead>> executePage(
      FaciliooClient core, ApiRequest request) {
    return checkedPage(core.<PageEnvelope<ProcessRead>>execute(request, PAGE_TYPE));
  }

  static CompletableFuture<ApiResponse<PageEnvelope<ProcessRead>>> executePageAsync(
      FaciliooClient core, ApiRequest request) {
    return Futures.map(
        core.<PageEnvelope<ProcessRead>>executeAsync(request, PAGE_TYPE),
        ProcessResponses::checkedPage);
  }

  private static ApiResponse<ProcessRead> checked(ApiResponse<ProcessRead> response) {
    if (response.value().id() == null) {
      throw invalid(response, "ProcessRead", "the required property id is missing");
    }
    return response;
  }

  private static ApiResponse<PageEnvelope<ProcessRead>> checkedPage(
      ApiResponse<PageEnvelope<ProcessRead>> response) {
    List<ProcessRead> items = response.value().items();
    for (int i = 0; i < items.size(); i++) {
      ProcessRead item = items.get(i);
      if (item == null) {
        throw invalid(response, "a page of ProcessRead", "items[" + i + "] is null");
      }
      if (item.id() == null) {
        throw invalid(
            response, "a page of ProcessRead", "items[" + i + "] lacks the required property id");
      }
    }
    return response;
  }

  private static InvalidResponseException invalid(
      ApiResponse<?> response, String expected, String problem) {
    byte[] body;
    try {
      // The original bytes are gone; what was read, written back, is what the snippet shows.
      body = Json.mapper().writeValueAsBytes(response.value());
    } catch (JsonProcessingException | RuntimeException e) {
      body = new byte[0];
    }
    return new InvalidResponseException(
        response.statusCode(), body, expected, new InvalidObjectException(problem));
  }
}

package io.github.facilioo4j.processes;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import io.github.facilioo4j.core.ApiRequest;
import io.github.facilioo4j.core.ApiResponse;
import io.github.facilioo4j.core.FaciliooClient;
import io.github.facilioo4j.core.internal.Json;
import io.github.facilioo4j.core.internal.PageEnvelope;
import io.github.facilioo4j.processes.model.ProcessRead;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Sends the calls that answer with processes and checks that every process carries the id the API
 * always sends. A 2xx answer of another shape (a page where one process was expected, {@code {}}, a
 * list holding {@code null}) would otherwise decode into a process without id, and a create would
 * seem to have succeeded without saying what it created.
 *
 * <p>The checks run while the body is parsed, so that the {@link
 * io.github.facilioo4j.core.errors.InvalidResponseException} is the SDK's own: its snippet is the
 * body as sent, with the request's secrets masked, for blocking and async calls alike.
 */
final class ProcessResponses {
  private static final JavaType PROCESS_TYPE = Json.mapper().constructType(CheckedProcess.class);
  private static final JavaType PAGE_TYPE = Json.mapper().constructType(CheckedPage.class);

  private ProcessResponses() {}

  static ApiResponse<ProcessRead> execute(FaciliooClient core, ApiRequest request) {
    return process(core.<CheckedProcess>execute(request, PROCESS_TYPE));
  }

  static CompletableFuture<ApiResponse<ProcessRead>> executeAsync(
      FaciliooClient core, ApiRequest request) {
    return Futures.map(
        core.<CheckedProcess>executeAsync(request, PROCESS_TYPE), ProcessResponses::process);
  }

  static ApiResponse<PageEnvelope<ProcessRead>> executePage(
      FaciliooClient core, ApiRequest request) {
    return page(core.<CheckedPage>execute(request, PAGE_TYPE));
  }

  static CompletableFuture<ApiResponse<PageEnvelope<ProcessRead>>> executePageAsync(
      FaciliooClient core, ApiRequest request) {
    return Futures.map(core.<CheckedPage>executeAsync(request, PAGE_TYPE), ProcessResponses::page);
  }

  private static ApiResponse<ProcessRead> process(ApiResponse<CheckedProcess> response) {
    return response.withValue(response.value().process);
  }

  private static ApiResponse<PageEnvelope<ProcessRead>> page(ApiResponse<CheckedPage> response) {
    return response.withValue(response.value().page);
  }

  /** A process read from a body, known to have an id. */
  @JsonClassDescription("ProcessRead")
  @JsonDeserialize(using = CheckedProcess.Reader.class)
  static final class CheckedProcess {
    final ProcessRead process;

    CheckedProcess(ProcessRead process) {
      this.process = process;
    }

    /** Reads a {@link ProcessRead} and refuses one without id. */
    static final class Reader extends StdDeserializer<CheckedProcess> {
      private static final long serialVersionUID = 1L;

      Reader() {
        super(CheckedProcess.class);
      }

      @Override
      public CheckedProcess deserialize(JsonParser parser, DeserializationContext context)
          throws IOException {
        ProcessRead process = context.readValue(parser, ProcessRead.class);
        if (process != null && process.id() == null) {
          context.reportInputMismatch(this, "the required property id is missing");
        }
        return process == null ? null : new CheckedProcess(process);
      }
    }
  }

  /**
   * A page of processes read from a body, known to hold no {@code null} and no process without id.
   */
  @JsonClassDescription("a page of ProcessRead")
  @JsonDeserialize(using = CheckedPage.Reader.class)
  static final class CheckedPage {
    final PageEnvelope<ProcessRead> page;

    CheckedPage(PageEnvelope<ProcessRead> page) {
      this.page = page;
    }

    /** Reads a page of {@link ProcessRead} and refuses null items and items without id. */
    static final class Reader extends StdDeserializer<CheckedPage> {
      private static final long serialVersionUID = 1L;
      private static final JavaType ENVELOPE = FaciliooClient.pageType(ProcessRead.class);

      Reader() {
        super(CheckedPage.class);
      }

      @Override
      public CheckedPage deserialize(JsonParser parser, DeserializationContext context)
          throws IOException {
        PageEnvelope<ProcessRead> page = context.readValue(parser, ENVELOPE);
        List<ProcessRead> items = page.items();
        for (int i = 0; i < items.size(); i++) {
          if (items.get(i) == null) {
            context.reportInputMismatch(this, "items[%d] is null", i);
          }
          if (items.get(i).id() == null) {
            context.reportInputMismatch(this, "items[%d] lacks the required property id", i);
          }
        }
        return new CheckedPage(page);
      }
    }
  }
}

package io.github.facilioo4j.processes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.facilioo4j.core.ApiResponse;
import io.github.facilioo4j.core.Language;
import io.github.facilioo4j.core.RequestOptions;
import io.github.facilioo4j.core.errors.NotFoundException;
import io.github.facilioo4j.processes.model.ProcessRead;
import io.github.facilioo4j.processes.model.ProcessUpdate;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ProcessUpdateTest extends ProcessesTestSupport {

  @ParameterizedTest
  @EnumSource(Mode.class)
  void fluentUpdateSendsSetFieldsAndExplicitNullsAndLeavesUntouchedFieldsOut(Mode mode)
      throws Exception {
    enqueueJson(200, process(7));
    ProcessesOperations.UpdateProcess call =
        processes.update(7).subject("Water damage, 2nd floor").stageId(null);

    ProcessRead updated = mode == Mode.SYNC ? call.execute() : await(call.executeAsync());

    assertEquals(7, updated.id());
    RecordedRequest request = takeRequest();
    assertEquals("PATCH", request.getMethod());
    assertEquals("/api/processes/7", request.getPath());
    assertEquals("Bearer " + TOKEN, request.getHeader("Authorization"));
    assertEquals("2.0", request.getHeader("api-version"));
    assertEquals("application/json", request.getHeader("Accept"));
    // report, externalId, ... were never set, so they are absent: the server keeps them.
    assertEquals(
        "{\"subject\":\"Water damage, 2nd floor\",\"stageId\":null}", request.getBody().readUtf8());
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void updateWithAModelSendsItsSetAndClearedFieldsOnly(Mode mode) throws Exception {
    enqueueJson(200, process(7));
    ProcessUpdate update = ProcessUpdate.builder().externalId(null).isFinished(true).build();

    ProcessRead updated =
        mode == Mode.SYNC ? processes.update(7, update) : await(processes.updateAsync(7, update));

    assertEquals(7, updated.id());
    RecordedRequest request = takeRequest();
    assertEquals("PATCH", request.getMethod());
    assertJsonBody("{\"externalId\":null,\"isFinished\":true}", request);
  }

  @Test
  void updateWithRequestOptionsAndRawAnswer() throws Exception {
    enqueueJson(200, process(7));

    ApiResponse<ProcessRead> response =
        processes
            .update(7)
            .body(ProcessUpdate.builder().subject("x").build())
            .options(RequestOptions.builder().language(Language.GERMAN).build())
            .executeWithResponse();

    assertEquals(200, response.statusCode());
    assertEquals("req-200", response.requestId().orElse(null));
    RecordedRequest request = takeRequest();
    assertEquals("de-DE", request.getHeader("Accept-Language"));
    assertJsonBody("{\"subject\":\"x\"}", request);
  }

  @Test
  void anEmptyUpdateSendsAnEmptyObject() throws Exception {
    enqueueJson(200, process(7));

    processes.update(7).execute();

    assertEquals("{}", takeRequest().getBody().readUtf8());
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void updatingAnUnknownProcessFailsWithNotFoundException(Mode mode) {
    enqueueProblem(404, "{\"title\":\"Not Found\",\"status\":404}");
    ProcessUpdate update = ProcessUpdate.builder().subject("x").build();

    assertThrows(
        NotFoundException.class,
        () -> {
          if (mode == Mode.SYNC) {
            processes.update(8, update);
          } else {
            await(processes.updateAsync(8, update));
          }
        });
  }
}

package io.github.facilioo4j.processes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.facilioo4j.core.ApiResponse;
import io.github.facilioo4j.core.Language;
import io.github.facilioo4j.core.errors.NotFoundException;
import io.github.facilioo4j.processes.model.ProcessRead;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ProcessRetrieveTest extends ProcessesTestSupport {

  @ParameterizedTest
  @EnumSource(Mode.class)
  void retrieveGetsTheProcessByIdWithoutABody(Mode mode) throws Exception {
    enqueueJson(200, process(7));

    ProcessRead process =
        mode == Mode.SYNC ? processes.retrieve(7) : await(processes.retrieveAsync(7));

    assertEquals(7, process.id());
    assertEquals("Process 7", process.subject());
    RecordedRequest request = takeRequest();
    assertEquals("GET", request.getMethod());
    assertEquals("/api/processes/7", request.getPath());
    assertEquals("Bearer " + TOKEN, request.getHeader("Authorization"));
    assertEquals("2.0", request.getHeader("api-version"));
    assertEquals("application/json", request.getHeader("Accept"));
    assertEquals(0, request.getBodySize());
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void fluentRetrieveSendsPerCallHeadersAndGivesTheRawAnswer(Mode mode) throws Exception {
    enqueueJson(200, process(7));
    ProcessesOperations.RetrieveProcess call =
        processes.retrieve().id(7).language(Language.of("en-GB")).header("x-trace", "t1");

    ApiResponse<ProcessRead> response =
        mode == Mode.SYNC ? call.executeWithResponse() : await(call.executeWithResponseAsync());

    assertEquals(200, response.statusCode());
    assertEquals("req-200", response.requestId().orElse(null));
    assertEquals(7, response.value().id());
    RecordedRequest request = takeRequest();
    assertEquals("/api/processes/7", request.getPath());
    assertEquals("en-GB", request.getHeader("Accept-Language"));
    assertEquals("t1", request.getHeader("x-trace"));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void anUnknownIdFailsWithNotFoundException(Mode mode) {
    enqueueProblem(
        404, "{\"title\":\"Not Found\",\"status\":404,\"detail\":\"Process 7 does not exist\"}");

    NotFoundException e =
        assertThrows(
            NotFoundException.class,
            () -> {
              if (mode == Mode.SYNC) {
                processes.retrieve(7);
              } else {
                await(processes.retrieveAsync(7));
              }
            });

    assertEquals(404, e.statusCode());
    assertEquals("Process 7 does not exist", e.problem().detail().orElse(null));
  }
}

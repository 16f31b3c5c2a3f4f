package io.github.facilioo4j.processes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.facilioo4j.core.ApiResponse;
import io.github.facilioo4j.core.errors.ServerException;
import io.github.facilioo4j.core.errors.ValidationException;
import io.github.facilioo4j.processes.model.ProcessRead;
import java.util.Collections;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What the new evidence changed: any 2xx creates, and errors come as JSON or HTML too. */
class SpecCorrectionsTest extends ProcessesTestSupport {

  private ProcessesOperations.CreateProcess create() {
    return processes.create().report("<p>Leak</p>").contactId(1).typeId(1).unitId(1);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aCreateAnswered201IsASuccessWithTheStoredProcess(Mode mode) throws Exception {
    enqueueJson(201, "{\"id\":24,\"number\":24,\"fullyQualifiedNumber\":\"24/4422685\"}");

    ApiResponse<ProcessRead> response =
        mode == Mode.SYNC
            ? create().executeWithResponse()
            : await(create().executeWithResponseAsync());

    assertEquals(201, response.statusCode());
    assertEquals("24/4422685", response.value().fullyQualifiedNumber());
    assertEquals("POST", takeRequest().getMethod());
    assertEquals(1, server.getRequestCount());
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aValidationProblemSentAsPlainJsonStillNamesTheField(Mode mode) {
    enqueueJson(
        400, "{\"status\":400,\"errors\":{\"Report\":[\"Das Feld Report ist erforderlich.\"]}}");

    ValidationException e =
        assertThrows(
            ValidationException.class,
            () -> {
              if (mode == Mode.SYNC) {
                create().execute();
              } else {
                await(create().executeAsync());
              }
            });

    assertEquals(
        Collections.singletonList("Das Feld Report ist erforderlich."),
        e.fieldErrors().get("report"));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void anHtmlErrorPageOfALookupIsAServerErrorKeepingTheBody(Mode mode) {
    server.enqueue(
        new MockResponse()
            .setResponseCode(500)
            .setHeader("Content-Type", "text/html")
            .setBody("<html><body>Internal Server Error</body></html>"));

    ServerException e =
        assertThrows(
            ServerException.class,
            () -> {
              if (mode == Mode.SYNC) {
                processes.units().retrieve(3).execute();
              } else {
                await(processes.units().retrieve(3).executeAsync());
              }
            });

    assertEquals(500, e.statusCode());
    assertTrue(e.rawBody().contains("Internal Server Error"));
  }
}

package io.github.facilioo4j.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The operation id and route template of a call travel with the request down to the transport, so
 * that what observes the attempts (today the DEBUG log) can name the operation, not only the path.
 */
class OperationLoggingTest extends ClientTestSupport {
  @Test
  void everyAttemptIsLoggedWithTheOperationIdAndTheRouteTemplate() throws Exception {
    server.enqueue(json(200, "{\"id\":7}"));
    ApiRequest request =
        ApiRequest.builder()
            .path("/api/processes/{id}", 7)
            .operationId("retrieveProcess")
            .query("expand", "a b")
            .build();

    client().execute(request, JsonNode.class);

    List<String> lines = CapturingLogs.lines();
    assertTrue(
        lines.stream()
            .anyMatch(
                l ->
                    l.startsWith("DEBUG")
                        && l.contains("GET /api/processes/7 attempt 1 -> 200")
                        && l.endsWith("(retrieveProcess /api/processes/{id})")),
        lines.toString());
    assertEquals("/api/processes/7?expand=a%20b", server.takeRequest().getPath());
  }
}

package io.github.facilioo4j.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.facilioo4j.core.errors.FaciliooIoException;
import java.util.Map;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;

/**
 * Regression (found by the fault matrix): a GET whose body was cut off was reported at once, while
 * the same failure before the headers was retried.
 */
class BodyFailureRetryTest extends ClientTestSupport {
  private static String big() {
    return "{\"report\":\"" + "x".repeat(64 * 1024) + "\"}";
  }

  @Test
  void getWhoseBodyIsCutOffIsRetried() {
    server.enqueue(json(200, big()).setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));
    server.enqueue(json(200, "{\"ok\":true}"));

    JsonNode value = client().execute(get("/api/x"), JsonNode.class).value();

    assertEquals(true, value.get("ok").asBoolean());
    assertEquals(2, server.getRequestCount());
    assertEquals(1, sleeper.delays().size());
  }

  @Test
  void postWhoseBodyIsCutOffIsNotSentAgain() {
    server.enqueue(json(201, big()).setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));
    server.enqueue(json(201, "{}"));
    ApiRequest post = ApiRequest.builder().method("POST").path("/api/x").body(Map.of()).build();

    assertThrows(FaciliooIoException.class, () -> client().execute(post, JsonNode.class));

    assertEquals(1, server.getRequestCount());
  }

  @Test
  void lastAttemptStillReportsTheCutOffBody() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(
          json(200, big()).setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));
    }

    assertThrows(FaciliooIoException.class, () -> client().execute(get("/api/x"), JsonNode.class));

    assertEquals(3, server.getRequestCount());
  }
}

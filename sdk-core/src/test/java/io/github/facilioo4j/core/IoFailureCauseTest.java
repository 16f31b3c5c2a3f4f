package io.github.facilioo4j.core;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.facilioo4j.core.errors.FaciliooIoException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/** Regression: the cause of a failure before sending was the SDK's internal not-sent marker. */
class IoFailureCauseTest extends ClientTestSupport {
  @Test
  void refusedConnectionHasTheConnectExceptionAsItsCause() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    FaciliooClient client = client(b -> b.baseUrl("http://127.0.0.1:" + port).maxRetries(0));

    FaciliooIoException e =
        assertThrows(
            FaciliooIoException.class, () -> client.execute(get("/api/x"), JsonNode.class));

    assertInstanceOf(ConnectException.class, e.getCause());
    assertTrue(e.getMessage().contains("before it was sent"), e.getMessage());
  }
}

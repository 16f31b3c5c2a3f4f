package io.github.facilioo4j.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.facilioo4j.core.errors.InvalidResponseException;
import io.github.facilioo4j.core.errors.ServerException;
import java.util.Arrays;
import okhttp3.mockwebserver.MockResponse;
import okio.Buffer;
import org.junit.jupiter.api.Test;

/** Regression: a 2xx body used to be read whole, however large, risking an OutOfMemoryError. */
class BodyLimitTest extends ClientTestSupport {
  private static Buffer spaces(int bytes) {
    byte[] chunk = new byte[1024 * 1024];
    Arrays.fill(chunk, (byte) ' ');
    Buffer buffer = new Buffer();
    for (int left = bytes; left > 0; left -= chunk.length) {
      buffer.write(chunk, 0, Math.min(left, chunk.length));
    }
    return buffer;
  }

  @Test
  void successBodyOverTheLimitIsAnInvalidResponseReadOnlyUpToTheLimit() {
    server.enqueue(
        new MockResponse()
            .setHeader("Content-Type", "application/json")
            .setBody(spaces(Exchange.MAX_BODY_BYTES + 4096)));

    InvalidResponseException e =
        assertThrows(
            InvalidResponseException.class,
            () -> client().execute(get("/api/big"), JsonNode.class));

    assertEquals(200, e.statusCode());
    assertTrue(e.getMessage().contains("limit of 33554432 bytes"), e.getMessage());
  }

  @Test
  void successBodyJustUnderTheLimitIsStillRead() {
    Buffer body = spaces(Exchange.MAX_BODY_BYTES - 2);
    body.writeUtf8("{}");
    server.enqueue(new MockResponse().setHeader("Content-Type", "application/json").setBody(body));

    assertTrue(client().execute(get("/api/big"), JsonNode.class).value().isEmpty());
  }

  @Test
  void errorBodyOverTheLimitStillMapsToItsStatus() {
    server.enqueue(new MockResponse().setResponseCode(500).setBody(spaces(40 * 1024 * 1024)));

    ServerException e =
        assertThrows(
            ServerException.class, () -> client().execute(get("/api/big"), JsonNode.class));

    assertTrue(e.isRawBodyTruncated());
  }
}

package io.github.facilioo4j.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

/** The headers a server answered with reach the caller whole, in order, found in any case. */
class ResponseHeadersTest extends ClientTestSupport {
  @Test
  void repeatedLinesKeepTheirOrderAndEveryNameIsFoundInAnyCase() throws Exception {
    server.enqueue(
        new MockResponse()
            .setResponseCode(200)
            .setHeader("Content-Type", "application/json")
            .addHeader("X-Trace", "first")
            .addHeader("Link", "<a>; rel=next")
            .addHeader("x-trace", "second")
            .addHeader("X-Request-Id", "req-7")
            .setBody("{\"id\":1}"));

    ApiResponse<JsonNode> response = client().execute(get("/api/x"), JsonNode.class);

    assertEquals(1, response.value().get("id").asInt());
    Map<String, List<String>> headers = response.headers();
    assertEquals(Arrays.asList("first", "second"), headers.get("X-TRACE"));
    assertEquals(Collections.singletonList("<a>; rel=next"), headers.get("link"));
    assertEquals("application/json", response.header("content-type").orElse(null));
    assertEquals("req-7", response.requestId().orElse(null));
    assertEquals(
        Arrays.asList("content-length", "content-type", "link", "x-request-id", "x-trace"),
        new java.util.ArrayList<>(headers.keySet()));
    assertThrows(UnsupportedOperationException.class, () -> headers.get("x-trace").add("third"));
    assertThrows(UnsupportedOperationException.class, () -> headers.get("link").add("more"));
    RecordedRequest sent = server.takeRequest();
    assertEquals("GET", sent.getMethod());
    assertEquals("/api/x", sent.getPath());
  }
}

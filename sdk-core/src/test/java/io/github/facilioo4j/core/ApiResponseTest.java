package io.github.facilioo4j.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApiResponseTest {
  private static Map<String, List<String>> headers() {
    Map<String, List<String>> h = new HashMap<>();
    h.put("Content-Type", Collections.singletonList("application/json"));
    h.put("X-Correlation-ID", Collections.singletonList("corr-9"));
    h.put("Set-Cookie", Arrays.asList("session=canary-secret", "b=2"));
    h.put(null, Collections.singletonList("HTTP/1.1 200 OK"));
    return h;
  }

  @Test
  void headersAreCaseInsensitiveAndUnmodifiable() {
    ApiResponse<String> r = ApiResponse.of(201, headers(), "body");
    assertEquals(201, r.statusCode());
    assertEquals("body", r.value());
    assertEquals("application/json", r.header("content-type").orElse(null));
    assertEquals(Arrays.asList("session=canary-secret", "b=2"), r.headers().get("SET-COOKIE"));
    assertFalse(r.header("x-missing").isPresent());
    assertFalse(r.headers().containsKey(null));
    assertThrows(UnsupportedOperationException.class, () -> r.headers().remove("content-type"));
    assertThrows(UnsupportedOperationException.class, () -> r.headers().get("set-cookie").add("c"));
  }

  @Test
  void laterChangesToTheCallersMapDoNotLeakIn() {
    Map<String, List<String>> h = headers();
    ApiResponse<String> r = ApiResponse.of(200, h, "x");
    h.clear();
    assertTrue(r.header("Content-Type").isPresent());
  }

  @Test
  void requestIdComesFromTheFirstKnownHeader() {
    assertEquals("corr-9", ApiResponse.of(200, headers(), "x").requestId().orElse(null));
    Map<String, List<String>> both = headers();
    both.put("x-request-id", Collections.singletonList("req-1"));
    assertEquals("req-1", ApiResponse.of(200, both, "x").requestId().orElse(null));
    assertFalse(ApiResponse.of(200, null, "x").requestId().isPresent());
  }

  @Test
  void toStringShowsStatusAndRequestIdButNoHeaderValuesOrBody() {
    String text = ApiResponse.of(200, headers(), "canary-body").toString();
    assertEquals("ApiResponse{statusCode=200, requestId=corr-9}", text);
    assertEquals(
        "ApiResponse{statusCode=204, requestId=none}", ApiResponse.of(204, null, null).toString());
  }

  @Test
  void voidResponseHasNullValueAndWithValueKeepsStatusAndHeaders() {
    ApiResponse<Void> empty = ApiResponse.of(204, headers(), null);
    assertNull(empty.value());
    ApiResponse<Integer> mapped = empty.withValue(5);
    assertEquals(204, mapped.statusCode());
    assertEquals(5, mapped.value());
    assertEquals(empty.headers(), mapped.headers());
  }

  @Test
  void equalResponsesAreEqual() {
    assertEquals(ApiResponse.of(200, headers(), "a"), ApiResponse.of(200, headers(), "a"));
    assertEquals(
        ApiResponse.of(200, headers(), "a").hashCode(),
        ApiResponse.of(200, headers(), "a").hashCode());
    assertFalse(ApiResponse.of(200, headers(), "a").equals(ApiResponse.of(200, headers(), "b")));
  }

  @Test
  void headerNameIsRequired() {
    assertThrows(NullPointerException.class, () -> ApiResponse.of(200, null, "x").header(null));
  }
}

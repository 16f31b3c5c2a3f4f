package io.github.facilioo4j.core.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Headers given whole are kept as they are until one header changes: copy on write. */
class HttpRequestTest {
  private static final HttpHeaders DEFAULTS =
      HttpHeaders.builder().set("Accept", "application/json").set("api-version", "2.0").build();

  private static HttpRequest request() {
    return HttpRequest.builder()
        .url("https://api.facilioo.de/api/processes")
        .headers(DEFAULTS)
        .build();
  }

  @Test
  void changingOneHeaderCopiesAndLeavesTheGivenHeadersAlone() {
    HttpRequest original = request();
    HttpRequest authorized = original.toBuilder().header("Authorization", "Bearer t").build();

    assertEquals(Optional.of("Bearer t"), authorized.headers().first("authorization"));
    assertEquals(Optional.of("2.0"), authorized.headers().first("api-version"));
    assertFalse(original.headers().first("Authorization").isPresent());
    assertFalse(DEFAULTS.first("Authorization").isPresent());
  }

  @Test
  void headersGivenAfterASingleHeaderReplaceIt() {
    HttpRequest request =
        HttpRequest.builder()
            .url("https://api.facilioo.de/api/processes")
            .header("x-early", "1")
            .headers(DEFAULTS)
            .build();

    assertEquals(DEFAULTS, request.headers());
  }

  @Test
  void aUrlIsSplitIntoBaseRawPathSegmentsAndRawQueryParameters() {
    HttpRequest request =
        HttpRequest.builder()
            .url("https://api.facilioo.de:8443/api/units/a%2Fb/processes?q=x%20y&pageNumber=2")
            .operation("listUnitProcesses", "/api/units/{unitId}/processes")
            .build();

    assertEquals("https://api.facilioo.de:8443", request.baseUrl().toString());
    assertEquals(List.of("api", "units", "a/b", "processes"), request.pathSegments());
    assertEquals("q", request.query().get(0).getKey());
    assertEquals("x y", request.query().get(0).getValue());
    assertEquals("2", request.query().get(1).getValue());
    assertEquals("/api/units/a%2Fb/processes", request.path());
    assertEquals(Optional.of("listUnitProcesses"), request.operationId());
    assertEquals(Optional.of("/api/units/{unitId}/processes"), request.route());
  }

  @Test
  void settingOneHeaderReplacesEveryCaseVariantAndKeepsTheOthers() {
    HttpHeaders multi = DEFAULTS.toBuilder().add("x-tag", "a").add("X-Tag", "b").build();
    HttpRequest request =
        HttpRequest.builder()
            .url("https://api.facilioo.de/api/processes")
            .headers(multi)
            .header("ACCEPT", "text/plain")
            .header("X-TAG", "c")
            .build();

    assertEquals(List.of("text/plain"), request.headers().all("accept"));
    assertEquals(List.of("c"), request.headers().all("x-tag"));
    assertEquals(Optional.of("2.0"), request.headers().first("API-VERSION"));
    assertEquals(List.of("a", "b"), multi.all("x-tag"));
  }

  @Test
  void aHeaderValueWithALineBreakIsRefusedWithoutEchoingIt() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> request().toBuilder().header("Authorization", "Bearer secret\r\nX-Evil: 1"));

    assertFalse(e.getMessage().contains("secret"));
  }

  @Test
  void anAdoptedBodyIsNotCopiedButStillHandedOutOnlyAsACopyOrReadOnlyView() {
    byte[] json = "{\"report\":\"Leak\"}".getBytes(StandardCharsets.UTF_8);
    HttpRequest request =
        request().toBuilder().method("POST").adoptBody(json, "application/json").build();

    byte[] copy = request.body().orElseThrow();
    assertNotSame(json, copy);
    assertArrayEquals(json, copy);
    ByteBuffer view = request.bodyBuffer().orElseThrow();
    assertTrue(view.isReadOnly());
    assertEquals(json.length, view.remaining());
    byte[] viewed = new byte[view.remaining()];
    view.get(viewed);
    assertArrayEquals(json, viewed);
    // Each call gives a fresh view from the start, so a replayed request writes the whole body.
    assertEquals(json.length, request.bodyBuffer().orElseThrow().remaining());
    assertEquals(Optional.of("application/json"), request.contentType());
  }

  @Test
  void aBodyGivenThroughBodyIsCopiedSoLaterChangesDoNotReachTheRequest() {
    byte[] json = "{}".getBytes(StandardCharsets.UTF_8);
    HttpRequest request = request().toBuilder().body(json, "application/json").build();

    json[0] = 'x';

    assertArrayEquals("{}".getBytes(StandardCharsets.UTF_8), request.body().orElseThrow());
    assertFalse(request().bodyBuffer().isPresent());
  }
}

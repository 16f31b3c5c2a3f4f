package io.github.facilioo4j.core.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HttpHeadersTest {
  @Test
  void lookupsIgnoreCaseAndKeepValueOrder() {
    HttpHeaders headers =
        HttpHeaders.builder().add("X-Request-Id", "a").add("x-request-id", "b").build();

    assertEquals("a", headers.first("X-REQUEST-ID").orElse(null));
    assertEquals(List.of("a", "b"), headers.all("x-request-id"));
    assertEquals(List.of("a", "b"), headers.asMap().get("X-Request-ID"));
    assertFalse(headers.first("missing").isPresent());
    assertThrows(UnsupportedOperationException.class, () -> headers.asMap().clear());
  }

  @Test
  void receivedHeadersAreCopiedLeniently() {
    Map<String, List<String>> received = new LinkedHashMap<>();
    received.put("weird(name)", Collections.singletonList("v"));
    received.put("content-type", Arrays.asList("application/json", null));

    HttpHeaders headers = HttpHeaders.of(received);

    assertEquals("v", headers.first("weird(name)").orElse(null));
    assertEquals(List.of("application/json"), headers.all("Content-Type"));
  }

  @Test
  void builderRefusesHeaderInjectionWithoutEchoingTheValue() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> HttpHeaders.builder().set("x-a", "secret\r\nX-Evil: 1"));

    assertTrue(e.getMessage().contains("x-a"), e.getMessage());
    assertFalse(e.getMessage().contains("secret"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> HttpHeaders.builder().set("a b", "v"));
  }

  @Test
  void receivedHeadersAreCopiedOnceIntoUnmodifiableListsAndAnswerANullNameWithNothing() {
    Map<String, List<String>> received = new LinkedHashMap<>();
    received.put("X-Request-Id", new java.util.ArrayList<>(List.of("a")));
    received.put("x-request-id", List.of("b"));

    HttpHeaders headers = HttpHeaders.of(received);
    received.get("X-Request-Id").add("changed later");

    assertEquals(List.of("a", "b"), headers.all("X-REQUEST-ID"));
    assertThrows(UnsupportedOperationException.class, () -> headers.all("x-request-id").add("c"));
    assertEquals(null, headers.asMap().get(null));
    assertTrue(HttpHeaders.builder().build().asMap().isEmpty());
  }
}

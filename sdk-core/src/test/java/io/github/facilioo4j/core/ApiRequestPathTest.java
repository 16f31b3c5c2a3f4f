package io.github.facilioo4j.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Collections;
import org.junit.jupiter.api.Test;

/** A route template is filled in order, segment by segment, and a bad one is refused by name. */
class ApiRequestPathTest {
  private static ApiRequest request(String template, Object... parameters) {
    return ApiRequest.builder().path(template, parameters).build();
  }

  @Test
  void placeholdersAreFilledInOrderAndTheRouteIsKept() {
    ApiRequest request = request("/api/processes/{id}/documents/{documentId}", 42, "a b/c");

    assertEquals(
        Arrays.asList("api", "processes", "42", "documents", "a b/c"), request.pathSegments());
    assertEquals("/api/processes/42/documents/a%20b%2Fc", request.path());
    assertEquals("/api/processes/{id}/documents/{documentId}", request.route());
  }

  @Test
  void textAroundAPlaceholderStaysInItsSegmentAndEmptySegmentsAreKept() {
    assertEquals(
        Arrays.asList("api", "v42x", "", "y"), request("/api/v{n}x//y", 42).pathSegments());
    assertEquals(Arrays.asList("api", "7", ""), request("/api/{id}/", 7).pathSegments());
    assertEquals(Collections.singletonList(""), request("/").pathSegments());
    assertEquals(Arrays.asList("1-2"), request("/{a}-{b}", 1, 2).pathSegments());
  }

  @Test
  void aBadTemplateOrTheWrongParametersAreRefusedNamingTheProblem() {
    assertEquals(
        "path must start with /: api/processes",
        assertThrows(IllegalArgumentException.class, () -> request("api/processes")).getMessage());
    assertEquals(
        "unclosed placeholder in path /api/{id",
        assertThrows(IllegalArgumentException.class, () -> request("/api/{id", 1)).getMessage());
    assertEquals(
        "path /api/{id}/{x} needs more than 1 parameters",
        assertThrows(IllegalArgumentException.class, () -> request("/api/{id}/{x}", 1))
            .getMessage());
    assertEquals(
        "path /api/{id} has 1 placeholders but got 2 parameters",
        assertThrows(IllegalArgumentException.class, () -> request("/api/{id}", 1, 2))
            .getMessage());
    assertEquals(
        "path parameter {id} must not be null",
        assertThrows(IllegalArgumentException.class, () -> request("/api/{id}", (Object) null))
            .getMessage());
  }
}

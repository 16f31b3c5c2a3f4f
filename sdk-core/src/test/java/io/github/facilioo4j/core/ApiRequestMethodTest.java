package io.github.facilioo4j.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The method check, now a plain loop instead of a regular expression, accepts and refuses as
 * before.
 */
class ApiRequestMethodTest {
  private static String method(String given) {
    return ApiRequest.builder().method(given).path("/api/processes").build().method();
  }

  @Test
  void lettersAreAcceptedTrimmedAndUpperCased() {
    assertEquals("GET", method("get"));
    assertEquals("PATCH", method(" Patch "));
    assertEquals("PROPPATCH", method("PROPPATCH"));
  }

  @Test
  void anythingButLettersIsRefusedNamingTheMethod() {
    for (String bad : Arrays.asList("", "  ", "GE T", "G1", "GE\tT", "PÖST", "M-SEARCH")) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> method(bad), bad);
      assertEquals("method is not valid: " + bad, e.getMessage());
    }
  }
}

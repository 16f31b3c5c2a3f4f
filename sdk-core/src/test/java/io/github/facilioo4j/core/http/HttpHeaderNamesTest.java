package io.github.facilioo4j.core.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The header-name check, now a lookup table, accepts exactly the RFC 9110 token characters. */
class HttpHeaderNamesTest {
  private static final String DELIMITERS = "()<>@,;:\\\"/[]?={}";

  @Test
  void everyVisibleAsciiCharacterButTheDelimitersIsAccepted() {
    for (char c = '!'; c < 127; c++) {
      if (DELIMITERS.indexOf(c) >= 0) {
        continue;
      }
      String name = "x" + c;
      assertEquals("v", HttpHeaders.builder().set(name, "v").build().first(name).orElse(null));
    }
  }

  @Test
  void delimitersSpacesControlsAndNonAsciiAreRefused() {
    StringBuilder refused = new StringBuilder(DELIMITERS).append(" \t\r\n\u0000\u007f\u00e4\u20ac");
    for (int i = 0; i < refused.length(); i++) {
      String name = "x" + refused.charAt(i) + "y";
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> HttpHeaders.builder().add(name, "v"),
              () -> "accepted " + name);
      assertEquals("header name is not a valid token: " + name, e.getMessage());
    }
  }

  @Test
  void setAfterWithKeepsOneValueAndTheOtherHeadersInOrder() {
    HttpHeaders headers =
        HttpHeaders.builder().add("b", "1").add("a", "2").add("C", "3").build().with("A", "4");

    assertEquals(List.of("A", "b", "C"), new ArrayList<>(headers.asMap().keySet()));
    assertEquals("4", headers.first("a").orElse(null));
    assertEquals(1, headers.all("a").size());
  }
}

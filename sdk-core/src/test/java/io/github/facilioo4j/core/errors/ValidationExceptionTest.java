package io.github.facilioo4j.core.errors;

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

class ValidationExceptionTest {
  @Test
  void localExceptionListsEveryProblemAndSaysNothingWasSent() {
    Map<String, List<String>> problems = new LinkedHashMap<>();
    problems.put("report", Collections.singletonList("must not be blank"));
    problems.put("contactId", Arrays.asList("is required", "must be positive"));
    problems.put("", Collections.singletonList("body is required"));

    ValidationException e = ValidationException.local(problems);

    assertTrue(e.isLocal());
    assertEquals(0, e.statusCode());
    assertTrue(e.headers().isEmpty());
    assertEquals("", e.rawBody());
    assertEquals(ProblemDetails.empty(), e.problem());
    assertFalse(e.requestId().isPresent());
    assertEquals(problems, e.fieldErrors());
    assertEquals(
        "Invalid request, not sent: report: must not be blank; contactId: is required;"
            + " contactId: must be positive; (body): body is required",
        e.getMessage());
  }

  @Test
  void localKeysAreNormalizedAndFieldErrorsAreUnmodifiable() {
    ValidationException e =
        ValidationException.local(
            Collections.singletonMap("Report", Collections.singletonList("x")));
    assertEquals(Collections.singletonList("x"), e.fieldErrors().get("report"));
    assertThrows(UnsupportedOperationException.class, () -> e.fieldErrors().clear());
    assertThrows(UnsupportedOperationException.class, () -> e.fieldErrors().get("report").add("y"));
  }

  @Test
  void localRejectsNullAndEmptyMaps() {
    assertEquals(
        "fieldErrors is required",
        assertThrows(NullPointerException.class, () -> ValidationException.local(null))
            .getMessage());
    assertEquals(
        "fieldErrors must not be empty",
        assertThrows(
                IllegalArgumentException.class,
                () -> ValidationException.local(Collections.emptyMap()))
            .getMessage());
  }

  @Test
  void localMessageStaysOnOneLine() {
    ValidationException e =
        ValidationException.local(
            Collections.singletonMap("subject", Collections.singletonList("bad\r\nvalue")));
    assertEquals("Invalid request, not sent: subject: bad value", e.getMessage());
  }

  @Test
  void serverExceptionIsNotLocal() {
    ValidationException e =
        new ValidationException(
            "m",
            422,
            null,
            null,
            false,
            null,
            Collections.singletonMap("$.report", Collections.singletonList("x")));
    assertFalse(e.isLocal());
    assertEquals(Collections.singletonList("x"), e.fieldErrors().get("report"));
  }
}

package io.github.facilioo4j.processes.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.facilioo4j.core.internal.Json;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProcessCreateTest {
  private static final ObjectMapper MAPPER = Json.mapper();

  private static ProcessCreate requiredOnly() {
    return ProcessCreate.builder().report("<p>Leak</p>").contactId(1).typeId(2).unitId(3).build();
  }

  @Test
  void onlyTheRequiredFieldsSerializeToExactlyThoseFourKeys() throws Exception {
    String json = MAPPER.writeValueAsString(requiredOnly());

    assertEquals("{\"report\":\"<p>Leak</p>\",\"contactId\":1,\"typeId\":2,\"unitId\":3}", json);
  }

  @Test
  void everyFieldIsWrittenInTheDocumentedOrder() throws Exception {
    ProcessCreate create =
        ProcessCreate.builder()
            .externalId("erp-9")
            .unitId(3)
            .finishDate(OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC))
            .isFinished(true)
            .stageId(4)
            .typeId(2)
            .contactId(1)
            .report("r")
            .subject("s")
            .accountId(7)
            .build();

    assertEquals(
        "{\"accountId\":7,\"subject\":\"s\",\"report\":\"r\",\"contactId\":1,\"typeId\":2,"
            + "\"stageId\":4,\"isFinished\":true,\"finishDate\":\"2024-01-02T03:04:05Z\","
            + "\"unitId\":3,\"externalId\":\"erp-9\"}",
        MAPPER.writeValueAsString(create));
  }

  @Test
  void aBodyReadBackEqualsTheOriginal() throws Exception {
    ProcessCreate create =
        requiredOnly().toBuilder().subject("s").additionalProperty("x", 1).build();

    ProcessCreate read = MAPPER.readValue(MAPPER.writeValueAsString(create), ProcessCreate.class);

    assertEquals(create, read);
  }

  @Test
  void theBuilderDefaultsNothingSoIsFinishedStaysAbsent() {
    assertEquals(null, requiredOnly().isFinished());
  }

  @Test
  void aBuiltInstanceDoesNotChangeWhenItsBuilderDoes() {
    ProcessCreate.Builder builder = requiredOnly().toBuilder();
    ProcessCreate built = builder.build();

    builder.report("changed").additionalProperty("late", 1);

    assertEquals("<p>Leak</p>", built.report());
    assertTrue(built.additionalProperties().isEmpty());
  }

  @Test
  void additionalPropertiesAreCopiedSoLaterChangesToTheSourceDoNotLeakIn() {
    Map<String, Object> nested = new LinkedHashMap<>();
    nested.put("a", 1);
    ProcessCreate create = requiredOnly().toBuilder().additionalProperty("nested", nested).build();

    nested.put("b", 2);

    assertEquals(Collections.singletonMap("a", 1), create.additionalProperties().get("nested"));
  }

  @Test
  void anAdditionalPropertyCannotShadowADeclaredOne() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ProcessCreate.builder().additionalProperty("report", "x"));

    assertEquals("report is a declared property; set it with report(...) instead", e.getMessage());
  }

  @Test
  void constraintViolationsNameEveryMissingRequiredFieldAndTheEmptyReport() {
    assertEquals(
        orderedMap(
            "report", Arrays.asList("is required"),
            "contactId", Arrays.asList("is required"),
            "typeId", Arrays.asList("is required"),
            "unitId", Arrays.asList("is required")),
        ProcessCreate.builder().build().constraintViolations());
    assertEquals(
        Collections.singletonMap("report", Arrays.asList("must have at least 1 character(s)")),
        requiredOnly().toBuilder().report("").build().constraintViolations());
    assertTrue(requiredOnly().constraintViolations().isEmpty());
  }

  @Test
  void equalValuesMakeEqualInstancesWithEqualHashCodes() {
    assertEquals(requiredOnly(), requiredOnly());
    assertEquals(requiredOnly().hashCode(), requiredOnly().hashCode());
    assertNotEquals(requiredOnly(), requiredOnly().toBuilder().unitId(4).build());
    assertNotEquals(
        requiredOnly(), requiredOnly().toBuilder().additionalProperty("x", null).build());
  }

  @Test
  void toStringShowsTheSetValues() {
    assertEquals(
        "ProcessCreate{report=<p>Leak</p>, contactId=1, typeId=2, unitId=3}",
        requiredOnly().toString());
  }

  private static Map<String, Object> orderedMap(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }
}

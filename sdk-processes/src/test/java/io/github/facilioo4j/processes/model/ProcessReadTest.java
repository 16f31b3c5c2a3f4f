package io.github.facilioo4j.processes.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.facilioo4j.core.internal.Json;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProcessReadTest {
  private static final ObjectMapper MAPPER = Json.mapper();

  private static final String EVERY_FIELD_AND_TWO_UNKNOWN =
      "{\"id\":4711,\"number\":4422685,\"fullyQualifiedNumber\":\"24/4422685\","
          + "\"subject\":\"Wasserschaden\",\"report\":\"<p>Leak in the <b>cellar</b></p>\","
          + "\"accountId\":12,\"contactId\":34,\"createdByPartyId\":56,\"typeId\":7,\"stageId\":8,"
          + "\"isFinished\":true,\"finishDate\":\"2024-05-02T10:15:30+02:00\",\"unitId\":90,"
          + "\"externalId\":\"erp-1\",\"externalIdOfPantaenius\":\"P-77\","
          + "\"created\":\"2024-05-01T08:00:00Z\",\"lastModified\":\"2024-05-02T10:15:30.123Z\","
          + "\"deleted\":\"2024-06-01T00:00:00Z\","
          + "\"priority\":{\"level\":3,\"tags\":[\"urgent\",null,1.5]},\"isArchived\":false}";

  @Test
  void documentWithEveryFieldAndTwoUnknownOnesRoundTripsWithoutLosingAnything() throws Exception {
    ProcessRead read = MAPPER.readValue(EVERY_FIELD_AND_TWO_UNKNOWN, ProcessRead.class);

    JsonNode written = MAPPER.readTree(MAPPER.writeValueAsString(read));

    assertEquals(MAPPER.readTree(EVERY_FIELD_AND_TWO_UNKNOWN), written);
  }

  @Test
  void everyDeclaredFieldIsReadIntoItsAccessor() throws Exception {
    ProcessRead read = MAPPER.readValue(EVERY_FIELD_AND_TWO_UNKNOWN, ProcessRead.class);

    assertEquals(4711, read.id());
    assertEquals(4422685, read.number());
    assertEquals("24/4422685", read.fullyQualifiedNumber());
    assertEquals("Wasserschaden", read.subject());
    assertEquals("<p>Leak in the <b>cellar</b></p>", read.report());
    assertEquals(12, read.accountId());
    assertEquals(34, read.contactId());
    assertEquals(56, read.createdByPartyId());
    assertEquals(7, read.typeId());
    assertEquals(8, read.stageId());
    assertEquals(Boolean.TRUE, read.isFinished());
    assertEquals(
        OffsetDateTime.of(2024, 5, 2, 10, 15, 30, 0, ZoneOffset.ofHours(2)), read.finishDate());
    assertEquals(90, read.unitId());
    assertEquals("erp-1", read.externalId());
    assertEquals("P-77", read.externalIdOfPantaenius());
    assertEquals(OffsetDateTime.of(2024, 5, 1, 8, 0, 0, 0, ZoneOffset.UTC), read.created());
    assertEquals(
        OffsetDateTime.of(2024, 5, 2, 10, 15, 30, 123_000_000, ZoneOffset.UTC),
        read.lastModified());
    assertEquals(OffsetDateTime.of(2024, 6, 1, 0, 0, 0, 0, ZoneOffset.UTC), read.deleted());
    assertEquals(
        Arrays.asList("priority", "isArchived"), list(read.additionalProperties().keySet()));
  }

  @Test
  void unknownFieldsAreKeptAsDeeplyUnmodifiableJsonValues() throws Exception {
    ProcessRead read = MAPPER.readValue(EVERY_FIELD_AND_TWO_UNKNOWN, ProcessRead.class);

    Map<String, Object> unknown = read.additionalProperties();
    Map<?, ?> priority = (Map<?, ?>) unknown.get("priority");
    List<?> tags = (List<?>) priority.get("tags");

    assertEquals(Boolean.FALSE, unknown.get("isArchived"));
    assertEquals(3, priority.get("level"));
    assertEquals(Arrays.asList("urgent", null, 1.5), tags);
    assertThrows(UnsupportedOperationException.class, () -> unknown.put("x", 1));
    assertThrows(UnsupportedOperationException.class, () -> tags.clear());
    assertThrows(UnsupportedOperationException.class, () -> priority.clear());
  }

  @Test
  void jsonPropertiesNamedLikeBuilderMethodsAreKeptAsUnknownFields() throws Exception {
    String json = "{\"id\":1,\"additionalProperties\":{\"a\":1},\"build\":2,\"toBuilder\":3}";

    ProcessRead read = MAPPER.readValue(json, ProcessRead.class);

    assertEquals(3, read.additionalProperties().size());
    assertEquals(MAPPER.readTree(json), MAPPER.readTree(MAPPER.writeValueAsString(read)));
  }

  @Test
  void unknownFieldsAreKeptEvenByAPlainMapperThatFailsOnUnknownProperties() throws Exception {
    ObjectMapper plain = new ObjectMapper();

    ProcessRead read = plain.readValue("{\"id\":2,\"brandNew\":\"x\"}", ProcessRead.class);

    assertEquals(2, read.id());
    assertEquals("x", read.additionalProperties().get("brandNew"));
  }

  @Test
  void unknownFieldWithNullValueIsWrittenBackAsNull() throws Exception {
    ProcessRead read = MAPPER.readValue("{\"id\":1,\"legacy\":null}", ProcessRead.class);

    assertTrue(read.additionalProperties().containsKey("legacy"));
    assertEquals("{\"id\":1,\"legacy\":null}", MAPPER.writeValueAsString(read));
  }

  @Test
  void timestampWithoutOffsetIsReadAsUtc() throws Exception {
    ProcessRead read =
        MAPPER.readValue(
            "{\"id\":1,\"created\":\"2024-03-05T07:08:09.5\",\"lastModified\":\"2024-03-05T07:08:09\"}",
            ProcessRead.class);

    assertEquals(
        OffsetDateTime.of(2024, 3, 5, 7, 8, 9, 500_000_000, ZoneOffset.UTC), read.created());
    assertEquals(OffsetDateTime.of(2024, 3, 5, 7, 8, 9, 0, ZoneOffset.UTC), read.lastModified());
  }

  @Test
  void nullAndMissingFieldsReadAsNullAndAreLeftOutWhenWritten() throws Exception {
    ProcessRead read =
        MAPPER.readValue("{\"id\":5,\"stageId\":null,\"report\":null}", ProcessRead.class);

    assertNull(read.stageId());
    assertNull(read.report());
    assertNull(read.subject());
    assertTrue(read.additionalProperties().isEmpty());
    assertEquals("{\"id\":5}", MAPPER.writeValueAsString(read));
  }

  @Test
  void equalValuesMakeEqualInstancesWithEqualHashCodes() throws Exception {
    ProcessRead first = MAPPER.readValue(EVERY_FIELD_AND_TWO_UNKNOWN, ProcessRead.class);
    ProcessRead second = MAPPER.readValue(EVERY_FIELD_AND_TWO_UNKNOWN, ProcessRead.class);

    assertEquals(first, second);
    assertEquals(first.hashCode(), second.hashCode());
    assertNotEquals(first, first.toBuilder().subject("other").build());
    assertNotEquals(first, first.toBuilder().removeAdditionalProperty("isArchived").build());
    assertEquals(first, first.toBuilder().build());
  }

  @Test
  void toStringNamesTheClassAndTheSetValuesOnly() {
    ProcessRead read =
        ProcessRead.builder().id(3).subject("Leak").additionalProperty("extra", true).build();

    assertEquals(
        "ProcessRead{id=3, subject=Leak, additionalProperties={extra=true}}", read.toString());
  }

  private static List<String> list(Iterable<String> names) {
    List<String> result = new java.util.ArrayList<>();
    names.forEach(result::add);
    return result;
  }
}

package io.github.facilioo4j.processes.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.facilioo4j.core.internal.Json;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collections;
import org.junit.jupiter.api.Test;

class ProcessUpdateTest {
  private static final ObjectMapper MAPPER = Json.mapper();

  @Test
  void aSetFieldIsSentWithItsValue() throws Exception {
    ProcessUpdate update = ProcessUpdate.builder().subject("New title").stageId(4).build();

    assertEquals("{\"subject\":\"New title\",\"stageId\":4}", MAPPER.writeValueAsString(update));
    assertTrue(update.hasSubject());
    assertEquals("New title", update.subject());
  }

  @Test
  void aFieldSetToNullIsSentAsJsonNullToClearIt() throws Exception {
    ProcessUpdate update = ProcessUpdate.builder().stageId(null).finishDate(null).build();

    assertEquals("{\"stageId\":null,\"finishDate\":null}", MAPPER.writeValueAsString(update));
    assertTrue(update.hasStageId());
    assertNull(update.stageId());
  }

  @Test
  void anUntouchedFieldIsLeftOut() throws Exception {
    ProcessUpdate update = ProcessUpdate.builder().build();

    assertEquals("{}", MAPPER.writeValueAsString(update));
    assertFalse(update.hasStageId());
    assertNull(update.stageId());
  }

  @Test
  void explicitNullsSurviveAMapperThatOmitsNullsEverywhere() throws Exception {
    ObjectMapper strict =
        new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .setDefaultPropertyInclusion(
                JsonInclude.Value.construct(
                    JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL));

    ProcessUpdate update =
        ProcessUpdate.builder().subject(null).additionalProperty("x", null).build();

    assertEquals("{\"subject\":null,\"x\":null}", strict.writeValueAsString(update));
  }

  @Test
  void readingABodyKeepsWhichFieldsWereAbsentAndWhichWereNull() throws Exception {
    String json =
        "{\"subject\":null,\"isFinished\":true,\"finishDate\":\"2024-02-03T04:05:06\",\"custom\":[1]}";

    ProcessUpdate update = MAPPER.readValue(json, ProcessUpdate.class);

    assertTrue(update.hasSubject());
    assertNull(update.subject());
    assertEquals(Boolean.TRUE, update.isFinished());
    assertEquals(OffsetDateTime.of(2024, 2, 3, 4, 5, 6, 0, ZoneOffset.UTC), update.finishDate());
    assertFalse(update.hasReport());
    assertEquals(
        Collections.singletonMap("custom", Arrays.asList(1)), update.additionalProperties());
    assertEquals(
        "{\"subject\":null,\"isFinished\":true,\"finishDate\":\"2024-02-03T04:05:06Z\",\"custom\":[1]}",
        MAPPER.writeValueAsString(update));
  }

  @Test
  void unsettingAFieldLeavesItOutAgain() throws Exception {
    ProcessUpdate update =
        ProcessUpdate.builder().subject(null).stageId(3).build().toBuilder().unsetSubject().build();

    assertEquals("{\"stageId\":3}", MAPPER.writeValueAsString(update));
  }

  @Test
  void clearingAFieldTheDocumentDoesNotAllowToClearIsAViolation() {
    ProcessUpdate update = ProcessUpdate.builder().report(null).unitId(null).stageId(null).build();

    assertEquals(
        Arrays.asList("report", "unitId"),
        Arrays.asList(update.constraintViolations().keySet().toArray()));
    assertEquals(
        Arrays.asList("cannot be cleared (must not be null)"),
        update.constraintViolations().get("report"));
    assertTrue(ProcessUpdate.builder().stageId(null).build().constraintViolations().isEmpty());
  }

  @Test
  void equalityTellsAFieldSetToNullFromAnUntouchedOne() {
    ProcessUpdate cleared = ProcessUpdate.builder().stageId(null).build();
    ProcessUpdate untouched = ProcessUpdate.builder().build();

    assertNotEquals(cleared, untouched);
    assertEquals(cleared, ProcessUpdate.builder().stageId(null).build());
    assertEquals(cleared.hashCode(), ProcessUpdate.builder().stageId(null).build().hashCode());
    assertEquals(cleared, cleared.toBuilder().build());
  }

  @Test
  void toStringShowsSetFieldsIncludingExplicitNulls() {
    ProcessUpdate update = ProcessUpdate.builder().subject("s").stageId(null).build();

    assertEquals("ProcessUpdate{subject=s, stageId=null}", update.toString());
  }
}

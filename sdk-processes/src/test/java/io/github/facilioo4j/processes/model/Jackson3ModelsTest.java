package io.github.facilioo4j.processes.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.facilioo4j.core.internal.Json;
import io.github.facilioo4j.core.internal.mapping.PageEnvelope;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A user's own Jackson 3 mapper (Spring Boot 4's default), with no module and no SDK set-up, reads
 * and writes the models as the SDK's Jackson 2 mapper does. Jackson 3 lives in {@code
 * tools.jackson}, so it shares this class path with the SDK's Jackson 2 and both run here side by
 * side.
 */
class Jackson3ModelsTest {
  private static final JsonMapper JACKSON3 = JsonMapper.builder().build();

  private static final String EVERY_FIELD_AND_TWO_UNKNOWN =
      "{\"id\":4711,\"number\":4422685,\"fullyQualifiedNumber\":\"24/4422685\","
          + "\"subject\":\"Wasserschaden\",\"report\":\"<p>Leak</p>\","
          + "\"accountId\":12,\"contactId\":34,\"createdByPartyId\":56,\"typeId\":7,\"stageId\":8,"
          + "\"isFinished\":true,\"finishDate\":\"2024-05-02T10:15:30+02:00\",\"unitId\":90,"
          + "\"externalId\":\"erp-1\",\"externalIdOfPantaenius\":\"P-77\","
          + "\"created\":\"2024-05-01T08:00:00Z\",\"lastModified\":\"2024-05-02T10:15:30.123Z\","
          + "\"deleted\":\"2024-06-01T00:00:00Z\","
          + "\"priority\":{\"level\":3,\"tags\":[\"urgent\",null,1.5]},\"isArchived\":false}";

  @Test
  void aProcessReadIsReadIntoEveryAccessorAndKeepsUnknownProperties() {
    ProcessRead read = JACKSON3.readValue(EVERY_FIELD_AND_TWO_UNKNOWN, ProcessRead.class);

    assertEquals(4711, read.id());
    assertEquals(4422685, read.number());
    assertEquals("24/4422685", read.fullyQualifiedNumber());
    assertEquals("Wasserschaden", read.subject());
    assertEquals("<p>Leak</p>", read.report());
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
    assertEquals(Arrays.asList("priority", "isArchived"), keys(read.additionalProperties()));
    Map<?, ?> priority = (Map<?, ?>) read.additionalProperties().get("priority");
    assertEquals(3, priority.get("level"));
    assertEquals(Arrays.asList("urgent", null, 1.5), priority.get("tags"));
    assertEquals(Boolean.FALSE, read.additionalProperties().get("isArchived"));
  }

  @Test
  void aProcessReadIsWrittenBackWithoutLosingAnything() throws Exception {
    ProcessRead read = JACKSON3.readValue(EVERY_FIELD_AND_TWO_UNKNOWN, ProcessRead.class);

    String written = JACKSON3.writeValueAsString(read);

    assertEquals(JACKSON3.readTree(EVERY_FIELD_AND_TWO_UNKNOWN), JACKSON3.readTree(written));
    assertEquals(read, Json.mapper().readValue(written, ProcessRead.class));
  }

  @Test
  void timestampsWithoutAnOffsetAreReadAsUtc() {
    ProcessRead read =
        JACKSON3.readValue(
            "{\"id\":1,\"created\":\"2024-03-05T07:08:09.5\",\"lastModified\":\"2024-03-05T07:08:09\","
                + "\"deleted\":\"2024-03-05T07:08\"}",
            ProcessRead.class);

    assertEquals(
        OffsetDateTime.of(2024, 3, 5, 7, 8, 9, 500_000_000, ZoneOffset.UTC), read.created());
    assertEquals(OffsetDateTime.of(2024, 3, 5, 7, 8, 9, 0, ZoneOffset.UTC), read.lastModified());
    assertEquals(OffsetDateTime.of(2024, 3, 5, 7, 8, 0, 0, ZoneOffset.UTC), read.deleted());
    assertEquals(
        "{\"id\":1,\"created\":\"2024-03-05T07:08:09.5Z\",\"lastModified\":\"2024-03-05T07:08:09Z\","
            + "\"deleted\":\"2024-03-05T07:08:00Z\"}",
        JACKSON3.writeValueAsString(read));
  }

  @Test
  void aTimestampThatIsNoDateTimeFailsTheRead() {
    DatabindException e =
        assertThrows(
            DatabindException.class,
            () -> JACKSON3.readValue("{\"id\":1,\"created\":\"yesterday\"}", ProcessRead.class));

    assertTrue(e.getMessage().contains("not an ISO-8601 date-time"), e.getMessage());
  }

  @Test
  void nullAndMissingPropertiesReadAsNullAndAnUnknownNullIsWrittenBack() {
    ProcessRead read =
        JACKSON3.readValue(
            "{\"id\":5,\"stageId\":null,\"created\":null,\"legacy\":null}", ProcessRead.class);

    assertNull(read.stageId());
    assertNull(read.created());
    assertNull(read.subject());
    assertEquals(Collections.singletonMap("legacy", null), read.additionalProperties());
    assertEquals("{\"id\":5,\"legacy\":null}", JACKSON3.writeValueAsString(read));
  }

  @Test
  void unknownPropertiesAreKeptEvenByAMapperThatFailsOnUnknownProperties() {
    JsonMapper strict =
        JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    ProcessRead read = strict.readValue("{\"id\":2,\"brandNew\":\"x\"}", ProcessRead.class);
    ProcessUpdate update = strict.readValue("{\"brandNew\":\"y\"}", ProcessUpdate.class);

    assertEquals(2, read.id());
    assertEquals(Collections.singletonMap("brandNew", "x"), read.additionalProperties());
    assertEquals(Collections.singletonMap("brandNew", "y"), update.additionalProperties());
  }

  @Test
  void jsonPropertiesNamedLikeBuilderMethodsAreKeptAsUnknownProperties() {
    String json = "{\"id\":1,\"additionalProperties\":{\"a\":1},\"build\":2,\"toBuilder\":3}";

    ProcessRead read = JACKSON3.readValue(json, ProcessRead.class);

    assertEquals(
        Arrays.asList("additionalProperties", "build", "toBuilder"),
        keys(read.additionalProperties()));
    assertEquals(JACKSON3.readTree(json), JACKSON3.readTree(JACKSON3.writeValueAsString(read)));
  }

  @Test
  void aProcessCreateIsWrittenInTheDocumentedOrderAndReadBackEqual() throws Exception {
    ProcessCreate create =
        ProcessCreate.builder()
            .externalId("erp-9")
            .unitId(3)
            .finishDate(OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC))
            .isFinished(true)
            .typeId(2)
            .contactId(1)
            .report("r")
            .subject("s")
            .additionalProperty("priority", 3)
            .build();

    String json = JACKSON3.writeValueAsString(create);

    assertEquals(
        "{\"subject\":\"s\",\"report\":\"r\",\"contactId\":1,\"typeId\":2,\"isFinished\":true,"
            + "\"finishDate\":\"2024-01-02T03:04:05Z\",\"unitId\":3,\"externalId\":\"erp-9\","
            + "\"priority\":3}",
        json);
    assertEquals(Json.mapper().writeValueAsString(create), json);
    assertEquals(create, JACKSON3.readValue(json, ProcessCreate.class));
  }

  @Test
  void aProcessUpdateReadKeepsWhichPropertiesWereAbsentAndWhichWereNull() {
    String json =
        "{\"subject\":null,\"isFinished\":true,\"finishDate\":\"2024-02-03T04:05:06\",\"custom\":[1]}";

    ProcessUpdate update = JACKSON3.readValue(json, ProcessUpdate.class);

    assertTrue(update.hasSubject());
    assertNull(update.subject());
    assertEquals(Boolean.TRUE, update.isFinished());
    assertEquals(OffsetDateTime.of(2024, 2, 3, 4, 5, 6, 0, ZoneOffset.UTC), update.finishDate());
    assertFalse(update.hasReport());
    assertFalse(update.hasStageId());
    assertEquals(
        Collections.singletonMap("custom", Arrays.asList(1)), update.additionalProperties());
    assertEquals(
        "{\"subject\":null,\"isFinished\":true,\"finishDate\":\"2024-02-03T04:05:06Z\",\"custom\":[1]}",
        JACKSON3.writeValueAsString(update));
  }

  @Test
  void aProcessUpdateSendsOnlyWhatWasSetAndItsExplicitNullsEvenUnderNonNullInclusion()
      throws Exception {
    JsonMapper omitsNulls =
        JsonMapper.builder()
            .changeDefaultPropertyInclusion(
                inclusion ->
                    JsonInclude.Value.construct(
                        JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
            .build();
    ProcessUpdate update =
        ProcessUpdate.builder()
            .stageId(null)
            .finishDate(null)
            .subject("New title")
            .additionalProperty("x", null)
            .build();

    String json = omitsNulls.writeValueAsString(update);

    assertEquals(
        "{\"subject\":\"New title\",\"stageId\":null,\"finishDate\":null,\"x\":null}", json);
    assertEquals(Json.mapper().writeValueAsString(update), json);
    assertEquals("{}", JACKSON3.writeValueAsString(ProcessUpdate.builder().build()));
    assertEquals(update, JACKSON3.readValue(json, ProcessUpdate.class));
  }

  @Test
  void aPageEnvelopeAndAListOfProcessesAreRead() {
    String items = "[{\"id\":1,\"created\":\"2024-03-05T07:08:09\"},{\"id\":2,\"brandNew\":\"x\"}]";

    PageEnvelope<ProcessRead> page =
        JACKSON3.readValue(
            "{\"items\":"
                + items
                + ",\"pageNumber\":1,\"pageSize\":2,\"totalPages\":3,\"totalCount\":5,"
                + "\"hasPreviousPage\":false,\"hasNextPage\":true}",
            new TypeReference<PageEnvelope<ProcessRead>>() {});
    List<ProcessRead> list = JACKSON3.readValue(items, new TypeReference<List<ProcessRead>>() {});

    assertEquals(
        Arrays.asList(1, 2), Arrays.asList(page.items().get(0).id(), page.items().get(1).id()));
    assertEquals(
        OffsetDateTime.of(2024, 3, 5, 7, 8, 9, 0, ZoneOffset.UTC), page.items().get(0).created());
    assertEquals("x", page.items().get(1).additionalProperties().get("brandNew"));
    assertEquals(1, page.pageNumber());
    assertEquals(2, page.pageSize());
    assertEquals(3, page.totalPages());
    assertEquals(5L, page.totalCount());
    assertEquals(Boolean.FALSE, page.hasPreviousPage());
    assertEquals(Boolean.TRUE, page.hasNextPage());
    assertEquals(page.items(), list);
  }

  private static List<String> keys(Map<String, ?> map) {
    return Arrays.asList(map.keySet().toArray(new String[0]));
  }
}

package io.github.facilioo4j.processes.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import io.github.facilioo4j.core.internal.Json;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The models' generated Jackson 2 reader and writer give exactly what Jackson's own bean binding of
 * the same annotated model gives (the path Jackson 3 still takes): the same values, coercions,
 * unknown properties and failures, under the SDK's mapper and under a user's plain one.
 */
class GeneratedJsonCodecTest {
  private static final List<String> ANSWERS =
      Arrays.asList(
          "{\"id\":4711,\"number\":4422685,\"fullyQualifiedNumber\":\"24/4422685\","
              + "\"subject\":\"Wasserschaden\",\"report\":\"<p>Leak</p>\",\"accountId\":12,"
              + "\"contactId\":34,\"createdByPartyId\":56,\"typeId\":7,\"stageId\":8,"
              + "\"isFinished\":true,\"finishDate\":\"2024-05-02T10:15:30+02:00\",\"unitId\":90,"
              + "\"externalId\":\"erp-1\",\"externalIdOfPantaenius\":\"P-77\","
              + "\"created\":\"2024-05-01T08:00:00\",\"lastModified\":\"2024-05-02T10:15:30.123Z\","
              + "\"deleted\":null,\"priority\":{\"level\":3,\"tags\":[\"urgent\",null,1.5]},"
              + "\"isArchived\":false,\"note\":null}",
          "{}",
          "{\"id\":null,\"subject\":null,\"isFinished\":null,\"created\":null}",
          // What a careless server sends: Jackson coerces these scalars, and so must the reader.
          "{\"id\":\"4711\",\"number\":12.0,\"subject\":42,\"report\":true,\"isFinished\":\"true\"}",
          "{\"id\":1,\"isFinished\":\"false\",\"created\":\" 2024-05-01T08:00:00Z \"}",
          "{\"id\":1,\"created\":\"\",\"stageId\":-3,\"typeId\":\"\"}",
          "{\"id\":1,\"id\":2,\"subject\":\"first\",\"subject\":\"second\"}",
          "{\"id\":1,\"typeId\":{\"nested\":true}}",
          "{\"id\":1,\"subject\":[\"a\"]}",
          "{\"id\":2147483648}",
          "{\"id\":1.5e3}",
          "{\"id\":1,\"isFinished\":2}",
          "{\"id\":1,\"created\":\"yesterday\"}",
          "{\"id\":1,\"created\":12345}",
          "[]",
          "[{\"id\":1}]",
          "\"a process\"",
          "5");

  @Test
  void theSdksMapperReadsEveryAnswerAsJacksonsBeanBindingDoes() {
    assertReadsAlike(Json.mapper());
  }

  @Test
  void aUsersPlainMapperReadsEveryAnswerAsJacksonsBeanBindingDoes() {
    assertReadsAlike(new ObjectMapper());
  }

  @Test
  void aBadPropertyIsNamedInTheFailuresPath() {
    JsonMappingException failure =
        assertThrows(
            JsonMappingException.class,
            () ->
                Json.mapper().readValue("{\"id\":1,\"created\":\"yesterday\"}", ProcessRead.class));

    assertEquals("created", last(failure).getFieldName());
    assertTrue(failure.getOriginalMessage().contains("not an ISO-8601 date-time"));
    JsonMappingException overflow =
        assertThrows(
            JsonMappingException.class,
            () -> Json.mapper().readValue("{\"number\":99999999999}", ProcessRead.class));
    assertEquals("number", last(overflow).getFieldName());
  }

  @Test
  void everyValueIsReadIntoItsAccessorAndUnknownOnesAreKept() throws Exception {
    ProcessRead read = Json.mapper().readValue(ANSWERS.get(0), ProcessRead.class);

    assertEquals(4711, read.id());
    assertEquals("24/4422685", read.fullyQualifiedNumber());
    assertEquals(Boolean.TRUE, read.isFinished());
    assertEquals(OffsetDateTime.of(2024, 5, 1, 8, 0, 0, 0, ZoneOffset.UTC), read.created());
    assertEquals(
        OffsetDateTime.of(2024, 5, 2, 10, 15, 30, 0, ZoneOffset.ofHours(2)), read.finishDate());
    assertEquals(null, read.deleted());
    Map<String, Object> expected = new LinkedHashMap<>();
    Map<String, Object> priority = new LinkedHashMap<>();
    priority.put("level", 3);
    priority.put("tags", Arrays.asList("urgent", null, 1.5));
    expected.put("priority", priority);
    expected.put("isArchived", false);
    expected.put("note", null);
    assertEquals(expected, read.additionalProperties());
  }

  @Test
  void everyModelIsWrittenAsJacksonsBeanBindingWritesIt() throws Exception {
    ObjectMapper beans = beanBinding(Json.mapper());
    ProcessRead read = Json.mapper().readValue(ANSWERS.get(0), ProcessRead.class);
    ProcessCreate create =
        ProcessCreate.builder()
            .report("<p>Leak</p>")
            .contactId(1)
            .typeId(2)
            .unitId(3)
            .subject("Wasserschaden \uD83D\uDCA7")
            .additionalProperty("isUrgent", true)
            .additionalProperty("tags", Arrays.asList("a", null))
            .additionalProperty("note", null)
            .build();
    ProcessCreate nothing = ProcessCreate.builder().build();

    for (Object model : Arrays.asList(read, create, nothing)) {
      assertEquals(beans.writeValueAsString(model), Json.mapper().writeValueAsString(model));
    }
    assertEquals(
        beanBinding(new ObjectMapper()).writeValueAsString(create),
        new ObjectMapper().writeValueAsString(create));
    assertEquals(
        "{\"subject\":\"Wasserschaden \uD83D\uDCA7\",\"report\":\"<p>Leak</p>\",\"contactId\":1,"
            + "\"typeId\":2,\"unitId\":3,\"isUrgent\":true,\"tags\":[\"a\",null],\"note\":null}",
        Json.mapper().writeValueAsString(create));
    assertEquals(
        read, Json.mapper().readValue(Json.mapper().writeValueAsString(read), ProcessRead.class));
    assertEquals(Collections.emptyMap(), nothing.additionalProperties());
  }

  private static void assertReadsAlike(ObjectMapper mapper) {
    ObjectMapper beans = beanBinding(mapper);
    for (String answer : ANSWERS) {
      Object generated = outcome(mapper, answer);
      Object bound = outcome(beans, answer);
      if (bound instanceof JsonProcessingException) {
        assertTrue(
            generated instanceof JsonProcessingException,
            answer + ": bean binding fails, the generated reader gave " + generated);
      } else {
        assertEquals(bound, generated, answer);
      }
    }
  }

  private static Object outcome(ObjectMapper mapper, String json) {
    try {
      return mapper.readValue(json, ProcessRead.class);
    } catch (JsonProcessingException e) {
      return e;
    }
  }

  /** The same mapper, ignoring the models' own reader and writer: Jackson's bean binding. */
  private static ObjectMapper beanBinding(ObjectMapper mapper) {
    ObjectMapper copy = mapper.copy();
    copy.setAnnotationIntrospector(
        new JacksonAnnotationIntrospector() {
          private static final long serialVersionUID = 1L;

          @Override
          public Object findDeserializer(Annotated annotated) {
            return annotated instanceof AnnotatedClass ? null : super.findDeserializer(annotated);
          }

          @Override
          public Object findSerializer(Annotated annotated) {
            return annotated instanceof AnnotatedClass ? null : super.findSerializer(annotated);
          }
        });
    return copy;
  }

  private static JsonMappingException.Reference last(JsonMappingException failure) {
    List<JsonMappingException.Reference> path = failure.getPath();
    return path.get(path.size() - 1);
  }
}

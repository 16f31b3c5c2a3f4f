package io.github.facilioo4j.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {
  private static final ObjectMapper MAPPER = Json.mapper();

  static final class Stamp {
    public OffsetDateTime at;
    public String note;
  }

  @Test
  void timestampWithoutOffsetIsReadAsUtc() throws Exception {
    Stamp stamp = MAPPER.readValue("{\"at\":\"2024-03-05T07:08:09.123\"}", Stamp.class);

    assertEquals(OffsetDateTime.of(2024, 3, 5, 7, 8, 9, 123_000_000, ZoneOffset.UTC), stamp.at);
  }

  @Test
  void timestampWithOffsetKeepsItsOffset() throws Exception {
    Stamp stamp = MAPPER.readValue("{\"at\":\"2024-03-05T07:08:09+02:00\"}", Stamp.class);

    assertEquals(ZoneOffset.ofHours(2), stamp.at.getOffset());
    assertEquals(7, stamp.at.getHour());
  }

  @Test
  void emptyTimestampReadsAsNull() throws Exception {
    assertNull(MAPPER.readValue("{\"at\":\"\"}", Stamp.class).at);
    assertNull(MAPPER.readValue("{\"at\":null}", Stamp.class).at);
  }

  @Test
  void malformedTimestampFailsWithAMappingException() {
    assertThrows(
        JsonMappingException.class, () -> MAPPER.readValue("{\"at\":\"yesterday\"}", Stamp.class));
    assertThrows(JsonMappingException.class, () -> MAPPER.readValue("{\"at\":17}", Stamp.class));
  }

  @Test
  void timestampsAreWrittenAsIsoTextAndNullPropertiesAreLeftOut() throws Exception {
    Stamp stamp = new Stamp();
    stamp.at = OffsetDateTime.of(2024, 3, 5, 7, 8, 9, 0, ZoneOffset.ofHours(1));

    assertEquals("{\"at\":\"2024-03-05T07:08:09+01:00\"}", MAPPER.writeValueAsString(stamp));
  }

  @Test
  void unknownPropertiesAreIgnored() throws Exception {
    assertEquals("n", MAPPER.readValue("{\"note\":\"n\",\"other\":1}", Stamp.class).note);
  }

  @Test
  void nullValuesInsideMapsAreKept() throws Exception {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("subject", null);

    assertEquals("{\"subject\":null}", MAPPER.writeValueAsString(body));
    assertEquals("{}", MAPPER.writeValueAsString(Collections.emptyMap()));
  }

  @Test
  void theSharedMapperIsOneInstanceAndCreateGivesAFreshOne() {
    assertSame(Json.mapper(), Json.mapper());
    assertEquals(
        Json.mapper().getSerializationConfig().getDefaultPropertyInclusion(),
        Json.create().getSerializationConfig().getDefaultPropertyInclusion());
  }
}

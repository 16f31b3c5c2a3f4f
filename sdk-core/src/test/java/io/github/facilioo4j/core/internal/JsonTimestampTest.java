package io.github.facilioo4j.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The fast path for timestamps in the common form must read exactly what the formatter reads, and
 * leave every other form to the formatter.
 */
class JsonTimestampTest {
  private static final ObjectMapper MAPPER = Json.mapper();

  static final class Stamp {
    public OffsetDateTime at;
  }

  /** What the deserializer read before the fast path: the ISO formatter, no offset meaning UTC. */
  private static OffsetDateTime formatter(String text) {
    TemporalAccessor parsed =
        DateTimeFormatter.ISO_DATE_TIME.parseBest(text, OffsetDateTime::from, LocalDateTime::from);
    return parsed instanceof OffsetDateTime
        ? (OffsetDateTime) parsed
        : ((LocalDateTime) parsed).atOffset(ZoneOffset.UTC);
  }

  private static OffsetDateTime read(String text) throws Exception {
    return MAPPER.readValue("{\"at\":\"" + text + "\"}", Stamp.class).at;
  }

  @Test
  void commonFormsTakeTheFastPathAndReadAsTheFormatterDoes() throws Exception {
    List<String> samples =
        Arrays.asList(
            "2024-03-05T10:15:30",
            "2024-03-05T10:15:30Z",
            "2024-03-05T10:15:30.1Z",
            "2024-03-05T10:15:30.123+01:00",
            "2024-03-05T10:15:30.123456789-05:30",
            "2024-03-05T10:15:30.000000001",
            "2024-02-29T23:59:59+14:00",
            "0001-01-01T00:00:00-18:00",
            "2024-03-05T10:15:30-00:00",
            "9999-12-31T23:59:59.999999999+18:00");
    for (String text : samples) {
      assertNotNull(Json.LenientOffsetDateTimeDeserializer.parseCommonForm(text), text);
      assertEquals(formatter(text), Json.LenientOffsetDateTimeDeserializer.parseCommonForm(text));
      assertEquals(formatter(text), read(text), text);
    }
  }

  @Test
  void tenThousandSeededRandomTimestampsReadAsTheFormatterReadsThem() {
    Random random = new Random(20261129L);
    for (int i = 0; i < 10_000; i++) {
      String text = randomCommonForm(random);
      OffsetDateTime fast = Json.LenientOffsetDateTimeDeserializer.parseCommonForm(text);
      OffsetDateTime expected;
      try {
        expected = formatter(text);
      } catch (RuntimeException e) {
        assertNull(fast, () -> text + " is invalid but the fast path read " + fast);
        continue;
      }
      assertEquals(expected, fast, text);
    }
  }

  @Test
  void otherFormsAreLeftToTheFormatter() throws Exception {
    List<String> valid =
        Arrays.asList(
            "2024-03-05T10:15",
            "2024-03-05t10:15:30",
            "2024-03-05T10:15:30z",
            "2024-03-05T10:15:30+01:00[Europe/Berlin]",
            "2024-03-05T10:15:30+01:00:30",
            "2024-03-05T10:15:30.Z",
            "+12024-03-05T10:15:30Z");
    for (String text : valid) {
      assertNull(Json.LenientOffsetDateTimeDeserializer.parseCommonForm(text), text);
      assertEquals(formatter(text), read(text), text);
    }
  }

  @Test
  void outOfRangeAndMalformedValuesStillFailAsBefore() {
    List<String> invalid =
        Arrays.asList(
            "2024-02-30T10:15:30Z",
            "2023-02-29T10:15:30Z",
            "2024-13-05T10:15:30Z",
            "2024-03-05T24:00:00Z",
            "2024-03-05T10:60:30Z",
            "2024-03-05T10:15:30.1234567891Z",
            "2024-03-05T10:15:30+19:00",
            "2024-03-05T10:15:30+0100",
            "2024-03-05T10:15:3a",
            "2024-03-05 10:15:30");
    for (String text : invalid) {
      assertNull(Json.LenientOffsetDateTimeDeserializer.parseCommonForm(text), text);
      assertThrows(JsonMappingException.class, () -> read(text), text);
    }
  }

  private static String randomCommonForm(Random random) {
    StringBuilder text =
        new StringBuilder(
            String.format(
                "%04d-%02d-%02dT%02d:%02d:%02d",
                random.nextInt(10_000),
                random.nextInt(14),
                random.nextInt(33),
                random.nextInt(26),
                random.nextInt(62),
                random.nextInt(62)));
    if (random.nextBoolean()) {
      text.append('.');
      int digits = 1 + random.nextInt(9);
      for (int i = 0; i < digits; i++) {
        text.append(random.nextInt(10));
      }
    }
    switch (random.nextInt(3)) {
      case 0:
        break;
      case 1:
        text.append('Z');
        break;
      default:
        text.append(random.nextBoolean() ? '+' : '-')
            .append(String.format("%02d:%02d", random.nextInt(20), random.nextInt(61)));
    }
    return text.toString();
  }

  @Test
  void everyOffsetAServerCanWriteIsReadAsTheSameOffset() throws Exception {
    ObjectMapper mapper = Json.mapper();
    for (int minutes = -18 * 60; minutes <= 18 * 60; minutes++) {
      int seconds = minutes * 60;
      assertEquals(ZoneOffset.ofTotalSeconds(seconds), Json.offset(seconds), "" + seconds);
      String offset =
          String.format(
              "%s%02d:%02d",
              minutes < 0 ? "-" : "+", Math.abs(minutes) / 60, Math.abs(minutes) % 60);
      OffsetDateTime read =
          mapper.readValue("\"2024-03-05T10:15:30" + offset + "\"", OffsetDateTime.class);
      assertEquals(ZoneOffset.ofTotalSeconds(seconds), read.getOffset(), offset);
    }
  }
}

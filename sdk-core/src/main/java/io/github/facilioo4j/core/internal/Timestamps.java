package io.github.facilioo4j.core.internal;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;

/**
 * Reads the timestamps the API sends: ISO-8601 date-times with or without an offset, where a
 * missing offset means UTC. The generated models read their timestamps through this from JSON text,
 * so that every Jackson version (2 and 3) and every mapper configuration reads them alike.
 * Stateless and thread-safe.
 */
public final class Timestamps {
  private Timestamps() {}

  /**
   * Parses a timestamp.
   *
   * @param text the JSON text; {@code null}, empty or blank reads as {@code null}; leading and
   *     trailing white space is ignored
   * @return the timestamp with the offset it was sent with (UTC when it had none), or {@code null}
   * @throws IllegalArgumentException if the text is not an ISO-8601 date-time; the message does not
   *     repeat the text
   */
  public static OffsetDateTime parse(String text) {
    if (text == null) {
      return null;
    }
    String trimmed = text.trim();
    if (trimmed.isEmpty()) {
      return null;
    }
    OffsetDateTime parsed = parseOrNull(trimmed);
    if (parsed == null) {
      throw new IllegalArgumentException("not an ISO-8601 date-time");
    }
    return parsed;
  }

  /**
   * Parses trimmed, non-empty text, or returns {@code null} when it is not an ISO-8601 date-time.
   */
  static OffsetDateTime parseOrNull(String trimmed) {
    OffsetDateTime common = Json.LenientOffsetDateTimeDeserializer.parseCommonForm(trimmed);
    if (common != null) {
      return common;
    }
    try {
      TemporalAccessor parsed =
          DateTimeFormatter.ISO_DATE_TIME.parseBest(
              trimmed, OffsetDateTime::from, LocalDateTime::from);
      if (parsed instanceof OffsetDateTime) {
        return (OffsetDateTime) parsed;
      }
      return ((LocalDateTime) parsed).atOffset(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}

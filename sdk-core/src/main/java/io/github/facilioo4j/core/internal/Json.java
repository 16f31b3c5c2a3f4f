package io.github.facilioo4j.core.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;

/**
 * The one Jackson set-up of the SDK, reused by every module.
 *
 * <p>The mapper tolerates unknown properties, writes {@code OffsetDateTime} as ISO-8601 text, reads
 * timestamps that carry no offset as UTC, and leaves {@code null} properties out of what it writes.
 * The returned mapper is shared and thread-safe; callers must not reconfigure it.
 */
public final class Json {
  private static final ObjectMapper MAPPER = create();

  private Json() {}

  /**
   * Returns the shared, fully configured mapper.
   *
   * @return the mapper; never {@code null}; must not be reconfigured
   */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /**
   * Creates a new mapper with the SDK's configuration, for callers that need their own instance.
   *
   * @return a new mapper, owned by the caller
   */
  public static ObjectMapper create() {
    SimpleModule lenientTime = new SimpleModule("facilioo-time");
    lenientTime.addDeserializer(OffsetDateTime.class, new LenientOffsetDateTimeDeserializer());
    ObjectMapper mapper = new ObjectMapper();
    mapper.registerModule(new JavaTimeModule());
    mapper.registerModule(lenientTime);
    mapper.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    mapper.disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
    mapper.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    mapper.disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    // Properties that are null are left out; null values inside maps are kept, so that a PATCH body
    // built as a map can still send an explicit null.
    mapper.setDefaultPropertyInclusion(
        JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.ALWAYS));
    return mapper;
  }

  /** Reads ISO-8601 date-times with or without an offset; a missing offset means UTC. */
  static final class LenientOffsetDateTimeDeserializer
      extends StdScalarDeserializer<OffsetDateTime> {
    private static final long serialVersionUID = 1L;

    LenientOffsetDateTimeDeserializer() {
      super(OffsetDateTime.class);
    }

    @Override
    public OffsetDateTime deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      if (parser.currentToken() != JsonToken.VALUE_STRING) {
        return (OffsetDateTime) context.handleUnexpectedToken(OffsetDateTime.class, parser);
      }
      String text = parser.getText().trim();
      if (text.isEmpty()) {
        return null;
      }
      try {
        TemporalAccessor parsed =
            DateTimeFormatter.ISO_DATE_TIME.parseBest(
                text, OffsetDateTime::from, LocalDateTime::from);
        if (parsed instanceof OffsetDateTime) {
          return (OffsetDateTime) parsed;
        }
        return ((LocalDateTime) parsed).atOffset(ZoneOffset.UTC);
      } catch (DateTimeParseException e) {
        return (OffsetDateTime)
            context.handleWeirdStringValue(OffsetDateTime.class, text, "not an ISO-8601 date-time");
      }
    }
  }
}

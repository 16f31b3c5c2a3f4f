package io.github.facilioo4j.core.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/**
 * The one Jackson set-up of the SDK, reused by every module.
 *
 * <p>The mapper tolerates unknown properties, writes {@code OffsetDateTime} as ISO-8601 text, reads
 * timestamps that carry no offset as UTC, and leaves {@code null} properties out of what it writes.
 * The returned mapper is shared and thread-safe; callers must not reconfigure it.
 *
 * <p>Integers are read exactly: a property of an integer type ({@code Integer}, {@code Long},
 * {@code int}, {@code long}, {@code Short}, {@code BigInteger}; every integer property of the
 * generated models and the paging envelope) takes only a JSON integer within the type's range. A
 * fraction ({@code 1.5}, also {@code 1.0} and {@code 1e2}), a string ({@code "42"}, {@code ""}), a
 * boolean and a number out of range ({@code 2^40} for an {@code Integer}) fail the read instead of
 * being truncated, parsed or wrapped, so that an answer never yields an id it did not contain.
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
    // An id of 1.5 must not become process 1, nor "42" process 42: only exact JSON integers.
    mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    mapper
        .coercionConfigFor(LogicalType.Integer)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
        .setAcceptBlankAsEmpty(false);
    mapper.disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
    mapper.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    mapper.disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    // Properties that are null are left out; null values inside maps are kept, so that a PATCH body
    // built as a map can still send an explicit null.
    mapper.setDefaultPropertyInclusion(
        JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.ALWAYS));
    return mapper;
  }

  /** Every offset in whole quarter hours, -18:00 to +18:00: all that servers send in practice. */
  private static final ZoneOffset[] QUARTER_HOURS = new ZoneOffset[145];

  static {
    for (int i = 0; i < QUARTER_HOURS.length; i++) {
      QUARTER_HOURS[i] = ZoneOffset.ofTotalSeconds((i - 72) * 900);
    }
  }

  /**
   * The offset of {@code seconds}, from the table for whole quarter hours: {@code
   * ZoneOffset.ofTotalSeconds} boxes the number and looks it up in a concurrent map on every
   * timestamp.
   */
  static ZoneOffset offset(int seconds) {
    if (seconds % 900 == 0 && seconds >= -64_800 && seconds <= 64_800) {
      return QUARTER_HOURS[seconds / 900 + 72];
    }
    return ZoneOffset.ofTotalSeconds(seconds);
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
      OffsetDateTime parsed = Timestamps.parseOrNull(text);
      if (parsed == null) {
        return (OffsetDateTime)
            context.handleWeirdStringValue(OffsetDateTime.class, text, "not an ISO-8601 date-time");
      }
      return parsed;
    }

    /**
     * Reads the form servers send nearly always, {@code yyyy-MM-ddTHH:mm:ss[.fraction][Z|+HH:mm]},
     * without a {@code DateTimeFormatter}: the formatter allocates a map and a context per value,
     * which made timestamps most of the SDK's allocation when decoding a page. Returns {@code null}
     * for any other form and for values out of range, so that the formatter decides about those.
     *
     * @param text the trimmed text
     * @return the timestamp, or {@code null} when the text is not in the common form
     */
    static @Nullable OffsetDateTime parseCommonForm(String text) {
      int length = text.length();
      if (length < 19
          || text.charAt(4) != '-'
          || text.charAt(7) != '-'
          || text.charAt(10) != 'T'
          || text.charAt(13) != ':'
          || text.charAt(16) != ':') {
        return null;
      }
      int year = digits(text, 0, 4);
      int month = digits(text, 5, 7);
      int day = digits(text, 8, 10);
      int hour = digits(text, 11, 13);
      int minute = digits(text, 14, 16);
      int second = digits(text, 17, 19);
      if ((year | month | day | hour | minute | second) < 0) {
        return null;
      }
      int at = 19;
      int nano = 0;
      if (at < length && text.charAt(at) == '.') {
        int start = ++at;
        while (at < length && at - start < 9 && isDigit(text.charAt(at))) {
          nano = nano * 10 + (text.charAt(at) - '0');
          at++;
        }
        int count = at - start;
        if (count == 0 || (at < length && isDigit(text.charAt(at)))) {
          return null;
        }
        for (int i = count; i < 9; i++) {
          nano *= 10;
        }
      }
      ZoneOffset offset;
      if (at == length || (at + 1 == length && text.charAt(at) == 'Z')) {
        offset = ZoneOffset.UTC;
      } else if (at + 6 == length
          && (text.charAt(at) == '+' || text.charAt(at) == '-')
          && text.charAt(at + 3) == ':') {
        int hours = digits(text, at + 1, at + 3);
        int minutes = digits(text, at + 4, at + 6);
        if ((hours | minutes) < 0 || hours > 18 || minutes > 59) {
          return null;
        }
        int seconds = hours * 3600 + minutes * 60;
        try {
          offset = offset(text.charAt(at) == '-' ? -seconds : seconds);
        } catch (DateTimeException e) {
          return null;
        }
      } else {
        return null;
      }
      try {
        return OffsetDateTime.of(year, month, day, hour, minute, second, nano, offset);
      } catch (DateTimeException e) {
        return null;
      }
    }

    /** The non-negative number in {@code text[from, to)}, or -1 when a character is no digit. */
    private static int digits(String text, int from, int to) {
      int value = 0;
      for (int i = from; i < to; i++) {
        char c = text.charAt(i);
        if (!isDigit(c)) {
          return -1;
        }
        value = value * 10 + (c - '0');
      }
      return value;
    }

    private static boolean isDigit(char c) {
      return c >= '0' && c <= '9';
    }
  }
}

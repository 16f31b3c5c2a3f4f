package io.github.facilioo4j.examples.cli;

import io.github.facilioo4j.core.ApiVersion;
import io.github.facilioo4j.core.Language;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Option converters; a bad value becomes a usage error that names the problem. */
final class Converters {
  private static final Pattern DURATION = Pattern.compile("(\\d{1,9})(ms|s|m|h)?");

  private Converters() {}

  /**
   * Reads a time budget: {@code 30} or {@code 30s} (seconds), {@code 500ms}, {@code 2m}, {@code 1h}
   * or ISO-8601 such as {@code PT1M30S}.
   *
   * @throws IllegalArgumentException when the text is not such a duration or not positive
   */
  static Duration parseTimeout(String text) {
    String value = text.trim().toLowerCase(Locale.ROOT);
    Duration duration = null;
    Matcher m = DURATION.matcher(value);
    if (m.matches()) {
      long amount = Long.parseLong(m.group(1));
      String unit = m.group(2) == null ? "s" : m.group(2);
      duration =
          switch (unit) {
            case "ms" -> Duration.ofMillis(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofSeconds(amount);
          };
    } else if (value.startsWith("pt")) {
      try {
        duration = Duration.parse(value);
      } catch (DateTimeParseException e) {
        duration = null;
      }
    }
    if (duration == null) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a duration like 30s, 500ms, 2m or PT1M30S");
    }
    if (duration.isZero() || duration.isNegative()) {
      throw new IllegalArgumentException("'" + text + "' is not a positive duration");
    }
    return duration;
  }

  /** Shows a budget the way a user writes it: {@code 30s}, {@code 500ms}, {@code 1.5s}. */
  static String format(Duration duration) {
    long millis = duration.toMillis();
    if (millis % 1000 != 0) {
      return millis < 1000
          ? millis + "ms"
          : BigDecimal.valueOf(millis, 3).stripTrailingZeros().toPlainString() + "s";
    }
    return millis / 1000 + "s";
  }

  static final class TimeoutConverter implements ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
      try {
        return parseTimeout(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  static final class ApiVersionConverter implements ITypeConverter<ApiVersion> {
    @Override
    public ApiVersion convert(String value) {
      try {
        return ApiVersion.of(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  static final class LanguageConverter implements ITypeConverter<Language> {
    @Override
    public Language convert(String value) {
      try {
        return Language.of(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  static final class DateTimeConverter implements ITypeConverter<OffsetDateTime> {
    @Override
    public OffsetDateTime convert(String value) {
      try {
        return OffsetDateTime.parse(value);
      } catch (DateTimeParseException e) {
        throw new TypeConversionException(
            "'" + value + "' is not an ISO-8601 date-time like 2026-11-29T14:00:00+01:00");
      }
    }
  }
}

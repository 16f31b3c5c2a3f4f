package io.github.facilioo4j.examples.cli;

import io.github.facilioo4j.core.ApiVersion;
import io.github.facilioo4j.core.Language;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Option converters; a bad value becomes a usage error that names the problem. */
final class Converters {
  private Converters() {}

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

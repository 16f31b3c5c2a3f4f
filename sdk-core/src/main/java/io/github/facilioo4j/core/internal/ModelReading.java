package io.github.facilioo4j.core.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.io.IOException;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * The property readers of the generated models' Jackson 2 deserializers. Each reads the value at
 * the parser's current token, the one after the property name. The token the API sends (a number
 * for an integer, a string for a text) is read directly; any other token is handed to the mapper's
 * own deserializer for the type, so that coercions and errors are exactly Jackson's, under the
 * mapper's settings. {@code null} reads as {@code null}, as Jackson's setters get it. Stateless and
 * thread-safe; for generated code only.
 */
public final class ModelReading {
  private ModelReading() {}

  /**
   * Reads an {@code Integer}.
   *
   * @param parser the parser, at the value
   * @param context the context of the read
   * @return the value, or {@code null} for JSON {@code null}
   * @throws IOException when the value is no integer that fits, as Jackson reports it
   */
  public static @Nullable Integer integer(JsonParser parser, DeserializationContext context)
      throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NUMBER_INT
        && parser.getNumberType() == JsonParser.NumberType.INT) {
      return parser.getIntValue();
    }
    return value(parser, context, Integer.class);
  }

  /**
   * Reads a {@code String}.
   *
   * @param parser the parser, at the value
   * @param context the context of the read
   * @return the value, or {@code null} for JSON {@code null}
   * @throws IOException when the value cannot be read as text, as Jackson reports it
   */
  public static @Nullable String text(JsonParser parser, DeserializationContext context)
      throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_STRING) {
      return parser.getText();
    }
    return value(parser, context, String.class);
  }

  /**
   * Reads a {@code Boolean}.
   *
   * @param parser the parser, at the value
   * @param context the context of the read
   * @return the value, or {@code null} for JSON {@code null}
   * @throws IOException when the value is no boolean, as Jackson reports it
   */
  public static @Nullable Boolean bool(JsonParser parser, DeserializationContext context)
      throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_TRUE) {
      return Boolean.TRUE;
    }
    if (token == JsonToken.VALUE_FALSE) {
      return Boolean.FALSE;
    }
    return value(parser, context, Boolean.class);
  }

  /**
   * Reads a timestamp from its JSON text with {@link Timestamps#parse}, as the models' Jackson 3
   * path does.
   *
   * @param parser the parser, at the value
   * @param context the context of the read
   * @return the value, or {@code null} for JSON {@code null} and blank text
   * @throws IOException when the value is no ISO-8601 date-time; the message does not repeat it
   */
  public static @Nullable OffsetDateTime timestamp(
      JsonParser parser, DeserializationContext context) throws IOException {
    String text = text(parser, context);
    try {
      return Timestamps.parse(text);
    } catch (IllegalArgumentException e) {
      throw JsonMappingException.from(parser, e.getMessage(), e);
    }
  }

  /**
   * Reads a value of another type with the mapper's own deserializer for it.
   *
   * @param parser the parser, at the value
   * @param context the context of the read
   * @param type the value's class
   * @param <T> the value's type
   * @return the value, or {@code null} for JSON {@code null}
   * @throws IOException when the value cannot be read as {@code type}, as Jackson reports it
   */
  public static <T> @Nullable T value(
      JsonParser parser, DeserializationContext context, Class<T> type) throws IOException {
    return parser.currentToken() == JsonToken.VALUE_NULL ? null : context.readValue(parser, type);
  }

  /**
   * Reads a value of any JSON shape, as Jackson's any-setter would get it.
   *
   * @param parser the parser, at the value
   * @param context the context of the read
   * @return {@code null}, a {@code Boolean}, {@code Number}, {@code String}, {@code List} or {@code
   *     Map}
   * @throws IOException when the JSON is malformed
   */
  public static @Nullable Object any(JsonParser parser, DeserializationContext context)
      throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_STRING) {
      return parser.getText();
    }
    return value(parser, context, Object.class);
  }

  /**
   * Adds the property to a failure's path, as Jackson's bean deserializer does: with {@link
   * DeserializationFeature#WRAP_EXCEPTIONS} (Jackson's default) a Jackson exception or a runtime
   * exception becomes a {@link JsonMappingException} whose path ends with the property; any other
   * {@link IOException}, and everything when the feature is off, stays as it is.
   *
   * @param failure what went wrong reading the property
   * @param model the model class being read
   * @param property the JSON property name
   * @param context the context of the read
   * @return the failure to throw
   * @throws RuntimeException {@code failure} itself, when it is one that is not to be wrapped
   */
  public static IOException atProperty(
      Exception failure, Class<?> model, String property, DeserializationContext context) {
    boolean wrap = context.isEnabled(DeserializationFeature.WRAP_EXCEPTIONS);
    if (failure instanceof IOException) {
      if (!wrap || !(failure instanceof JsonProcessingException)) {
        return (IOException) failure;
      }
    } else if (!wrap && failure instanceof RuntimeException) {
      throw (RuntimeException) failure;
    }
    return JsonMappingException.wrapWithPath(failure, model, property);
  }
}

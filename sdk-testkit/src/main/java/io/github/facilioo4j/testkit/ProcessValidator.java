package io.github.facilioo4j.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.facilioo4j.core.internal.JsonFields;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks ProcessCreate and ProcessUpdate bodies as the ASP.NET Core model binding of the real API
 * would: JSON type errors keyed {@code $.field}, attribute errors keyed by the PascalCase property.
 */
final class ProcessValidator {
  enum Type {
    INT("System.Int32"),
    STRING("System.String"),
    BOOLEAN("System.Boolean"),
    DATE_TIME("System.DateTimeOffset");

    final String dotnet;

    Type(String dotnet) {
      this.dotnet = dotnet;
    }
  }

  /** One writable ProcessCreate/ProcessUpdate property. */
  static final class Field {
    final String json;
    final String pascal;
    final Type type;
    final boolean required;
    final boolean positive;

    Field(String json, Type type, boolean required, boolean positive) {
      this.json = json;
      this.pascal = Character.toUpperCase(json.charAt(0)) + json.substring(1);
      this.type = type;
      this.required = required;
      this.positive = positive;
    }
  }

  static final List<Field> FIELDS = new ArrayList<>();

  static {
    FIELDS.add(new Field("accountId", Type.INT, false, true));
    FIELDS.add(new Field("subject", Type.STRING, false, false));
    FIELDS.add(new Field("report", Type.STRING, true, false));
    FIELDS.add(new Field("contactId", Type.INT, true, true));
    FIELDS.add(new Field("typeId", Type.INT, true, true));
    FIELDS.add(new Field("stageId", Type.INT, false, true));
    FIELDS.add(new Field("isFinished", Type.BOOLEAN, false, false));
    FIELDS.add(new Field("finishDate", Type.DATE_TIME, false, false));
    FIELDS.add(new Field("unitId", Type.INT, true, true));
    FIELDS.add(new Field("externalId", Type.STRING, false, false));
  }

  private final ProcessStore store;

  ProcessValidator(ProcessStore store) {
    this.store = store;
  }

  /**
   * Validates a create ({@code patch == false}) or update body.
   *
   * @param out receives the normalised fields that were present (camelCase names)
   * @return the errors; empty when valid
   */
  Map<String, List<String>> validate(ObjectNode body, boolean patch, ObjectNode out) {
    // System.Text.Json in ASP.NET's web defaults matches property names case-insensitively.
    Map<String, JsonNode> present = new HashMap<>();
    for (Map.Entry<String, JsonNode> e : JsonFields.of(body)) {
      present.put(e.getKey().toLowerCase(Locale.ROOT), e.getValue());
    }
    Map<String, List<String>> conversion = new LinkedHashMap<>();
    Map<String, List<String>> errors = new LinkedHashMap<>();
    for (Field field : FIELDS) {
      JsonNode value = present.get(field.json.toLowerCase(Locale.ROOT));
      if (value == null || value.isNull()) {
        if (field.required && (!patch || value != null)) {
          add(errors, field.pascal, "The " + field.pascal + " field is required.");
        } else if (value != null) {
          out.set(field.json, clearedValue(field));
        }
        continue;
      }
      JsonNode converted = convert(field, value);
      if (converted == null) {
        add(
            conversion,
            "$." + field.json,
            "The JSON value could not be converted to "
                + field.type.dotnet
                + ". Path: $."
                + field.json
                + ".");
        continue;
      }
      if (field.required && field.type == Type.STRING && converted.asText().trim().isEmpty()) {
        add(errors, field.pascal, "The " + field.pascal + " field is required.");
        continue;
      }
      if (field.positive && converted.asInt() < 1) {
        add(
            errors,
            field.pascal,
            "The field " + field.pascal + " must be between 1 and 2147483647.");
        continue;
      }
      if (field.json.equals("unitId") && store.hasUnits() && !store.unitKnown(converted.asInt())) {
        add(errors, field.pascal, "The unit " + converted.asInt() + " does not exist.");
        continue;
      }
      out.set(field.json, converted);
    }
    // A JSON conversion error stops model binding, so attribute errors are not reported with it.
    return conversion.isEmpty() ? errors : conversion;
  }

  private static JsonNode clearedValue(Field field) {
    // Clearing isFinished means "not finished"; every other optional field becomes null.
    return field.type == Type.BOOLEAN
        ? JsonNodeFactory.instance.booleanNode(false)
        : JsonNodeFactory.instance.nullNode();
  }

  private static JsonNode convert(Field field, JsonNode value) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    switch (field.type) {
      case INT:
        return value.isIntegralNumber() && value.canConvertToInt()
            ? f.numberNode(value.asInt())
            : null;
      case STRING:
        return value.isTextual() ? value : null;
      case BOOLEAN:
        return value.isBoolean() ? value : null;
      default:
        if (!value.isTextual()) {
          return null;
        }
        OffsetDateTime parsed = parseDateTime(value.asText());
        return parsed == null ? null : f.textNode(parsed.toString());
    }
  }

  static OffsetDateTime parseDateTime(String text) {
    try {
      TemporalAccessor parsed =
          DateTimeFormatter.ISO_DATE_TIME.parseBest(
              text.trim(), OffsetDateTime::from, LocalDateTime::from);
      return parsed instanceof OffsetDateTime
          ? (OffsetDateTime) parsed
          : ((LocalDateTime) parsed).atOffset(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  static void add(Map<String, List<String>> errors, String key, String message) {
    errors.computeIfAbsent(key, k -> new ArrayList<>()).add(message);
  }
}

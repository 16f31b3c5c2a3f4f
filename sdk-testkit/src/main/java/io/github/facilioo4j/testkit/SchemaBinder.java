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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Binds parameters and JSON bodies to their spec schemas as ASP.NET Core's model binding does: JSON
 * type errors keyed {@code $.field} (and then nothing else is reported), attribute errors ({@code
 * required}, {@code minLength}, {@code x-not-blank}, {@code minimum}/{@code maximum}) keyed by the
 * PascalCase property name.
 */
final class SchemaBinder {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private SchemaBinder() {}

  /**
   * Binds a body; property names match case-insensitively, as System.Text.Json's web defaults do.
   *
   * @param out receives the present properties, converted, under their declared names
   * @return the errors; empty when valid
   */
  static Map<String, List<String>> bindBody(
      Spec spec, JsonNode root, JsonNode schemaRef, ObjectNode body, ObjectNode out) {
    JsonNode schema = spec.resolve(root, schemaRef);
    Set<String> required = new HashSet<>();
    schema.path("required").forEach(n -> required.add(n.asText()));
    Map<String, JsonNode> present = new HashMap<>();
    JsonFields.of(body).forEach(e -> present.put(lower(e.getKey()), e.getValue()));
    Map<String, List<String>> conversion = new LinkedHashMap<>();
    Map<String, List<String>> errors = new LinkedHashMap<>();
    for (String name : spec.propertyNames(root, schema)) {
      JsonNode property = spec.resolve(root, schema.path("properties").path(name));
      String pascal = pascal(name);
      JsonNode value = present.get(lower(name));
      if (value == null) {
        if (required.contains(name)) {
          add(errors, pascal, "The " + pascal + " field is required.");
        }
        continue;
      }
      if (value.isNull()) {
        if (property.path("nullable").asBoolean(false)) {
          out.set(name, property.has("default") ? property.get("default") : F.nullNode());
        } else {
          add(errors, pascal, "The " + pascal + " field is required.");
        }
        continue;
      }
      JsonNode converted = convert(property, value);
      if (converted == null) {
        add(
            conversion,
            "$." + name,
            "The JSON value could not be converted to "
                + dotnetType(property)
                + ". Path: $."
                + name
                + ".");
        continue;
      }
      String error = check(withIdMinimum(name, property), pascal, converted);
      if (error != null) {
        add(errors, pascal, error);
        continue;
      }
      out.set(name, converted);
    }
    // A JSON conversion error stops model binding, so attribute errors are not reported with it.
    return conversion.isEmpty() ? errors : conversion;
  }

  /**
   * An id ({@code id}, {@code unitId}, ...) is at least 1, as the API's {@code [Range]} attributes
   * say, where the spec does not state a minimum itself.
   */
  private static JsonNode withIdMinimum(String name, JsonNode property) {
    boolean id = name.equals("id") || name.endsWith("Id");
    return id && "integer".equals(property.path("type").asText()) && !property.has("minimum")
        ? ((com.fasterxml.jackson.databind.node.ObjectNode) property.deepCopy()).put("minimum", 1)
        : property;
  }

  /**
   * Binds query or path parameters from text; names match case-insensitively and a missing one
   * takes the schema's {@code default}.
   */
  static void bindParams(
      List<SpecOperation.Param> params,
      Map<String, List<String>> raw,
      ObjectNode out,
      Map<String, List<String>> errors) {
    for (SpecOperation.Param param : params) {
      String pascal = pascal(param.name);
      String text = null;
      for (Map.Entry<String, List<String>> e : raw.entrySet()) {
        if (e.getKey().equalsIgnoreCase(param.name) && !e.getValue().isEmpty()) {
          text = e.getValue().get(0);
        }
      }
      if (text == null) {
        if (param.required) {
          add(errors, pascal, "The " + pascal + " field is required.");
        } else if (param.schema.has("default")) {
          out.set(param.name, param.schema.get("default"));
        }
        continue;
      }
      JsonNode converted = fromText(param.schema, text.trim());
      if (converted == null) {
        add(errors, pascal, "The value '" + text + "' is not valid for " + pascal + ".");
        continue;
      }
      String error = check(param.schema, pascal, converted);
      if (error != null) {
        add(errors, pascal, error);
      }
      out.set(param.name, converted);
    }
  }

  /** Whether a path segment has the parameter's type, as an ASP.NET route constraint checks. */
  static boolean fitsRoute(SpecOperation.Param param, String segment) {
    return fromText(param.schema, segment) != null;
  }

  private static JsonNode fromText(JsonNode schema, String text) {
    String type = schema.path("type").asText("string");
    if (type.equals("integer")) {
      try {
        return F.numberNode(Integer.parseInt(text));
      } catch (NumberFormatException e) {
        return null;
      }
    }
    if (type.equals("boolean")) {
      return text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")
          ? F.booleanNode(Boolean.parseBoolean(text))
          : null;
    }
    return F.textNode(text);
  }

  private static JsonNode convert(JsonNode schema, JsonNode value) {
    switch (schema.path("type").asText("")) {
      case "integer":
        return value.isIntegralNumber() && value.canConvertToInt()
            ? F.numberNode(value.asInt())
            : null;
      case "number":
        return value.isNumber() ? value : null;
      case "boolean":
        return value.isBoolean() ? value : null;
      case "string":
        if (!value.isTextual()) {
          return null;
        }
        if (!"date-time".equals(schema.path("format").asText())) {
          return value;
        }
        OffsetDateTime parsed = parseDateTime(value.asText());
        return parsed == null ? null : F.textNode(SandboxTime.format(parsed));
      default:
        return value;
    }
  }

  private static String check(JsonNode schema, String pascal, JsonNode value) {
    if (value.isTextual()) {
      String text = value.asText();
      int minLength = schema.path("minLength").asInt(0);
      if (schema.path("x-not-blank").asBoolean(false) && text.trim().isEmpty()
          || minLength == 1 && text.isEmpty()) {
        // [Required] on a string: empty and whitespace-only text count as missing.
        return "The " + pascal + " field is required.";
      }
      if (text.length() < minLength) {
        return "The field "
            + pascal
            + " must be a string or array type with a minimum length of '"
            + minLength
            + "'.";
      }
      if (schema.has("maxLength") && text.length() > schema.get("maxLength").asInt()) {
        return "The field "
            + pascal
            + " must be a string or array type with a maximum length of '"
            + schema.get("maxLength").asInt()
            + "'.";
      }
    }
    if (value.isIntegralNumber() && (schema.has("minimum") || schema.has("maximum"))) {
      long min = schema.path("minimum").asLong(Integer.MIN_VALUE);
      long max = schema.path("maximum").asLong(Integer.MAX_VALUE);
      if (value.asLong() < min || value.asLong() > max) {
        return "The field " + pascal + " must be between " + min + " and " + max + ".";
      }
    }
    return null;
  }

  private static String dotnetType(JsonNode schema) {
    switch (schema.path("type").asText("")) {
      case "integer":
        return "int64".equals(schema.path("format").asText()) ? "System.Int64" : "System.Int32";
      case "number":
        return "System.Double";
      case "boolean":
        return "System.Boolean";
      case "string":
        return "date-time".equals(schema.path("format").asText())
            ? "System.DateTimeOffset"
            : "System.String";
      default:
        return "System.Object";
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

  static String pascal(String name) {
    return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  static void add(Map<String, List<String>> errors, String key, String message) {
    errors.computeIfAbsent(key, k -> new ArrayList<>()).add(message);
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}

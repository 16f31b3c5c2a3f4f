package io.github.facilioo4j.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.facilioo4j.core.internal.JsonFields;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks HTTP answers against the OpenAPI document with a JSON-schema validator: the status must be
 * declared for the operation, the media type too, the body must match the declared schema (formats
 * such as date-time asserted) and every header sent must be declared. The OpenAPI 3.0 schemas are
 * turned into draft-7 JSON Schema first ({@code nullable: true} adds {@code "null"} to the type).
 */
final class SpecContract {
  /** Headers every HTTP server sends, which an API document does not declare. */
  private static final Set<String> TRANSPORT_HEADERS =
      Set.of("content-type", "content-length", "date", "connection", "transfer-encoding");

  private final JsonNode document;
  private final ObjectNode jsonSchemaRoot;
  private final JsonSchemaFactory factory =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);

  SpecContract(String resource) {
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
      document = new ObjectMapper(new YAMLFactory()).readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    jsonSchemaRoot = new ObjectMapper().createObjectNode();
    jsonSchemaRoot.set("components", toJsonSchema(document.get("components")));
  }

  JsonNode operation(String operationId) {
    for (Map.Entry<String, JsonNode> path : JsonFields.of(document.get("paths"))) {
      for (Map.Entry<String, JsonNode> op : JsonFields.of(path.getValue())) {
        if (operationId.equals(op.getValue().path("operationId").asText(null))) {
          return op.getValue();
        }
      }
    }
    throw new IllegalArgumentException("no operation " + operationId);
  }

  List<String> operationIds() {
    List<String> ids = new ArrayList<>();
    document
        .get("paths")
        .forEach(
            p ->
                p.forEach(
                    op -> {
                      if (op.has("operationId")) {
                        ids.add(op.get("operationId").asText());
                      }
                    }));
    return ids;
  }

  /** The names of the header parameters an operation declares, lower case. */
  List<String> requestHeaders(String operationId) {
    List<String> names = new ArrayList<>();
    for (JsonNode p : operation(operationId).path("parameters")) {
      JsonNode param = resolve(p);
      if (param.path("in").asText().equals("header")) {
        names.add(param.get("name").asText().toLowerCase(Locale.ROOT));
      }
    }
    return names;
  }

  /** Every way the answer breaks the document; empty when it conforms. */
  List<String> violations(
      String operationId, int status, Map<String, List<String>> headers, String body) {
    List<String> violations = new ArrayList<>();
    String where = operationId + " " + status + ": ";
    JsonNode response = operation(operationId).path("responses").get(String.valueOf(status));
    if (response == null) {
      violations.add(where + "status not declared");
      return violations;
    }
    response = resolve(response);
    JsonNode declaredHeaders = response.path("headers");
    for (String name : headers.keySet()) {
      String lower = name.toLowerCase(Locale.ROOT);
      boolean declared = false;
      for (String d : (Iterable<String>) declaredHeaders::fieldNames) {
        declared |= d.equalsIgnoreCase(lower);
      }
      if (!declared && !TRANSPORT_HEADERS.contains(lower)) {
        violations.add(where + "header not declared: " + name);
      }
    }
    String contentType = first(headers, "content-type");
    if (body.isEmpty()) {
      return violations;
    }
    String mediaType = contentType == null ? "" : contentType.split(";")[0].trim();
    JsonNode content = response.path("content").get(mediaType);
    if (content == null) {
      violations.add(where + "media type not declared: " + contentType);
      return violations;
    }
    if (!mediaType.endsWith("json")) {
      // An HTML or text page is declared as a string: any text is one.
      return violations;
    }
    ObjectNode schemaDoc = jsonSchemaRoot.deepCopy();
    ArrayNode allOf = schemaDoc.putArray("allOf");
    allOf.add(toJsonSchema(content.get("schema")));
    JsonSchema schema = factory.getSchema(schemaDoc);
    try {
      for (ValidationMessage m : schema.validate(new ObjectMapper().readTree(body))) {
        violations.add(where + m.getMessage());
      }
    } catch (IOException e) {
      violations.add(where + "body is not JSON: " + body);
    }
    return violations;
  }

  private JsonNode resolve(JsonNode node) {
    JsonNode current = node;
    while (current.has("$ref")) {
      current = document.at(current.get("$ref").asText().substring(1));
    }
    return current;
  }

  private static String first(Map<String, List<String>> headers, String name) {
    for (Map.Entry<String, List<String>> e : headers.entrySet()) {
      if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
        return e.getValue().get(0);
      }
    }
    return null;
  }

  /** OpenAPI 3.0 schema objects to draft-7 JSON Schema; everything else is copied. */
  static JsonNode toJsonSchema(JsonNode node) {
    if (node.isArray()) {
      ArrayNode copy = new ObjectMapper().createArrayNode();
      node.forEach(n -> copy.add(toJsonSchema(n)));
      return copy;
    }
    if (!node.isObject()) {
      return node;
    }
    ObjectNode copy = new ObjectMapper().createObjectNode();
    for (Map.Entry<String, JsonNode> e : JsonFields.of(node)) {
      if (!e.getKey().equals("nullable")
          && !e.getKey().startsWith("x-")
          && !e.getKey().equals("example")) {
        copy.set(e.getKey(), toJsonSchema(e.getValue()));
      }
    }
    if (node.path("nullable").asBoolean(false) && node.has("type")) {
      copy.putArray("type").add(node.get("type").asText()).add("null");
    }
    return copy;
  }
}

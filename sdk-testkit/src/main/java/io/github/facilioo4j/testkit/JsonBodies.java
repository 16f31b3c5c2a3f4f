package io.github.facilioo4j.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads JSON request bodies and writes JSON answers, with ASP.NET-style errors. */
final class JsonBodies {
  private JsonBodies() {}

  /** Reads a JSON object body, or the 400/415 answer explaining why it cannot be read. */
  static Parsed parseObject(HttpRequestData request, String traceId) {
    String contentType = request.header("Content-Type");
    String mediaType =
        contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
    if (!(mediaType.equals("application/json") || mediaType.endsWith("+json"))) {
      return new Parsed(
          null,
          Problems.problem(
              415,
              "Unsupported Media Type",
              "Send the body as application/json, not '"
                  + (contentType == null ? "" : contentType)
                  + "'.",
              traceId));
    }
    Map<String, List<String>> errors = new LinkedHashMap<>();
    if (request.body.length == 0) {
      SchemaBinder.add(errors, "", "A non-empty request body is required.");
      return new Parsed(null, Problems.validation(errors, traceId));
    }
    JsonNode node;
    try {
      node = SandboxJson.mapper().readTree(request.body);
    } catch (JsonProcessingException e) {
      String at =
          e.getLocation() == null
              ? ""
              : " LineNumber: "
                  + (e.getLocation().getLineNr() - 1)
                  + " | BytePositionInLine: "
                  + Math.max(0, e.getLocation().getColumnNr() - 1)
                  + ".";
      SchemaBinder.add(errors, "$", "The request body is not valid JSON. Path: $ |" + at);
      return new Parsed(null, Problems.validation(errors, traceId));
    } catch (IOException e) {
      SchemaBinder.add(errors, "$", "The request body could not be read.");
      return new Parsed(null, Problems.validation(errors, traceId));
    }
    if (node == null || !node.isObject()) {
      SchemaBinder.add(
          errors, "$", "The JSON value could not be converted to the request type. Path: $.");
      return new Parsed(null, Problems.validation(errors, traceId));
    }
    return new Parsed((ObjectNode) node, null);
  }

  static String requiredText(
      ObjectNode body, String name, String pascal, Map<String, List<String>> errors) {
    JsonNode value = body.get(name);
    if (value == null || !value.isTextual() || value.asText().trim().isEmpty()) {
      SchemaBinder.add(errors, pascal, "The " + pascal + " field is required.");
      return null;
    }
    return value.asText();
  }

  static HttpResponseData json(int status, JsonNode body) {
    return HttpResponseData.of(status, Problems.JSON, SandboxJson.write(body));
  }

  /** The outcome of reading a JSON object body. */
  static final class Parsed {
    final ObjectNode body;
    final HttpResponseData error;

    Parsed(ObjectNode body, HttpResponseData error) {
      this.body = body;
      this.error = error;
    }
  }
}

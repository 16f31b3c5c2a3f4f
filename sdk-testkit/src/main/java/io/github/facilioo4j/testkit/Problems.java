package io.github.facilioo4j.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/** Builds ASP.NET Core-style {@code application/problem+json} responses. */
final class Problems {
  static final String PROBLEM_JSON = "application/problem+json; charset=utf-8";
  static final String JSON = "application/json; charset=utf-8";
  static final String VALIDATION_TITLE = "One or more validation errors occurred.";

  private Problems() {}

  static HttpResponseData problem(int status, String title, String detail, String traceId) {
    ObjectNode body = base(status, title, traceId);
    if (detail != null) {
      body.put("detail", detail);
    }
    return respond(status, body);
  }

  static HttpResponseData validation(Map<String, List<String>> errors, String traceId) {
    ObjectNode body = base(400, VALIDATION_TITLE, traceId);
    ObjectNode errorsNode = body.putObject("errors");
    for (Map.Entry<String, List<String>> e : errors.entrySet()) {
      ArrayNode messages = errorsNode.putArray(e.getKey());
      e.getValue().forEach(messages::add);
    }
    // ASP.NET writes traceId last; keep the same order for realism.
    JsonNode trace = body.remove("traceId");
    body.set("traceId", trace);
    return respond(400, body);
  }

  static HttpResponseData respond(int status, JsonNode body) {
    return HttpResponseData.of(status, PROBLEM_JSON, SandboxJson.write(body));
  }

  private static ObjectNode base(int status, String title, String traceId) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("type", typeFor(status));
    body.put("title", title);
    body.put("status", status);
    body.put("traceId", traceId);
    return body;
  }

  static String typeFor(int status) {
    switch (status) {
      case 400:
        return "https://tools.ietf.org/html/rfc9110#section-15.5.1";
      case 401:
        return "https://tools.ietf.org/html/rfc9110#section-15.5.2";
      case 403:
        return "https://tools.ietf.org/html/rfc9110#section-15.5.4";
      case 404:
        return "https://tools.ietf.org/html/rfc9110#section-15.5.5";
      case 405:
        return "https://tools.ietf.org/html/rfc9110#section-15.5.6";
      case 413:
        return "https://tools.ietf.org/html/rfc9110#section-15.5.14";
      case 415:
        return "https://tools.ietf.org/html/rfc9110#section-15.5.16";
      case 429:
        return "https://tools.ietf.org/html/rfc6585#section-4";
      case 503:
        return "https://tools.ietf.org/html/rfc9110#section-15.6.4";
      default:
        return status >= 500 ? "https://tools.ietf.org/html/rfc9110#section-15.6.1" : "about:blank";
    }
  }
}

package io.github.facilioo4j.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One operation of the spec: its route, parameters, body schema and answer schemas. */
final class SpecOperation {
  final Spec spec;
  final JsonNode root;
  final String method;
  final String template;
  final String operationId;
  final boolean authenticated;
  final List<Param> pathParams = new ArrayList<>();
  final List<Param> queryParams = new ArrayList<>();

  /** The request body's schema, or null when the operation takes no body. */
  final JsonNode bodySchema;

  /** The schema name of a 200 answer ({@code ProcessRead}), or null. */
  final String resultSchema;

  /** The item schema name when a 200 answer is a page ({@code ProcessRead}), or null. */
  final String pageItem;

  private final Pattern pattern;
  private final List<String> pathNames = new ArrayList<>();

  SpecOperation(Spec spec, JsonNode root, String method, String template, JsonNode pathItem) {
    JsonNode op = pathItem.get(method.toLowerCase(java.util.Locale.ROOT));
    this.spec = spec;
    this.root = root;
    this.method = method;
    this.template = template;
    this.operationId = op.path("operationId").asText(method + " " + template);
    JsonNode security = op.has("security") ? op.get("security") : root.path("security");
    this.authenticated = security.size() > 0;
    addParams(pathItem.path("parameters"));
    addParams(op.path("parameters"));
    JsonNode body =
        spec.resolve(root, op.path("requestBody")).path("content").path("application/json");
    this.bodySchema = body.has("schema") ? body.get("schema") : null;
    JsonNode ok =
        spec.resolve(root, op.path("responses").path("200"))
            .path("content")
            .path("application/json");
    JsonNode okSchema = ok.get("schema");
    this.resultSchema = Spec.refName(okSchema);
    this.pageItem =
        op.has("x-page-item") ? op.get("x-page-item").asText() : pageItemOf(resultSchema);
    StringBuilder regex = new StringBuilder();
    Matcher m = Pattern.compile("\\{([^}]+)}").matcher(template);
    int last = 0;
    while (m.find()) {
      regex.append(Pattern.quote(template.substring(last, m.start()))).append("([^/]+)");
      pathNames.add(m.group(1));
      last = m.end();
    }
    regex.append(Pattern.quote(template.substring(last)));
    this.pattern = Pattern.compile(regex.toString());
  }

  /** The raw path values by parameter name when {@code path} fits the template, else null. */
  Map<String, String> match(String path) {
    Matcher m = pattern.matcher(path);
    if (!m.matches()) {
      return null;
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < pathNames.size(); i++) {
      values.put(pathNames.get(i), m.group(i + 1));
    }
    return values;
  }

  private String pageItemOf(String schemaName) {
    JsonNode schema = schemaName == null ? null : spec.schema(schemaName);
    JsonNode items = schema == null ? null : schema.path("properties").path("items");
    return items == null || !"array".equals(items.path("type").asText())
        ? null
        : Spec.refName(items.get("items"));
  }

  private void addParams(JsonNode params) {
    for (JsonNode p : params) {
      JsonNode param = spec.resolve(root, p);
      Param parsed =
          new Param(
              param.path("name").asText(),
              param.path("required").asBoolean(false),
              spec.resolve(root, param.path("schema")));
      String in = param.path("in").asText();
      if (in.equals("path")) {
        pathParams.add(parsed);
      } else if (in.equals("query")) {
        queryParams.add(parsed);
      }
    }
  }

  @Override
  public String toString() {
    return method + " " + template;
  }

  /** A path or query parameter and its (resolved) schema. */
  static final class Param {
    final String name;
    final boolean required;
    final JsonNode schema;

    Param(String name, boolean required, JsonNode schema) {
      this.name = name;
      this.required = required;
      this.schema = schema;
    }
  }
}

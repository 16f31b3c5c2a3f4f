package io.github.facilioo4j.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.facilioo4j.core.internal.JsonFields;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The OpenAPI documents the sandbox serves, read from the classpath ({@code openapi/*.yaml}, packed
 * into the testkit jar). Routes, parameters, body rules and answer shapes all come from here.
 */
final class Spec {
  /** The documents on the classpath, packed from {@code openapi/}; a new module adds its file. */
  static final List<String> DOCUMENTS = Collections.singletonList("openapi/processes.yaml");

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final String[] METHODS = {"get", "put", "post", "delete", "patch", "head"};

  private final List<JsonNode> roots;
  private final List<SpecOperation> operations = new ArrayList<>();

  private Spec(List<JsonNode> roots) {
    this.roots = roots;
    for (JsonNode root : roots) {
      for (Map.Entry<String, JsonNode> path : JsonFields.of(root.path("paths"))) {
        for (String method : METHODS) {
          JsonNode operation = path.getValue().get(method);
          if (operation != null) {
            operations.add(
                new SpecOperation(
                    this, root, method.toUpperCase(Locale.ROOT), path.getKey(), path.getValue()));
          }
        }
      }
    }
  }

  /** Loads the {@link #DOCUMENTS}; fails loudly, since a sandbox without its spec is a bug. */
  static Spec load() {
    return load(DOCUMENTS);
  }

  /** Loads the given classpath resources. */
  static Spec load(List<String> resources) {
    List<JsonNode> roots = new ArrayList<>();
    for (String resource : resources) {
      // Through the class first: on the module path a module reads its own resources that way.
      InputStream found = Spec.class.getResourceAsStream("/" + resource);
      try (InputStream in =
          found != null ? found : Spec.class.getClassLoader().getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("missing on the classpath: " + resource);
        }
        roots.add(YAML.readTree(in));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + resource, e);
      }
    }
    return new Spec(roots);
  }

  List<SpecOperation> operations() {
    return operations;
  }

  /** Follows a local {@code $ref} (repeatedly) within the document {@code root}. */
  JsonNode resolve(JsonNode root, JsonNode node) {
    JsonNode current = node;
    for (int hops = 0; current != null && current.has("$ref") && hops < 16; hops++) {
      String ref = current.get("$ref").asText();
      if (!ref.startsWith("#/")) {
        throw new IllegalStateException("only local $refs are supported: " + ref);
      }
      current = root.at(ref.substring(1));
      if (current.isMissingNode()) {
        throw new IllegalStateException("unresolved $ref: " + ref);
      }
    }
    return current;
  }

  /** The named schema under {@code components/schemas} of any document, or null. */
  JsonNode schema(String name) {
    for (JsonNode root : roots) {
      JsonNode schema = root.path("components").path("schemas").get(name);
      if (schema != null) {
        return schema;
      }
    }
    return null;
  }

  /** The root of the document that defines schema {@code name}, for resolving its refs. */
  JsonNode rootOf(String name) {
    for (JsonNode root : roots) {
      if (root.path("components").path("schemas").has(name)) {
        return root;
      }
    }
    return null;
  }

  /** The property names of a schema, in declared order (allOf parts included). */
  List<String> propertyNames(JsonNode root, JsonNode schema) {
    List<String> names = new ArrayList<>();
    JsonNode s = resolve(root, schema);
    for (JsonNode part : s.path("allOf")) {
      names.addAll(propertyNames(root, part));
    }
    s.path("properties").fieldNames().forEachRemaining(names::add);
    return names;
  }

  /** The name of the schema a {@code $ref} points to, e.g. {@code ProcessRead}, or null. */
  static String refName(JsonNode schema) {
    JsonNode ref = schema == null ? null : schema.get("$ref");
    if (ref == null) {
      return null;
    }
    String text = ref.asText();
    return text.substring(text.lastIndexOf('/') + 1);
  }
}

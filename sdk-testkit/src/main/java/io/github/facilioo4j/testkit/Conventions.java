package io.github.facilioo4j.testkit;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the sandbox answers for an operation no area handles itself, from the route's shape alone:
 * {@code GET /api/things} lists collection {@code things}, {@code GET /api/things/{id}} retrieves
 * one, and {@code GET /api/owners/{id}/things} lists the things whose {@code ownerId} field matches
 * (the path parameter's name when it ends in {@code Id}; 404 when owners are stored but not this
 * one). So a read-only resource added to the spec is served with its seed data and no code.
 */
final class Conventions {
  private static final Pattern LIST = Pattern.compile("/api/([a-z-]+)");
  private static final Pattern ONE = Pattern.compile("/api/([a-z-]+)/\\{(\\w+)}");
  private static final Pattern NESTED = Pattern.compile("/api/([a-z-]+)/\\{(\\w+)}/([a-z-]+)");

  private final SandboxStore store;

  Conventions(SandboxStore store) {
    this.store = store;
  }

  /** The handler for {@code operation}, or null when its shape has no convention. */
  SandboxArea.Handler handlerFor(SpecOperation operation) {
    if (!operation.method.equals("GET")) {
      return null;
    }
    Matcher m;
    if (operation.pageItem != null && (m = LIST.matcher(operation.template)).matches()) {
      String collection = m.group(1);
      return call -> call.page(store.list(collection, r -> true));
    }
    if (operation.resultSchema != null && (m = ONE.matcher(operation.template)).matches()) {
      String collection = m.group(1);
      String param = m.group(2);
      return call -> {
        int id = call.intParam(param);
        return store.get(collection, id) == null
            ? call.notFound(notFound(collection, id))
            : call.ok(store.get(collection, id));
      };
    }
    if (operation.pageItem != null && (m = NESTED.matcher(operation.template)).matches()) {
      String parent = m.group(1);
      String param = m.group(2);
      String collection = m.group(3);
      String field = param.endsWith("Id") ? param : idField(parent);
      return call -> {
        int id = call.intParam(param);
        if (store.size(parent) > 0 && store.get(parent, id) == null) {
          return call.notFound(notFound(parent, id));
        }
        return call.page(store.list(collection, r -> r.path(field).asInt(-1) == id));
      };
    }
    return null;
  }

  /**
   * For a change of one record ({@code PATCH /api/things/{id}}): the 404 detail when that record
   * does not exist, checked before the body is validated; else null.
   */
  String missingTarget(SpecOperation operation, com.fasterxml.jackson.databind.JsonNode params) {
    Matcher m = ONE.matcher(operation.template);
    if (operation.method.equals("GET") || !m.matches()) {
      return null;
    }
    int id = params.path(m.group(2)).asInt();
    return store.get(m.group(1), id) == null ? notFound(m.group(1), id) : null;
  }

  /** {@code processTypeId} for collection {@code process-types}. */
  static String idField(String collection) {
    String[] words = SandboxArea.singular(collection).toLowerCase(java.util.Locale.ROOT).split(" ");
    StringBuilder field = new StringBuilder(words[0]);
    for (int i = 1; i < words.length; i++) {
      field.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
    }
    return field.append("Id").toString();
  }

  /** {@code "Process 7 does not exist."} for collection {@code processes}. */
  static String notFound(String collection, int id) {
    return SandboxArea.singular(collection) + " " + id + " does not exist.";
  }
}

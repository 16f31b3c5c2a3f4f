package io.github.facilioo4j.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** The Processes endpoints: create, retrieve, PATCH and the three paged lists. */
final class ProcessEndpoints {
  private static final int DEFAULT_PAGE_SIZE = 10;
  private static final int MAX_PAGE_SIZE = 100;

  private final ProcessStore store;
  private final ProcessValidator validator;

  ProcessEndpoints(ProcessStore store) {
    this.store = store;
    this.validator = new ProcessValidator(store);
  }

  HttpResponseData listAll(HttpRequestData request, String traceId) {
    return list(request, traceId, p -> true);
  }

  HttpResponseData listOfProperty(HttpRequestData request, int propertyId, String traceId) {
    if (store.hasUnits() && !store.propertyKnown(propertyId)) {
      return Problems.problem(
          404, "Not Found", "Property " + propertyId + " does not exist.", traceId);
    }
    return list(request, traceId, p -> Integer.valueOf(propertyId).equals(propertyOf(p)));
  }

  HttpResponseData listOfUnit(HttpRequestData request, int unitId, String traceId) {
    if (store.hasUnits() && !store.unitKnown(unitId)) {
      return Problems.problem(404, "Not Found", "Unit " + unitId + " does not exist.", traceId);
    }
    return list(request, traceId, p -> p.path("unitId").asInt(-1) == unitId);
  }

  HttpResponseData create(HttpRequestData request, String traceId) {
    JsonBodies.Parsed parsed = JsonBodies.parseObject(request, traceId);
    if (parsed.error != null) {
      return parsed.error;
    }
    ObjectNode fields = JsonNodeFactory.instance.objectNode();
    Map<String, List<String>> errors = validator.validate(parsed.body, false, fields);
    if (!errors.isEmpty()) {
      return Problems.validation(errors, traceId);
    }
    return JsonBodies.json(200, store.create(fields));
  }

  HttpResponseData retrieve(int id, String traceId) {
    ObjectNode process = store.get(id);
    return process == null ? notFound(id, traceId) : JsonBodies.json(200, process);
  }

  HttpResponseData patch(HttpRequestData request, int id, String traceId) {
    JsonBodies.Parsed parsed = JsonBodies.parseObject(request, traceId);
    if (parsed.error != null) {
      return parsed.error;
    }
    if (store.get(id) == null) {
      return notFound(id, traceId);
    }
    ObjectNode changes = JsonNodeFactory.instance.objectNode();
    Map<String, List<String>> errors = validator.validate(parsed.body, true, changes);
    if (!errors.isEmpty()) {
      return Problems.validation(errors, traceId);
    }
    ObjectNode updated = store.patch(id, changes);
    return updated == null ? notFound(id, traceId) : JsonBodies.json(200, updated);
  }

  private HttpResponseData list(
      HttpRequestData request, String traceId, Predicate<ObjectNode> filter) {
    Map<String, List<String>> query = request.queryParameters();
    Map<String, List<String>> errors = new LinkedHashMap<>();
    int pageNumber = intParam(query, "pageNumber", "PageNumber", 1, Integer.MAX_VALUE, 1, errors);
    int pageSize =
        intParam(query, "pageSize", "PageSize", 1, MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE, errors);
    if (!errors.isEmpty()) {
      return Problems.validation(errors, traceId);
    }
    List<ObjectNode> all = store.list(filter);
    int total = all.size();
    int totalPages = (total + pageSize - 1) / pageSize;
    long from = (long) (pageNumber - 1) * pageSize;
    int first = (int) Math.min(from, total);
    int last = (int) Math.min(from + pageSize, total);
    ObjectNode envelope = JsonNodeFactory.instance.objectNode();
    ArrayNode items = envelope.putArray("items");
    all.subList(first, last).forEach(items::add);
    envelope.put("pageNumber", pageNumber);
    envelope.put("pageSize", pageSize);
    envelope.put("totalPages", totalPages);
    envelope.put("totalCount", total);
    envelope.put("hasPreviousPage", pageNumber > 1);
    envelope.put("hasNextPage", pageNumber < totalPages);
    String range = first < last ? (first + 1) + "-" + last + "/" + total : "*/" + total;
    return JsonBodies.json(200, envelope).header("content-range", range);
  }

  private static int intParam(
      Map<String, List<String>> query,
      String name,
      String pascal,
      int min,
      int max,
      int fallback,
      Map<String, List<String>> errors) {
    List<String> values = null;
    for (Map.Entry<String, List<String>> e : query.entrySet()) {
      if (e.getKey().equalsIgnoreCase(name)) {
        values = e.getValue();
      }
    }
    if (values == null || values.isEmpty()) {
      return fallback;
    }
    String raw = values.get(0).trim();
    int value;
    try {
      value = Integer.parseInt(raw);
    } catch (NumberFormatException e) {
      ProcessValidator.add(
          errors, pascal, "The value '" + values.get(0) + "' is not valid for " + pascal + ".");
      return fallback;
    }
    if (value < min || value > max) {
      ProcessValidator.add(
          errors, pascal, "The field " + pascal + " must be between " + min + " and " + max + ".");
    }
    return value;
  }

  private Integer propertyOf(ObjectNode process) {
    JsonNode unit = process.get("unitId");
    return unit == null || !unit.canConvertToInt() ? null : store.propertyOf(unit.asInt());
  }

  private static HttpResponseData notFound(int id, String traceId) {
    return Problems.problem(404, "Not Found", "Process " + id + " does not exist.", traceId);
  }
}

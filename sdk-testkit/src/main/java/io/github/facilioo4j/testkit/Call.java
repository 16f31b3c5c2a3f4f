package io.github.facilioo4j.testkit;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * One request matched to a spec operation, with its parameters and body already bound and valid,
 * and the answers a handler gives.
 */
final class Call {
  final SpecOperation operation;
  final HttpRequestData request;
  final String traceId;

  /** Path and query parameters by their spec names, converted to their types. */
  final ObjectNode params;

  /** The bound body (declared properties that were present), or null without a body. */
  final ObjectNode body;

  Call(
      SpecOperation operation,
      HttpRequestData request,
      String traceId,
      ObjectNode params,
      ObjectNode body) {
    this.operation = operation;
    this.request = request;
    this.traceId = traceId;
    this.params = params;
    this.body = body;
  }

  int intParam(String name) {
    return params.path(name).asInt();
  }

  HttpResponseData ok(ObjectNode record) {
    return JsonBodies.json(200, record);
  }

  HttpResponseData notFound(String detail) {
    return Problems.problem(404, "Not Found", detail, traceId);
  }

  HttpResponseData invalid(Map<String, List<String>> errors) {
    return Problems.validation(errors, traceId);
  }

  /** One page of {@code all}, as the paging parameters ask, with its {@code content-range}. */
  HttpResponseData page(List<ObjectNode> all) {
    int pageNumber = params.path("pageNumber").asInt(1);
    int pageSize = params.path("pageSize").asInt(10);
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
}

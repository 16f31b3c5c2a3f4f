package io.github.facilioo4j.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Routes each request through faults, versioning, authentication and the Processes handlers. */
final class SandboxApi implements LoopbackHttpServer.Handler {
  static final String SUPPORTED_VERSIONS = "1.0, 2.0";
  private static final Pattern PROCESS = Pattern.compile("/api/processes/(\\d{1,9})");
  private static final Pattern PROPERTY_PROCESSES =
      Pattern.compile("/api/properties/(\\d{1,9})/processes");
  private static final Pattern UNIT_PROCESSES = Pattern.compile("/api/units/(\\d{1,9})/processes");
  private static final int DEFAULT_PAGE_SIZE = 10;
  private static final int MAX_PAGE_SIZE = 100;

  private final ProcessStore store;
  private final ProcessValidator validator;
  private final TokenAuthority authority;
  private final Faults.Queue faults;
  private final RequestLog log;
  private final FaciliooSandbox.Sleeper sleeper;

  SandboxApi(
      ProcessStore store,
      TokenAuthority authority,
      Faults.Queue faults,
      RequestLog log,
      FaciliooSandbox.Sleeper sleeper) {
    this.store = store;
    this.validator = new ProcessValidator(store);
    this.authority = authority;
    this.faults = faults;
    this.log = log;
    this.sleeper = sleeper;
  }

  @Override
  public HttpResponseData handle(HttpRequestData request) throws InterruptedException {
    String traceId = newTraceId();
    Faults.Rule fault = faults.take(request.method, request.path);
    log.record(request, fault == null ? null : fault.describe());
    HttpResponseData response;
    if (fault != null) {
      switch (fault.kind) {
        case STATUS:
          response =
              Problems.problem(fault.status, HttpResponseData.reason(fault.status), null, traceId);
          if (fault.duration != null) {
            response.header("Retry-After", String.valueOf(fault.duration.getSeconds()));
          }
          return decorate(response, traceId);
        case HTML_502:
          return decorate(
              HttpResponseData.of(
                  502,
                  "text/html; charset=utf-8",
                  "<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>"),
              traceId);
        case DROP_BEFORE:
          return HttpResponseData.dropConnection();
        case DELAY:
          sleeper.sleep(fault.duration);
          break;
        case STALL:
          fault.stall.hold();
          break;
        default:
          route(request, traceId);
          return HttpResponseData.dropConnection();
      }
    }
    response = route(request, traceId);
    if (fault != null && fault.stall != null) {
      fault.stall.processed();
    }
    return decorate(response, traceId);
  }

  private static HttpResponseData decorate(HttpResponseData response, String traceId) {
    response.header("api-supported-versions", SUPPORTED_VERSIONS);
    response.header("x-request-id", traceId);
    return response;
  }

  private HttpResponseData route(HttpRequestData request, String traceId) {
    String path = request.path;
    if (path.length() > 1 && path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    String method = request.method.toUpperCase(Locale.ROOT);
    Matcher m;
    Endpoint endpoint;
    if (path.equals("/api/auth/login") && authority.loginEnabled()) {
      endpoint = new Endpoint(false, "POST");
    } else if (path.equals("/api/auth/refresh") && authority.refreshEnabled()) {
      endpoint = new Endpoint(false, "POST");
    } else if (path.equals("/api/processes")) {
      endpoint = new Endpoint(true, "GET", "POST");
    } else if ((m = PROCESS.matcher(path)).matches()) {
      endpoint = new Endpoint(true, "GET", "PATCH");
      endpoint.id = Integer.parseInt(m.group(1));
    } else if ((m = PROPERTY_PROCESSES.matcher(path)).matches()
        || (m = UNIT_PROCESSES.matcher(path)).matches()) {
      endpoint = new Endpoint(true, "GET");
      endpoint.id = Integer.parseInt(m.group(1));
    } else {
      return Problems.problem(
          404,
          "Not Found",
          "No route matches " + request.method + " " + request.path + ".",
          traceId);
    }
    HttpResponseData versionError = checkVersion(request, traceId);
    if (versionError != null) {
      return versionError;
    }
    if (!endpoint.methods.contains(method)) {
      return Problems.problem(405, "Method Not Allowed", null, traceId)
          .header("Allow", String.join(", ", endpoint.methods));
    }
    if (endpoint.authenticated) {
      String challenge = authority.check(request.header("Authorization"));
      if (challenge != null) {
        return Problems.problem(401, "Unauthorized", null, traceId)
            .header("WWW-Authenticate", challenge);
      }
    }
    if (path.equals("/api/auth/login")) {
      return login(request, traceId);
    }
    if (path.equals("/api/auth/refresh")) {
      return refresh(request, traceId);
    }
    if (path.equals("/api/processes")) {
      return method.equals("POST") ? create(request, traceId) : list(request, traceId, p -> true);
    }
    if (path.startsWith("/api/processes/")) {
      return method.equals("GET")
          ? retrieve(endpoint.id, traceId)
          : patch(request, endpoint.id, traceId);
    }
    int id = endpoint.id;
    if (path.startsWith("/api/properties/")) {
      if (store.hasUnits() && !store.propertyKnown(id)) {
        return Problems.problem(404, "Not Found", "Property " + id + " does not exist.", traceId);
      }
      return list(request, traceId, p -> Integer.valueOf(id).equals(propertyOf(p)));
    }
    if (store.hasUnits() && !store.unitKnown(id)) {
      return Problems.problem(404, "Not Found", "Unit " + id + " does not exist.", traceId);
    }
    return list(request, traceId, p -> p.path("unitId").asInt(-1) == id);
  }

  private Integer propertyOf(ObjectNode process) {
    JsonNode unit = process.get("unitId");
    return unit == null || !unit.canConvertToInt() ? null : store.propertyOf(unit.asInt());
  }

  private static HttpResponseData checkVersion(HttpRequestData request, String traceId) {
    List<String> values = request.headers.get("api-version");
    if (values == null) {
      return null;
    }
    for (String value : values) {
      String v = value.trim();
      if (!(v.equals("1") || v.equals("1.0") || v.equals("2") || v.equals("2.0"))) {
        return Problems.problem(
            400,
            "Unsupported API version",
            "The HTTP resource that matches the request URI '"
                + request.path
                + "' does not support the API version '"
                + v
                + "'.",
            traceId);
      }
    }
    return null;
  }

  private HttpResponseData create(HttpRequestData request, String traceId) {
    Parsed parsed = parseObject(request, traceId);
    if (parsed.error != null) {
      return parsed.error;
    }
    ObjectNode fields = JsonNodeFactory.instance.objectNode();
    Map<String, List<String>> errors = validator.validate(parsed.body, false, fields);
    if (!errors.isEmpty()) {
      return Problems.validation(errors, traceId);
    }
    return json(200, store.create(fields));
  }

  private HttpResponseData retrieve(int id, String traceId) {
    ObjectNode process = store.get(id);
    return process == null ? notFound(id, traceId) : json(200, process);
  }

  private HttpResponseData patch(HttpRequestData request, int id, String traceId) {
    Parsed parsed = parseObject(request, traceId);
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
    return updated == null ? notFound(id, traceId) : json(200, updated);
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
    return json(200, envelope).header("content-range", range);
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

  private HttpResponseData login(HttpRequestData request, String traceId) {
    Parsed parsed = parseObject(request, traceId);
    if (parsed.error != null) {
      return parsed.error;
    }
    Map<String, List<String>> errors = new LinkedHashMap<>();
    String email = requiredText(parsed.body, "email", "Email", errors);
    String password = requiredText(parsed.body, "password", "Password", errors);
    if (!errors.isEmpty()) {
      return Problems.validation(errors, traceId);
    }
    ObjectNode tokens = authority.login(email, password);
    if (tokens == null) {
      return Problems.problem(401, "Unauthorized", "Invalid email or password.", traceId);
    }
    return json(200, tokens);
  }

  private HttpResponseData refresh(HttpRequestData request, String traceId) {
    Parsed parsed = parseObject(request, traceId);
    if (parsed.error != null) {
      return parsed.error;
    }
    Map<String, List<String>> errors = new LinkedHashMap<>();
    String refreshToken = requiredText(parsed.body, "refreshToken", "RefreshToken", errors);
    if (!errors.isEmpty()) {
      return Problems.validation(errors, traceId);
    }
    ObjectNode tokens = authority.refresh(refreshToken);
    if (tokens == null) {
      return Problems.problem(
          401, "Unauthorized", "The refresh token is unknown, expired or already used.", traceId);
    }
    return json(200, tokens);
  }

  private static String requiredText(
      ObjectNode body, String name, String pascal, Map<String, List<String>> errors) {
    JsonNode value = body.get(name);
    if (value == null || !value.isTextual() || value.asText().trim().isEmpty()) {
      ProcessValidator.add(errors, pascal, "The " + pascal + " field is required.");
      return null;
    }
    return value.asText();
  }

  /** Reads a JSON object body, or the 400/415 answer explaining why it cannot be read. */
  private static Parsed parseObject(HttpRequestData request, String traceId) {
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
      ProcessValidator.add(errors, "", "A non-empty request body is required.");
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
      ProcessValidator.add(errors, "$", "The request body is not valid JSON. Path: $ |" + at);
      return new Parsed(null, Problems.validation(errors, traceId));
    } catch (IOException e) {
      ProcessValidator.add(errors, "$", "The request body could not be read.");
      return new Parsed(null, Problems.validation(errors, traceId));
    }
    if (node == null || !node.isObject()) {
      ProcessValidator.add(
          errors, "$", "The JSON value could not be converted to the request type. Path: $.");
      return new Parsed(null, Problems.validation(errors, traceId));
    }
    return new Parsed((ObjectNode) node, null);
  }

  private static HttpResponseData notFound(int id, String traceId) {
    return Problems.problem(404, "Not Found", "Process " + id + " does not exist.", traceId);
  }

  private static HttpResponseData json(int status, JsonNode body) {
    return HttpResponseData.of(status, Problems.JSON, SandboxJson.write(body));
  }

  static String newTraceId() {
    ThreadLocalRandom r = ThreadLocalRandom.current();
    return String.format("00-%016x%016x-%016x-00", r.nextLong(), r.nextLong(), r.nextLong());
  }

  /** The outcome of reading a JSON object body. */
  private static final class Parsed {
    final ObjectNode body;
    final HttpResponseData error;

    Parsed(ObjectNode body, HttpResponseData error) {
      this.body = body;
      this.error = error;
    }
  }

  /** A matched route: whether it needs a bearer token and which methods it serves. */
  private static final class Endpoint {
    final boolean authenticated;
    final Set<String> methods;
    int id;

    Endpoint(boolean authenticated, String... methods) {
      this.authenticated = authenticated;
      this.methods = new LinkedHashSet<>(Arrays.asList(methods));
    }
  }
}

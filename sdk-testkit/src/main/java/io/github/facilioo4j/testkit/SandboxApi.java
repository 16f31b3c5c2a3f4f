package io.github.facilioo4j.testkit;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.facilioo4j.core.Sleeper;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes each request through faults, the spec's routes, versioning, authentication, the spec's
 * parameter and body rules, and then the handler of its operation.
 */
final class SandboxApi implements SandboxHttpServer.Handler {
  static final String SUPPORTED_VERSIONS = "1.0, 2.0";

  private static final Logger LOG = LoggerFactory.getLogger(SandboxApi.class);

  private final SpecRouter router;
  private final Conventions conventions;
  private final Map<SpecOperation, SandboxArea.Handler> handlers = new HashMap<>();
  private final AuthEndpoints auth;
  private final TokenAuthority authority;
  private final Faults.Queue faults;
  private final RequestLog log;
  private final Sleeper sleeper;

  SandboxApi(
      Spec spec,
      SandboxStore store,
      List<SandboxArea> areas,
      TokenAuthority authority,
      Faults.Queue faults,
      RequestLog log,
      Sleeper sleeper) {
    this.router = new SpecRouter(spec.operations());
    this.conventions = new Conventions(store);
    Map<String, SandboxArea.Handler> byId = new HashMap<>();
    areas.forEach(area -> byId.putAll(area.handlers()));
    for (SpecOperation operation : spec.operations()) {
      SandboxArea.Handler handler = byId.get(operation.operationId);
      handlers.put(operation, handler != null ? handler : conventions.handlerFor(operation));
    }
    this.auth = new AuthEndpoints(authority);
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
    try {
      return dispatch(request, traceId);
    } catch (RuntimeException e) {
      // A bug in the sandbox must show up as a 500 in the test, not as a silently closed
      // connection.
      LOG.error("facilioo sandbox failed on {} {}", request.method, request.path, e);
      return Problems.problem(500, "Internal Server Error", "The sandbox failed: " + e, traceId);
    }
  }

  private HttpResponseData dispatch(HttpRequestData request, String traceId) {
    String path = request.path;
    if (path.length() > 1 && path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    String method = request.method.toUpperCase(Locale.ROOT);
    boolean login = path.equals("/api/auth/login") && authority.loginEnabled();
    boolean refresh = path.equals("/api/auth/refresh") && authority.refreshEnabled();
    SpecRouter.Match match = router.find(method, path);
    if (!login && !refresh && !match.routeExists()) {
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
    if (login || refresh) {
      if (!method.equals("POST")) {
        return Problems.problem(405, "Method Not Allowed", null, traceId).header("Allow", "POST");
      }
      return login ? auth.login(request, traceId) : auth.refresh(request, traceId);
    }
    SpecOperation operation = match.operation;
    if (operation == null) {
      return Problems.problem(405, "Method Not Allowed", null, traceId)
          .header("Allow", String.join(", ", match.allowed));
    }
    if (operation.authenticated) {
      String challenge = authority.check(request.header("Authorization"));
      if (challenge != null) {
        return Problems.problem(401, "Unauthorized", null, traceId)
            .header("WWW-Authenticate", challenge);
      }
    }
    return answer(operation, match, request, traceId);
  }

  private HttpResponseData answer(
      SpecOperation operation, SpecRouter.Match match, HttpRequestData request, String traceId) {
    ObjectNode params = JsonNodeFactory.instance.objectNode();
    Map<String, List<String>> errors = new LinkedHashMap<>();
    Map<String, List<String>> pathValues = new LinkedHashMap<>();
    match.pathValues.forEach((k, v) -> pathValues.put(k, Collections.singletonList(v)));
    SchemaBinder.bindParams(operation.pathParams, pathValues, params, errors);
    SchemaBinder.bindParams(operation.queryParams, request.queryParameters(), params, errors);
    if (!errors.isEmpty()) {
      return Problems.validation(errors, traceId);
    }
    ObjectNode body = null;
    if (operation.bodySchema != null) {
      JsonBodies.Parsed parsed = JsonBodies.parseObject(request, traceId);
      if (parsed.error != null) {
        return parsed.error;
      }
      String missing = conventions.missingTarget(operation, params);
      if (missing != null) {
        return Problems.problem(404, "Not Found", missing, traceId);
      }
      body = JsonNodeFactory.instance.objectNode();
      errors =
          SchemaBinder.bindBody(
              operation.spec, operation.root, operation.bodySchema, parsed.body, body);
      if (!errors.isEmpty()) {
        return Problems.validation(errors, traceId);
      }
    }
    SandboxArea.Handler handler = handlers.get(operation);
    if (handler == null) {
      return Problems.problem(
          501, "Not Implemented", "The sandbox does not serve " + operation + " yet.", traceId);
    }
    return handler.answer(new Call(operation, request, traceId, params, body));
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

  static String newTraceId() {
    ThreadLocalRandom r = ThreadLocalRandom.current();
    return String.format("00-%016x%016x-%016x-00", r.nextLong(), r.nextLong(), r.nextLong());
  }
}

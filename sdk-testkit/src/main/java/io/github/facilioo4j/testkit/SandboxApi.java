package io.github.facilioo4j.testkit;

import io.github.facilioo4j.core.Sleeper;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Routes each request through faults, versioning, authentication and the Processes handlers. */
final class SandboxApi implements SandboxHttpServer.Handler {
  static final String SUPPORTED_VERSIONS = "1.0, 2.0";
  private static final Pattern PROCESS = Pattern.compile("/api/processes/(\\d{1,9})");
  private static final Pattern PROPERTY_PROCESSES =
      Pattern.compile("/api/properties/(\\d{1,9})/processes");
  private static final Pattern UNIT_PROCESSES = Pattern.compile("/api/units/(\\d{1,9})/processes");

  private static final Logger LOG = LoggerFactory.getLogger(SandboxApi.class);

  private final ProcessEndpoints processes;
  private final AuthEndpoints auth;
  private final TokenAuthority authority;
  private final Faults.Queue faults;
  private final RequestLog log;
  private final Sleeper sleeper;

  SandboxApi(
      ProcessStore store,
      TokenAuthority authority,
      Faults.Queue faults,
      RequestLog log,
      Sleeper sleeper) {
    this.processes = new ProcessEndpoints(store);
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
      return auth.login(request, traceId);
    }
    if (path.equals("/api/auth/refresh")) {
      return auth.refresh(request, traceId);
    }
    if (path.equals("/api/processes")) {
      return method.equals("POST")
          ? processes.create(request, traceId)
          : processes.listAll(request, traceId);
    }
    if (path.startsWith("/api/processes/")) {
      return method.equals("GET")
          ? processes.retrieve(endpoint.id, traceId)
          : processes.patch(request, endpoint.id, traceId);
    }
    return path.startsWith("/api/properties/")
        ? processes.listOfProperty(request, endpoint.id, traceId)
        : processes.listOfUnit(request, endpoint.id, traceId);
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

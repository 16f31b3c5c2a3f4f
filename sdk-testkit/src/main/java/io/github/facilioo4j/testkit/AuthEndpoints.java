package io.github.facilioo4j.testkit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code POST /api/auth/login} and {@code POST /api/auth/refresh}. */
final class AuthEndpoints {
  private final TokenAuthority authority;

  AuthEndpoints(TokenAuthority authority) {
    this.authority = authority;
  }

  HttpResponseData login(HttpRequestData request, String traceId) {
    JsonBodies.Parsed parsed = JsonBodies.parseObject(request, traceId);
    if (parsed.error != null) {
      return parsed.error;
    }
    Map<String, List<String>> errors = new LinkedHashMap<>();
    String email = JsonBodies.requiredText(parsed.body, "email", "Email", errors);
    String password = JsonBodies.requiredText(parsed.body, "password", "Password", errors);
    if (!errors.isEmpty()) {
      return Problems.validation(errors, traceId);
    }
    ObjectNode tokens = authority.login(email, password);
    if (tokens == null) {
      return Problems.problem(401, "Unauthorized", "Invalid email or password.", traceId);
    }
    return JsonBodies.json(200, tokens);
  }

  /**
   * Takes the refresh token as the bearer of a request without body, as the API's client code sends
   * it, or in the body {@code {"refreshToken": "..."}}, the form the SDK falls back to.
   */
  HttpResponseData refresh(HttpRequestData request, String traceId) {
    String bearer = request.header("Authorization");
    if (request.body.length == 0 && bearer != null && bearer.startsWith("Bearer ")) {
      return tokens(authority.refresh(bearer.substring("Bearer ".length()).trim()), traceId);
    }
    JsonBodies.Parsed parsed = JsonBodies.parseObject(request, traceId);
    if (parsed.error != null) {
      return parsed.error;
    }
    Map<String, List<String>> errors = new LinkedHashMap<>();
    String refreshToken =
        JsonBodies.requiredText(parsed.body, "refreshToken", "RefreshToken", errors);
    if (!errors.isEmpty()) {
      return Problems.validation(errors, traceId);
    }
    return tokens(authority.refresh(refreshToken), traceId);
  }

  private static HttpResponseData tokens(ObjectNode tokens, String traceId) {
    if (tokens == null) {
      return Problems.problem(
          401, "Unauthorized", "The refresh token is unknown, expired or already used.", traceId);
    }
    return JsonBodies.json(200, tokens);
  }
}

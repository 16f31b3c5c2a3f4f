package io.github.facilioo4j.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SandboxAuthenticationTest {
  static final String LOGIN =
      "{\"email\":\"anna@example.com\",\"password\":\"s3cret!\","
          + "\"skipMultiFactorAuthentication\":false}";

  final FakeClock clock = new FakeClock(Instant.parse("2026-11-29T10:00:00Z"));
  FaciliooSandbox sandbox;
  SandboxHttp http;

  FaciliooSandbox.Builder builder() {
    return FaciliooSandbox.builder().clock(clock);
  }

  void start(FaciliooSandbox.Builder builder, String token) {
    sandbox = builder.start();
    http = new SandboxHttp(sandbox.baseUrl(), token);
  }

  @AfterEach
  void stop() {
    http.close();
    sandbox.close();
  }

  @Test
  void requestsWithoutAValidBearerTokenGet401WithAProblemBody() throws Exception {
    start(builder().validToken("good"), null);

    SandboxHttp.Result missing = http.get("/api/processes");
    assertEquals(401, missing.status);
    assertTrue(missing.header("Content-Type").startsWith("application/problem+json"));
    assertEquals("Bearer", missing.header("WWW-Authenticate"));
    JsonNode problem = missing.json();
    assertEquals(401, problem.get("status").asInt());
    assertEquals("Unauthorized", problem.get("title").asText());
    assertEquals(missing.header("x-request-id"), problem.get("traceId").asText());

    assertEquals(401, http.get("/api/processes", "Authorization", "Bearer bad").status);
    assertEquals(401, http.get("/api/processes", "Authorization", "Basic good").status);
    assertEquals(
        401,
        http.get("/api/processes", "Authorization", "Bearer " + FaciliooSandbox.DEFAULT_TOKEN)
            .status);
    assertEquals(200, http.get("/api/processes", "Authorization", "Bearer good").status);
    assertEquals(200, http.get("/api/processes", "Authorization", "bearer good").status);
  }

  @Test
  void withoutConfiguredTokensTheDefaultTokenIsAccepted() throws Exception {
    start(builder(), FaciliooSandbox.DEFAULT_TOKEN);

    assertEquals(200, http.get("/api/processes").status);
    assertEquals(401, http.get("/api/processes", "Authorization", "Bearer other").status);
  }

  @Test
  void loginIssuesAJwtWhoseExpiryFollowsTheInjectedClock() throws Exception {
    start(
        builder().user("anna@example.com", "s3cret!").tokenLifetime(Duration.ofMinutes(30)), null);

    SandboxHttp.Result login = http.post("/api/auth/login", LOGIN);

    assertEquals(200, login.status);
    assertFalse(login.json().has("refreshToken"));
    String token = login.json().get("accessToken").asText();
    String[] parts = token.split("\\.");
    assertEquals(3, parts.length);
    JsonNode header = decode(parts[0]);
    JsonNode payload = decode(parts[1]);
    assertEquals("JWT", header.get("typ").asText());
    long issuedAt = Instant.parse("2026-11-29T10:00:00Z").getEpochSecond();
    assertEquals(issuedAt + 1800, payload.get("exp").asLong());
    assertEquals(issuedAt, payload.get("nbf").asLong());
    assertTrue(payload.get("iss").asText().startsWith("https://"));
    assertTrue(payload.get("sub").asText().contains("\"accountId\":1"));
    assertEquals("2026-11-29T10:30:00Z", login.json().get("expiresAt").asText());

    assertEquals(200, http.get("/api/processes", "Authorization", "Bearer " + token).status);
    clock.advance(Duration.ofMinutes(29));
    assertEquals(200, http.get("/api/processes", "Authorization", "Bearer " + token).status);
    clock.advance(Duration.ofMinutes(1));
    SandboxHttp.Result expired = http.get("/api/processes", "Authorization", "Bearer " + token);
    assertEquals(401, expired.status);
    assertTrue(expired.header("WWW-Authenticate").contains("error=\"invalid_token\""));
    assertTrue(expired.header("WWW-Authenticate").contains("expired"));
  }

  @Test
  void tamperedTokensAreRejected() throws Exception {
    start(builder().user("anna@example.com", "s3cret!"), null);
    String token = http.post("/api/auth/login", LOGIN).json().get("accessToken").asText();
    String[] parts = token.split("\\.");
    String forgedPayload =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(
                decode(parts[1])
                    .toString()
                    .replace("\"exp\":", "\"exp\":9")
                    .getBytes(StandardCharsets.UTF_8));

    String forged = parts[0] + "." + forgedPayload + "." + parts[2];
    assertEquals(401, http.get("/api/processes", "Authorization", "Bearer " + forged).status);
  }

  @Test
  void wrongCredentialsGet401AndMissingOnesA400() throws Exception {
    start(builder().user("anna@example.com", "s3cret!"), null);

    SandboxHttp.Result wrong =
        http.post("/api/auth/login", "{\"email\":\"anna@example.com\",\"password\":\"nope\"}");
    assertEquals(401, wrong.status);
    assertEquals(401, wrong.json().get("status").asInt());
    assertFalse(wrong.text.contains("nope"));

    SandboxHttp.Result missing = http.post("/api/auth/login", "{\"email\":\"anna@example.com\"}");
    assertEquals(400, missing.status);
    assertEquals(
        "The Password field is required.",
        missing.json().get("errors").get("Password").get(0).asText());
  }

  @Test
  void refreshTokensAreOptionalAndSingleUse() throws Exception {
    start(builder().user("anna@example.com", "s3cret!").refreshTokens(true), null);

    JsonNode login = http.post("/api/auth/login", LOGIN).json();
    String refreshToken = login.get("refreshToken").asText();
    clock.advance(Duration.ofMinutes(10));

    SandboxHttp.Result refreshed =
        http.post("/api/auth/refresh", "{\"refreshToken\":\"" + refreshToken + "\"}");
    assertEquals(200, refreshed.status);
    String newToken = refreshed.json().get("accessToken").asText();
    assertNotEquals(login.get("accessToken").asText(), newToken);
    assertEquals(
        Instant.parse("2026-11-29T11:10:00Z").getEpochSecond(),
        decode(newToken.split("\\.")[1]).get("exp").asLong());
    assertNotEquals(refreshToken, refreshed.json().get("refreshToken").asText());

    assertEquals(
        401, http.post("/api/auth/refresh", "{\"refreshToken\":\"" + refreshToken + "\"}").status);
    assertEquals(400, http.post("/api/auth/refresh", "{}").status);
  }

  @Test
  void refreshIsNotServedUnlessEnabled() throws Exception {
    start(builder().user("anna@example.com", "s3cret!"), null);

    assertEquals(404, http.post("/api/auth/refresh", "{\"refreshToken\":\"x\"}").status);
  }

  @Test
  void supportedApiVersionsAreAcceptedAndOthersGet400() throws Exception {
    start(builder(), FaciliooSandbox.DEFAULT_TOKEN);

    for (String version : new String[] {"1", "1.0", "2", "2.0"}) {
      SandboxHttp.Result r = http.get("/api/processes", "api-version", version);
      assertEquals(200, r.status, version);
      assertEquals("1.0, 2.0", r.header("api-supported-versions"));
    }
    assertEquals(200, http.get("/api/processes").status);

    SandboxHttp.Result bad = http.get("/api/processes", "api-version", "3.0");
    assertEquals(400, bad.status);
    assertTrue(bad.header("Content-Type").startsWith("application/problem+json"));
    assertEquals("Unsupported API version", bad.json().get("title").asText());
    assertTrue(bad.json().get("detail").asText().contains("'3.0'"));
    assertEquals("1.0, 2.0", bad.header("api-supported-versions"));
    // The version is checked before authentication, as API versioning selects the endpoint first.
    assertEquals(
        400, http.get("/api/processes", "api-version", "v2", "Authorization", null).status);
  }

  @Test
  void toStringShowsNeitherTokensNorPasswords() {
    FaciliooSandbox.Builder builder = builder().validToken("tok-123").user("a@b.c", "pw-456");
    start(builder, null);

    for (String text : new String[] {builder.toString(), sandbox.toString()}) {
      assertFalse(text.contains("tok-123"), text);
      assertFalse(text.contains("pw-456"), text);
    }
  }

  static JsonNode decode(String part) throws Exception {
    return SandboxHttp.MAPPER.readTree(Base64.getUrlDecoder().decode(part));
  }
}

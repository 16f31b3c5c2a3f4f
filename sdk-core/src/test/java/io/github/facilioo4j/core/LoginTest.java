package io.github.facilioo4j.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.facilioo4j.core.errors.MfaRequiredException;
import io.github.facilioo4j.core.errors.RateLimitException;
import io.github.facilioo4j.core.errors.ServerException;
import io.github.facilioo4j.core.errors.UnauthorizedException;
import io.github.facilioo4j.core.internal.Json;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

class LoginTest extends ClientTestSupport {
  static final String EMAIL = "sync@acme.example";
  static final String PASSWORD = "s3cret-pw";

  /** A JWT whose payload carries {@code exp}; the signature part is a dummy. */
  String jwt(String name, Duration lifetime) {
    return jwtExpiringAt(name, clock.instant().plus(lifetime).getEpochSecond());
  }

  static String jwtExpiringAt(String name, long exp) {
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    String header = b64.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8));
    String payload =
        b64.encodeToString(
            ("{\"sub\":\"" + name + "\",\"exp\":" + exp + "}").getBytes(StandardCharsets.UTF_8));
    return header + "." + payload + ".c2ln";
  }

  static MockResponse login(String accessToken) {
    return json(200, "{\"accessToken\":\"" + accessToken + "\"}");
  }

  LoginTokenProvider provider() {
    return LoginTokenProvider.builder().email(EMAIL).password(PASSWORD).build();
  }

  FaciliooClient loginClient(LoginTokenProvider provider) {
    return client(b -> b.tokenProvider(provider));
  }

  @Test
  void loginPostsTheCredentialsAndUsesTheAccessToken() throws Exception {
    String token = jwt("a", Duration.ofHours(1));
    server.enqueue(login(token));
    server.enqueue(json(200, "{}"));

    loginClient(provider()).execute(get("/api/accounts/myself"), JsonNode.class);

    RecordedRequest login = server.takeRequest();
    assertEquals("POST", login.getMethod());
    assertEquals("/api/auth/login", login.getPath());
    assertNull(login.getHeader("Authorization"));
    assertEquals("2.0", login.getHeader("api-version"));
    assertEquals(
        Json.mapper()
            .readTree(
                "{\"email\":\""
                    + EMAIL
                    + "\",\"password\":\""
                    + PASSWORD
                    + "\",\"skipMultiFactorAuthentication\":false}"),
        Json.mapper().readTree(login.getBody().readUtf8()));
    RecordedRequest call = server.takeRequest();
    assertEquals("/api/accounts/myself", call.getPath());
    assertEquals("Bearer " + token, call.getHeader("Authorization"));
  }

  @Test
  void tokenIsReusedUntilTheRenewalMarginBeforeItsExpiry() throws Exception {
    String first = jwt("first", Duration.ofHours(1));
    String second = jwt("second", Duration.ofHours(2));
    server.enqueue(login(first));
    server.enqueue(json(200, "{}"));
    server.enqueue(json(200, "{}"));
    server.enqueue(login(second));
    server.enqueue(json(200, "{}"));
    FaciliooClient client = loginClient(provider());

    client.execute(get("/api/a"), JsonNode.class);
    clock.advance(Duration.ofMinutes(58).plusSeconds(59)); // 61 s before expiry: still fresh
    client.execute(get("/api/b"), JsonNode.class);
    clock.advance(Duration.ofSeconds(1)); // 60 s before expiry: renewed
    client.execute(get("/api/c"), JsonNode.class);

    assertEquals("/api/auth/login", server.takeRequest().getPath());
    assertEquals("Bearer " + first, server.takeRequest().getHeader("Authorization"));
    assertEquals("Bearer " + first, server.takeRequest().getHeader("Authorization"));
    assertEquals("/api/auth/login", server.takeRequest().getPath());
    assertEquals("Bearer " + second, server.takeRequest().getHeader("Authorization"));
  }

  @Test
  void renewalMarginIsConfigurable() throws Exception {
    server.enqueue(login(jwt("first", Duration.ofHours(1))));
    server.enqueue(json(200, "{}"));
    server.enqueue(login(jwt("second", Duration.ofHours(2))));
    server.enqueue(json(200, "{}"));
    LoginTokenProvider provider =
        LoginTokenProvider.builder()
            .email(EMAIL)
            .password(PASSWORD)
            .renewalMargin(Duration.ofMinutes(10))
            .build();
    FaciliooClient client = loginClient(provider);

    client.execute(get("/api/a"), JsonNode.class);
    clock.advance(Duration.ofMinutes(50));
    client.execute(get("/api/b"), JsonNode.class);

    assertEquals(4, server.getRequestCount());
  }

  @Test
  void renewalUsesTheRefreshTokenWhenTheLoginGaveOne() throws Exception {
    String first = jwt("first", Duration.ofHours(1));
    String second = jwt("second", Duration.ofHours(2));
    server.enqueue(json(200, "{\"accessToken\":\"" + first + "\",\"refreshToken\":\"r-1\"}"));
    server.enqueue(json(200, "{}"));
    server.enqueue(json(200, "{\"accessToken\":\"" + second + "\"}"));
    server.enqueue(json(200, "{}"));
    FaciliooClient client = loginClient(provider());

    client.execute(get("/api/a"), JsonNode.class);
    clock.advance(Duration.ofHours(1));
    client.execute(get("/api/b"), JsonNode.class);

    server.takeRequest();
    server.takeRequest();
    RecordedRequest refresh = server.takeRequest();
    assertEquals("POST", refresh.getMethod());
    assertEquals("/api/auth/refresh", refresh.getPath());
    assertEquals("Bearer r-1", refresh.getHeader("Authorization"));
    assertEquals(0, refresh.getBodySize());
    assertEquals("Bearer " + second, server.takeRequest().getHeader("Authorization"));
    assertEquals(4, server.getRequestCount());
  }

  @Test
  void aServerRefusingTheBearerRefreshGetsTheBodyFormOnceAndThenOnly() throws Exception {
    String first = jwt("first", Duration.ofHours(1));
    String second = jwt("second", Duration.ofHours(2));
    String third = jwt("third", Duration.ofHours(3));
    server.enqueue(json(200, "{\"accessToken\":\"" + first + "\",\"refreshToken\":\"r-1\"}"));
    server.enqueue(json(200, "{}"));
    server.enqueue(json(400, "{\"errors\":{\"RefreshToken\":[\"required\"]}}"));
    server.enqueue(json(200, "{\"accessToken\":\"" + second + "\",\"refreshToken\":\"r-2\"}"));
    server.enqueue(json(200, "{}"));
    server.enqueue(json(200, "{\"accessToken\":\"" + third + "\"}"));
    server.enqueue(json(200, "{}"));
    FaciliooClient client = loginClient(provider());

    client.execute(get("/api/a"), JsonNode.class);
    clock.advance(Duration.ofHours(1));
    client.execute(get("/api/b"), JsonNode.class);
    clock.advance(Duration.ofHours(1));
    client.execute(get("/api/c"), JsonNode.class);

    server.takeRequest();
    server.takeRequest();
    RecordedRequest bearer = server.takeRequest();
    assertEquals("Bearer r-1", bearer.getHeader("Authorization"));
    assertEquals(0, bearer.getBodySize());
    RecordedRequest body = server.takeRequest();
    assertEquals("/api/auth/refresh", body.getPath());
    assertEquals(null, body.getHeader("Authorization"));
    assertEquals("{\"refreshToken\":\"r-1\"}", body.getBody().readUtf8());
    assertEquals("Bearer " + second, server.takeRequest().getHeader("Authorization"));
    RecordedRequest next = server.takeRequest();
    assertEquals("/api/auth/refresh", next.getPath());
    assertEquals("{\"refreshToken\":\"r-2\"}", next.getBody().readUtf8());
    assertEquals("Bearer " + third, server.takeRequest().getHeader("Authorization"));
    assertEquals(7, server.getRequestCount());
  }

  @Test
  void aFailingServiceOnTheBearerRefreshIsNotTriedInTheBodyForm() throws Exception {
    String second = jwt("second", Duration.ofHours(2));
    server.enqueue(
        json(
            200,
            "{\"accessToken\":\""
                + jwt("first", Duration.ofHours(1))
                + "\",\"refreshToken\":\"r-1\"}"));
    server.enqueue(json(200, "{}"));
    server.enqueue(json(500, "{\"title\":\"boom\"}"));
    server.enqueue(login(second));
    server.enqueue(json(200, "{}"));
    FaciliooClient client = loginClient(provider());

    client.execute(get("/api/a"), JsonNode.class);
    clock.advance(Duration.ofHours(1));
    client.execute(get("/api/b"), JsonNode.class);

    List<String> paths = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      paths.add(server.takeRequest().getPath());
    }
    assertEquals(
        List.of("/api/auth/login", "/api/a", "/api/auth/refresh", "/api/auth/login", "/api/b"),
        paths);
  }

  @Test
  void failedRefreshFallsBackToALogin() throws Exception {
    String second = jwt("second", Duration.ofHours(2));
    server.enqueue(
        json(
            200,
            "{\"accessToken\":\""
                + jwt("first", Duration.ofHours(1))
                + "\",\"refreshToken\":\"r-1\"}"));
    server.enqueue(json(200, "{}"));
    server.enqueue(json(401, "{\"title\":\"refresh token expired\"}"));
    server.enqueue(json(401, "{\"title\":\"refresh token expired\"}"));
    server.enqueue(login(second));
    server.enqueue(json(200, "{}"));
    FaciliooClient client = loginClient(provider());

    client.execute(get("/api/a"), JsonNode.class);
    clock.advance(Duration.ofHours(1));
    client.execute(get("/api/b"), JsonNode.class);

    List<String> paths = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      paths.add(server.takeRequest().getPath());
    }
    // The bearer form, then the body form, both refused: a login.
    assertEquals(
        List.of(
            "/api/auth/login",
            "/api/a",
            "/api/auth/refresh",
            "/api/auth/refresh",
            "/api/auth/login",
            "/api/b"),
        paths);
  }

  @Test
  void concurrentCallersShareOneLogin() throws Exception {
    int threads = 32;
    String token = jwt("shared", Duration.ofHours(1));
    AtomicInteger logins = new AtomicInteger();
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            if (request.getPath().equals("/api/auth/login")) {
              logins.incrementAndGet();
              // Every caller, the first included, waits for the one login running on its own.
              LoginWaiters.await(threads, Duration.ofSeconds(10));
              return login(token);
            }
            return json(200, "{}");
          }
        });
    FaciliooClient client = loginClient(provider());
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<ApiResponse<JsonNode>>> results = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  return client.execute(get("/api/x"), JsonNode.class);
                }));
      }
      start.countDown();
      for (Future<ApiResponse<JsonNode>> result : results) {
        assertEquals(200, result.get(30, TimeUnit.SECONDS).statusCode());
      }
    } finally {
      pool.shutdownNow();
    }

    assertEquals(1, logins.get());
    assertEquals(threads + 1, server.getRequestCount());
  }

  @Test
  void unauthorizedAnswerRenewsTheTokenAndReplaysOnce() throws Exception {
    String first = jwt("first", Duration.ofHours(1));
    String second = jwt("second", Duration.ofHours(1));
    server.enqueue(login(first));
    server.enqueue(json(401, "{\"title\":\"token revoked\"}"));
    server.enqueue(login(second));
    server.enqueue(json(201, "{\"id\":4}"));
    ApiRequest create =
        ApiRequest.builder()
            .method("POST")
            .path("/api/processes")
            .body(java.util.Collections.singletonMap("report", "x"))
            .build();

    ApiResponse<JsonNode> response = loginClient(provider()).execute(create, JsonNode.class);

    assertEquals(4, response.value().get("id").asInt());
    server.takeRequest();
    RecordedRequest rejected = server.takeRequest();
    assertEquals("Bearer " + first, rejected.getHeader("Authorization"));
    assertEquals("/api/auth/login", server.takeRequest().getPath());
    RecordedRequest replayed = server.takeRequest();
    assertEquals("Bearer " + second, replayed.getHeader("Authorization"));
    assertEquals("{\"report\":\"x\"}", replayed.getBody().readUtf8());
  }

  @Test
  void secondUnauthorizedAnswerRaisesUnauthorizedException() {
    server.enqueue(login(jwt("first", Duration.ofHours(1))));
    server.enqueue(json(401, "{\"title\":\"no\"}"));
    server.enqueue(login(jwt("second", Duration.ofHours(1))));
    server.enqueue(json(401, "{\"title\":\"still no\"}"));
    server.enqueue(json(200, "{}"));

    UnauthorizedException e =
        assertThrows(
            UnauthorizedException.class,
            () -> loginClient(provider()).execute(get("/api/x"), JsonNode.class));

    assertEquals(401, e.statusCode());
    assertEquals(4, server.getRequestCount());
  }

  @Test
  void tokenWithoutExpiryIsUsedUntilTheServerRejectsIt() throws Exception {
    server.enqueue(login("opaque-token"));
    server.enqueue(json(200, "{}"));
    server.enqueue(json(200, "{}"));
    FaciliooClient client = loginClient(provider());

    client.execute(get("/api/a"), JsonNode.class);
    clock.advance(Duration.ofDays(30));
    client.execute(get("/api/b"), JsonNode.class);

    assertEquals(3, server.getRequestCount());
  }

  @Test
  void refusedLoginRaisesUnauthorizedExceptionNamingTheAccount() {
    server.enqueue(json(401, "{\"title\":\"Invalid credentials\"}"));

    UnauthorizedException e =
        assertThrows(
            UnauthorizedException.class,
            () -> loginClient(provider()).execute(get("/api/x"), JsonNode.class));

    assertSame(UnauthorizedException.class, e.getClass());
    assertTrue(
        e.getMessage().startsWith("Login to facilioo as " + EMAIL + " failed"), e.getMessage());
    assertTrue(e.getMessage().contains("Invalid credentials"), e.getMessage());
    assertFalse(e.getMessage().contains(PASSWORD));
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void loginAnsweringAServerErrorRaisesServerExceptionNotUnauthorized() throws Exception {
    server.enqueue(json(503, "{\"title\":\"Service Unavailable\"}"));
    server.enqueue(login(jwt("a", Duration.ofHours(1))));
    server.enqueue(json(200, "{}"));
    FaciliooClient client = loginClient(provider());

    ServerException e =
        assertThrows(ServerException.class, () -> client.execute(get("/api/x"), JsonNode.class));

    assertEquals(503, e.statusCode());
    assertTrue(
        e.getMessage().startsWith("Login to facilioo as " + EMAIL + " failed"), e.getMessage());
    assertFalse(e.getMessage().contains(PASSWORD));
    assertEquals(1, server.getRequestCount());
    // The provider stays usable: the next call logs in and is sent.
    assertEquals(200, client.execute(get("/api/x"), JsonNode.class).statusCode());
    assertEquals("/api/auth/login", server.takeRequest().getPath());
    assertEquals("/api/auth/login", server.takeRequest().getPath());
    assertEquals("/api/x", server.takeRequest().getPath());
  }

  @Test
  void loginAnsweringTooManyRequestsRaisesRateLimitExceptionWithTheWait() {
    server.enqueue(json(429, "{}").addHeader("Retry-After", "30"));

    RateLimitException e =
        assertThrows(
            RateLimitException.class,
            () -> loginClient(provider()).execute(get("/api/x"), JsonNode.class));

    assertEquals(Duration.ofSeconds(30), e.retryAfter().get());
    assertTrue(
        e.getMessage().startsWith("Login to facilioo as " + EMAIL + " failed"), e.getMessage());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void loginAnsweringThatMfaIsRequiredRaisesMfaRequiredException() {
    server.enqueue(json(409, "{\"title\":\"MFA required for this account\"}"));

    MfaRequiredException e =
        assertThrows(
            MfaRequiredException.class,
            () -> loginClient(provider()).execute(get("/api/x"), JsonNode.class));

    assertEquals(409, e.statusCode());
    assertTrue(e.getMessage().contains("multi-factor authentication"), e.getMessage());
  }

  @Test
  void germanMfaAnswerIsRecognizedButAnUnrelatedWordOrTraceIdIsNot() {
    server.enqueue(json(400, "{\"title\":\"Zwei-Faktor-Authentifizierung erforderlich\"}"));
    server.enqueue(json(400, "{\"title\":\"Umfang ungültig\",\"traceId\":\"00-4bf92fa1-01\"}"));
    FaciliooClient client = loginClient(provider());

    assertThrows(MfaRequiredException.class, () -> client.execute(get("/api/x"), JsonNode.class));
    UnauthorizedException plain =
        assertThrows(
            UnauthorizedException.class, () -> client.execute(get("/api/x"), JsonNode.class));

    assertSame(UnauthorizedException.class, plain.getClass());
  }

  @Test
  void loginWithoutAccessTokenRaisesMfaRequiredException() {
    server.enqueue(json(200, "{\"mfaToken\":\"abc\"}"));

    MfaRequiredException e =
        assertThrows(
            MfaRequiredException.class,
            () -> loginClient(provider()).execute(get("/api/x"), JsonNode.class));

    assertInstanceOf(UnauthorizedException.class, e);
    assertTrue(e.getMessage().contains("no accessToken"), e.getMessage());
  }

  @Test
  void supplierProviderIsAskedAgainAfterUnauthorized() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    server.enqueue(json(401, "{}"));
    server.enqueue(json(200, "{}"));
    FaciliooClient client =
        client(
            b -> b.tokenProvider(TokenProvider.fromSupplier(() -> "t" + calls.incrementAndGet())));

    client.execute(get("/api/x"), JsonNode.class);

    assertEquals("Bearer t1", server.takeRequest().getHeader("Authorization"));
    assertEquals("Bearer t2", server.takeRequest().getHeader("Authorization"));
  }

  @Test
  void eachCallSendsTheTokenTheProviderGivesNowAndRepeatsNoneItGaveBefore() throws Exception {
    String[] tokens = {"first", "first", "second", "first"};
    AtomicInteger next = new AtomicInteger();
    for (int i = 0; i < tokens.length; i++) {
      server.enqueue(json(200, "{}"));
    }
    FaciliooClient client =
        client(
            b -> b.tokenProvider(TokenProvider.fromSupplier(() -> tokens[next.getAndIncrement()])));

    for (int i = 0; i < tokens.length; i++) {
      client.execute(get("/api/x"), JsonNode.class);
    }

    for (String token : tokens) {
      assertEquals("Bearer " + token, server.takeRequest().getHeader("Authorization"));
    }
  }

  @Test
  void staticTokenIsNotReplayedAfterUnauthorized() {
    server.enqueue(json(401, "{}"));
    server.enqueue(json(200, "{}"));

    assertThrows(
        UnauthorizedException.class, () -> client().execute(get("/api/x"), JsonNode.class));

    assertEquals(1, server.getRequestCount());
  }

  @Test
  void providerGivesTokensOnlyThroughAClient() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> provider().token());

    assertTrue(e.getMessage().contains("create a FaciliooClient"), e.getMessage());
  }

  @Test
  void builderNamesMissingCredentials() {
    IllegalArgumentException noEmail =
        assertThrows(
            IllegalArgumentException.class,
            () -> LoginTokenProvider.builder().password(PASSWORD).build());
    IllegalArgumentException noPassword =
        assertThrows(
            IllegalArgumentException.class,
            () -> LoginTokenProvider.builder().email(EMAIL).build());

    assertEquals("email is required", noEmail.getMessage());
    assertEquals("password is required", noPassword.getMessage());
  }
}

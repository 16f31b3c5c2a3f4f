package io.github.facilioo4j.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.facilioo4j.core.errors.FaciliooIoException;
import io.github.facilioo4j.core.errors.FaciliooServiceException;
import io.github.facilioo4j.core.errors.FaciliooTimeoutException;
import io.github.facilioo4j.core.errors.RateLimitException;
import io.github.facilioo4j.core.errors.ServerException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class RetryTest extends ClientTestSupport {
  private static final int[] RETRYABLE = {408, 429, 502, 503, 504};

  static ApiRequest request(String method) {
    ApiRequest.Builder builder = ApiRequest.builder().method(method).path("/api/processes/1");
    if (!method.equals("GET") && !method.equals("DELETE")) {
      builder.body(Collections.singletonMap("report", "Wasserschaden"));
    }
    return builder.build();
  }

  static Stream<Arguments> idempotentMethodsAndRetryableStatuses() {
    List<Arguments> cases = new ArrayList<>();
    for (String method : new String[] {"GET", "PUT", "DELETE"}) {
      for (int status : RETRYABLE) {
        cases.add(Arguments.of(method, status, false));
        cases.add(Arguments.of(method, status, true));
      }
    }
    return cases.stream();
  }

  static Stream<Arguments> unsafeMethodsAndRetryableStatuses() {
    List<Arguments> cases = new ArrayList<>();
    for (String method : new String[] {"POST", "PATCH"}) {
      for (int status : RETRYABLE) {
        cases.add(Arguments.of(method, status, false));
        cases.add(Arguments.of(method, status, true));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} answered {1} is retried (async: {2})")
  @MethodSource("idempotentMethodsAndRetryableStatuses")
  void idempotentRequestsAreRetriedAfterRetryableStatuses(String method, int status, boolean async)
      throws Exception {
    server.enqueue(json(status, "{\"title\":\"busy\"}"));
    server.enqueue(json(200, "{\"id\":1}"));

    ApiResponse<JsonNode> response = call(client(), request(method), JsonNode.class, async);

    assertEquals(200, response.statusCode());
    assertEquals(2, server.getRequestCount());
    assertEquals(method, server.takeRequest().getMethod());
    assertEquals(method, server.takeRequest().getMethod());
    assertEquals(List.of(Duration.ofMillis(500)), sleeper.delays());
  }

  @ParameterizedTest(name = "{0} answered {1} is sent once (async: {2})")
  @MethodSource("unsafeMethodsAndRetryableStatuses")
  void postAndPatchAreNeverResentAfterAnAnswer(String method, int status, boolean async) {
    server.enqueue(json(status, "{\"title\":\"busy\"}"));
    server.enqueue(json(200, "{\"id\":1}"));

    FaciliooServiceException e =
        assertThrows(
            FaciliooServiceException.class,
            () -> client().execute(request(method), JsonNode.class));

    assertEquals(status, e.statusCode());
    assertEquals(1, server.getRequestCount());
    assertEquals(List.of(), sleeper.delays());
  }

  @ParameterizedTest(name = "GET answered {0} is not retried")
  @ValueSource(ints = {400, 401, 403, 404, 409, 422, 500})
  void otherErrorStatusesAreNotRetried(int status) {
    server.enqueue(json(status, "{\"title\":\"no\"}"));
    server.enqueue(json(200, "{}"));

    FaciliooServiceException e =
        assertThrows(
            FaciliooServiceException.class, () -> client().execute(request("GET"), JsonNode.class));

    assertEquals(status, e.statusCode());
    assertEquals(1, server.getRequestCount());
    assertEquals(List.of(), sleeper.delays());
  }

  @ParameterizedTest(name = "{0} is retried after the connection dropped")
  @ValueSource(strings = {"GET", "PUT", "DELETE"})
  void idempotentRequestsAreRetriedAfterAnIoFailure(String method) throws Exception {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    server.enqueue(json(200, "{}"));

    ApiResponse<JsonNode> response = client().execute(request(method), JsonNode.class);

    assertEquals(200, response.statusCode());
    assertEquals(2, server.getRequestCount());
  }

  @ParameterizedTest(name = "{0} whose body was sent before the connection dropped is sent once")
  @ValueSource(strings = {"POST", "PATCH"})
  void requestWhoseBodyWasWrittenIsSentExactlyOnce(String method) throws Exception {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    server.enqueue(json(201, "{}"));

    FaciliooIoException e =
        assertThrows(
            FaciliooIoException.class, () -> client().execute(request(method), JsonNode.class));

    assertEquals(1, server.getRequestCount());
    assertEquals("{\"report\":\"Wasserschaden\"}", server.takeRequest().getBody().readUtf8());
    assertEquals(List.of(), sleeper.delays());
    assertTrue(e.getMessage().startsWith(method + " /api/processes/1 failed"), e.getMessage());
  }

  @Test
  void timedOutGetIsRetriedButTimedOutPostIsNot() {
    RequestOptions quick = RequestOptions.builder().timeout(Duration.ofMillis(200)).build();
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    server.enqueue(json(200, "{}"));
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    server.enqueue(json(201, "{}"));
    FaciliooClient client = client();

    ApiResponse<JsonNode> read =
        client.execute(request("GET").toBuilder().options(quick).build(), JsonNode.class);
    assertThrows(
        FaciliooTimeoutException.class,
        () -> client.execute(request("POST").toBuilder().options(quick).build(), JsonNode.class));

    assertEquals(200, read.statusCode());
    assertEquals(3, server.getRequestCount());
    assertEquals(List.of(Duration.ofMillis(500)), sleeper.delays());
  }

  @Test
  void postRefusedBeforeSendingIsRetried() throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getByName("localhost"))) {
      port = free.getLocalPort();
    }
    MockWebServer late = new MockWebServer();
    late.enqueue(json(201, "{\"id\":9}"));
    sleeper.onSleep(
        () -> {
          try {
            late.start(InetAddress.getByName("localhost"), port);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
    try {
      FaciliooClient client = client(b -> b.baseUrl("http://localhost:" + port));

      ApiResponse<JsonNode> response = client.execute(request("POST"), JsonNode.class);

      assertEquals(201, response.statusCode());
      assertEquals(9, response.value().get("id").asInt());
      assertEquals(1, late.getRequestCount());
      assertEquals(1, sleeper.delays().size());
    } finally {
      late.shutdown();
    }
  }

  @Test
  void refusedConnectionsFailWithAnIoExceptionOnceRetriesAreUsedUp() throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getByName("localhost"))) {
      port = free.getLocalPort();
    }
    FaciliooClient client = client(b -> b.baseUrl("http://localhost:" + port));

    FaciliooIoException e =
        assertThrows(
            FaciliooIoException.class, () -> client.execute(request("POST"), JsonNode.class));

    assertTrue(e.getMessage().contains("before it was sent"), e.getMessage());
    assertEquals(List.of(Duration.ofMillis(500), Duration.ofMillis(1000)), sleeper.delays());
  }

  @Test
  void retriesStopAfterMaxRetriesAndThrowTheLastAnswer() {
    for (int i = 0; i < 4; i++) {
      server.enqueue(json(503, "{\"title\":\"Service Unavailable\"}"));
    }

    ServerException e =
        assertThrows(ServerException.class, () -> client().execute(get("/api/x"), JsonNode.class));

    assertEquals(503, e.statusCode());
    assertEquals(3, server.getRequestCount());
    assertEquals(List.of(Duration.ofMillis(500), Duration.ofMillis(1000)), sleeper.delays());
  }

  @Test
  void backoffGrowsExponentiallyWithJitterAndIsCapped() {
    for (int i = 0; i < 5; i++) {
      server.enqueue(json(503, "{}"));
    }
    FaciliooOptions options =
        options().maxRetries(4).maxRetryDelay(Duration.ofMillis(1500)).build();
    FaciliooClient client = track(FaciliooClient.create(options, () -> 0.0));

    assertThrows(ServerException.class, () -> client.execute(get("/api/x"), JsonNode.class));

    // The lowest jitter factor is 0.75; the nominal delays 500, 1000, 2000, 4000 are capped at
    // 1500.
    assertEquals(
        List.of(
            Duration.ofMillis(375),
            Duration.ofMillis(750),
            Duration.ofMillis(1125),
            Duration.ofMillis(1125)),
        sleeper.delays());
  }

  @Test
  void interruptedBackoffStopsRetryingAndKeepsTheInterruptFlag() {
    server.enqueue(json(503, "{}"));
    server.enqueue(json(200, "{}"));
    FaciliooOptions options =
        options()
            .sleeper(
                d -> {
                  throw new InterruptedException("stop");
                })
            .build();
    FaciliooClient client = track(FaciliooClient.create(options, () -> 1.0));

    try {
      FaciliooIoException e =
          assertThrows(
              FaciliooIoException.class, () -> client.execute(get("/api/x"), JsonNode.class));
      assertTrue(Thread.currentThread().isInterrupted());
      assertTrue(e.getMessage().contains("interrupted"), e.getMessage());
    } finally {
      Thread.interrupted();
    }
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void zeroMaxRetriesDisablesRetrying() {
    server.enqueue(json(503, "{}"));

    assertThrows(
        ServerException.class,
        () -> client(b -> b.maxRetries(0)).execute(get("/api/x"), JsonNode.class));

    assertEquals(1, server.getRequestCount());
  }

  @Test
  void retryAfterInSecondsIsHonoured() {
    server.enqueue(json(503, "{}").setHeader("Retry-After", "7"));
    server.enqueue(json(200, "{}"));

    client().execute(get("/api/x"), JsonNode.class);

    assertEquals(List.of(Duration.ofSeconds(7)), sleeper.delays());
  }

  @Test
  void retryAfterAsHttpDateIsMeasuredWithTheClock() {
    // The fake clock stands at 2026-01-15T10:00:00Z.
    server.enqueue(json(429, "{}").setHeader("Retry-After", "Thu, 15 Jan 2026 10:00:30 GMT"));
    server.enqueue(json(200, "{}"));

    client().execute(get("/api/x"), JsonNode.class);

    assertEquals(List.of(Duration.ofSeconds(30)), sleeper.delays());
  }

  @Test
  void retryAfterIsCappedByMaxRetryDelay() {
    server.enqueue(json(503, "{}").setHeader("Retry-After", "3600"));
    server.enqueue(json(200, "{}"));
    server.enqueue(json(503, "{}").setHeader("Retry-After", "3600"));
    server.enqueue(json(200, "{}"));

    client().execute(get("/api/x"), JsonNode.class);
    client(b -> b.maxRetryDelay(Duration.ofSeconds(5))).execute(get("/api/x"), JsonNode.class);

    assertEquals(List.of(Duration.ofSeconds(60), Duration.ofSeconds(5)), sleeper.delays());
  }

  @Test
  void rateLimitOnPostIsNotRetriedAndExposesRetryAfter() {
    server.enqueue(json(429, "{}").setHeader("Retry-After", "12"));

    RateLimitException e =
        assertThrows(
            RateLimitException.class, () -> client().execute(request("POST"), JsonNode.class));

    assertEquals(Duration.ofSeconds(12), e.retryAfter().orElse(null));
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void eachAttemptIsLoggedAtDebugWithItsNumber() {
    server.enqueue(json(503, "{}"));
    server.enqueue(json(200, "{}"));

    client().execute(get("/api/x?secret=1".substring(0, 6)), JsonNode.class);

    List<String> lines = CapturingLogs.lines();
    assertTrue(
        lines.stream()
            .anyMatch(l -> l.startsWith("DEBUG") && l.contains("GET /api/x attempt 1 -> 503")),
        lines.toString());
    assertTrue(
        lines.stream()
            .anyMatch(l -> l.startsWith("DEBUG") && l.contains("GET /api/x attempt 2 -> 200")),
        lines.toString());
  }

  @Test
  void asyncRetriesCallAnApplicationsSleeperOnTheClientsOwnThreads() throws Exception {
    server.enqueue(json(503, "{}"));
    server.enqueue(json(200, "{\"id\":3}"));
    List<String> sleepingThreads = Collections.synchronizedList(new ArrayList<>());
    sleeper.onSleep(() -> sleepingThreads.add(Thread.currentThread().getName()));

    ApiResponse<JsonNode> response = client().executeAsync(get("/api/x"), JsonNode.class).get();

    assertEquals(3, response.value().get("id").asInt());
    assertEquals(1, sleepingThreads.size());
    // Not the caller's thread, nor an OkHttp dispatcher's: a sleeper may block.
    assertTrue(sleepingThreads.get(0).startsWith("facilioo-blocking-"), sleepingThreads.toString());
  }

  @Test
  void asyncFailureCompletesWithTheTypedExceptionItself() throws Exception {
    server.enqueue(json(500, "{\"title\":\"boom\"}"));

    Throwable failure =
        client().executeAsync(get("/api/x"), JsonNode.class).handle((v, e) -> e).get();

    assertInstanceOf(ServerException.class, failure);
    assertEquals(500, ((ServerException) failure).statusCode());
  }
}

package io.github.facilioo4j.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.facilioo4j.core.AttemptResult.Outcome;
import io.github.facilioo4j.core.errors.FaciliooIoException;
import io.github.facilioo4j.core.errors.FaciliooRateLimitedLocallyException;
import io.github.facilioo4j.core.errors.FaciliooTimeoutException;
import io.github.facilioo4j.core.errors.ServerException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a {@link RequestListener} is told: every attempt once, retries, token replays and logins
 * included, with operation id, route template, status, number, outcome and request id, and never a
 * concrete path or a secret.
 */
class RequestListenerTest extends ClientTestSupport {
  /** Keeps what it is told, and on which thread, in the order told. */
  static final class RecordingListener implements RequestListener {
    final List<String> events = Collections.synchronizedList(new ArrayList<>());
    final List<AttemptResult> results = Collections.synchronizedList(new ArrayList<>());

    @Override
    public AttemptEnd attemptStarted(RequestAttempt attempt) {
      long thread = Thread.currentThread().getId();
      int linesBefore = CapturingLogs.lines().size();
      events.add("start " + attempt);
      return result -> {
        assertEquals(thread, Thread.currentThread().getId(), "ended on another thread");
        // The attempt's DEBUG line is written while the attempt is open, so a tracing scope
        // opened at the start gives it the trace id.
        List<String> lines = CapturingLogs.lines();
        assertTrue(
            lines.subList(linesBefore, lines.size()).stream()
                .anyMatch(l -> l.contains(" attempt " + attempt.number() + " -> ")),
            lines.toString());
        events.add("end " + result.attempt());
        results.add(result);
      };
    }
  }

  final RecordingListener listener = new RecordingListener();

  static ApiRequest retrieve(int id) {
    return ApiRequest.builder()
        .path("/api/processes/{id}", id)
        .operationId("retrieveProcess")
        .build();
  }

  static ApiRequest create() {
    return ApiRequest.builder()
        .method("POST")
        .path("/api/processes")
        .operationId("createProcess")
        .body(Collections.singletonMap("report", "leak"))
        .build();
  }

  @ParameterizedTest(name = "async={0}")
  @ValueSource(booleans = {false, true})
  void eachAttemptOfARetriedGetIsToldOnceWithItsNumberStatusOutcomeAndRequestId(boolean async)
      throws Exception {
    server.enqueue(json(503, "{}").setHeader("x-request-id", "req-1"));
    server.enqueue(json(200, "{\"id\":7}").setHeader("x-request-id", "req-2"));

    ApiResponse<JsonNode> response =
        call(client(b -> b.requestListener(listener)), retrieve(7), JsonNode.class, async);

    assertEquals(7, response.value().get("id").asInt());
    RequestAttempt first = RequestAttempt.of("retrieveProcess", "/api/processes/{id}", "GET", 1);
    RequestAttempt second = RequestAttempt.of("retrieveProcess", "/api/processes/{id}", "GET", 2);
    assertEquals(
        List.of("start " + first, "end " + first, "start " + second, "end " + second),
        listener.events);
    assertEquals(Outcome.HTTP_ERROR, listener.results.get(0).outcome());
    assertEquals(503, listener.results.get(0).status().getAsInt());
    assertEquals("req-1", listener.results.get(0).requestId().get());
    assertEquals(Outcome.SUCCESS, listener.results.get(1).outcome());
    assertEquals(200, listener.results.get(1).status().getAsInt());
    assertEquals("req-2", listener.results.get(1).requestId().get());
    assertTrue(listener.results.stream().noneMatch(r -> r.duration().isNegative()));
    assertFalse(listener.results.toString().contains("/api/processes/7"), "a concrete path");
    assertFalse(listener.results.toString().contains(TOKEN), "a secret");
    assertEquals(2, server.getRequestCount());
    assertEquals("/api/processes/7", server.takeRequest().getPath());
    assertEquals("/api/processes/7", server.takeRequest().getPath());
  }

  @Test
  void aCreateAnswered503IsToldOnceAndTheLogSaysWhyItWasNotRetried() throws Exception {
    server.enqueue(json(503, "{}").setHeader("x-request-id", "req-9"));

    assertThrows(
        ServerException.class,
        () -> client(b -> b.requestListener(listener)).execute(create(), JsonNode.class));

    assertEquals(1, listener.results.size());
    assertEquals(Outcome.HTTP_ERROR, listener.results.get(0).outcome());
    assertEquals("createProcess", listener.results.get(0).attempt().operationId().get());
    assertEquals("/api/processes", listener.results.get(0).attempt().route().get());
    assertTrue(
        CapturingLogs.lines().stream()
            .anyMatch(
                l ->
                    l.startsWith("DEBUG")
                        && l.contains(
                            "POST /api/processes answered 503, request id req-9; not retried: the"
                                + " POST may have reached the server, and the API has no"
                                + " idempotency keys (createProcess /api/processes)")),
        CapturingLogs.lines().toString());
    assertEquals(1, server.getRequestCount());
    assertEquals("POST", server.takeRequest().getMethod());
  }

  @Test
  void aCreateCutOffAfterItWasSentIsAnIoErrorAndTheLogSaysWhyItWasNotRetried() throws Exception {
    server.enqueue(json(200, "{}").setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));

    assertThrows(
        FaciliooIoException.class,
        () -> client(b -> b.requestListener(listener)).execute(create(), JsonNode.class));

    assertEquals(1, listener.results.size());
    AttemptResult result = listener.results.get(0);
    assertEquals(Outcome.IO_ERROR, result.outcome());
    assertFalse(result.status().isPresent());
    assertTrue(result.errorType().isPresent());
    assertTrue(
        CapturingLogs.lines().stream()
            .anyMatch(
                l ->
                    l.startsWith("DEBUG")
                        && l.contains("POST /api/processes failed (")
                        && l.contains("; not retried: the POST may have reached the server")),
        CapturingLogs.lines().toString());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void aRefusedConnectionIsToldAsNotSentForEveryAttempt() throws Exception {
    MockWebServer closed = new MockWebServer();
    closed.start();
    String url = closed.url("/").toString();
    closed.shutdown();

    assertThrows(
        FaciliooIoException.class,
        () ->
            client(b -> b.baseUrl(url).requestListener(listener))
                .execute(create(), JsonNode.class));

    // A request that never left may be sent again whatever its method: 1 + 2 retries.
    assertEquals(
        List.of(Outcome.NOT_SENT, Outcome.NOT_SENT, Outcome.NOT_SENT),
        listener.results.stream().map(AttemptResult::outcome).collect(Collectors.toList()));
    assertEquals("ConnectException", listener.results.get(0).errorType().get());
    assertEquals(
        List.of(1, 2, 3),
        listener.results.stream().map(r -> r.attempt().number()).collect(Collectors.toList()));
  }

  @Test
  void anAttemptWithoutAnAnswerInTimeIsToldAsATimeout() {
    server.enqueue(json(200, "{}").setSocketPolicy(SocketPolicy.NO_RESPONSE));

    assertThrows(
        FaciliooTimeoutException.class,
        () ->
            client(
                    b ->
                        b.requestListener(listener)
                            .maxRetries(0)
                            .readTimeout(Duration.ofMillis(100)))
                .execute(retrieve(7), JsonNode.class));

    assertEquals(1, listener.results.size());
    assertEquals(Outcome.TIMEOUT, listener.results.get(0).outcome());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void aTokenReplayAndALoginAreAttemptsOfTheirOwn() throws Exception {
    String token = LoginTest.jwtExpiringAt("a", clock.instant().getEpochSecond() + 3600);
    String renewed = LoginTest.jwtExpiringAt("b", clock.instant().getEpochSecond() + 7200);
    server.enqueue(LoginTest.login(token));
    server.enqueue(json(401, "{}"));
    server.enqueue(LoginTest.login(renewed));
    server.enqueue(json(200, "{\"id\":7}"));
    LoginTokenProvider login =
        LoginTokenProvider.builder().email(LoginTest.EMAIL).password(LoginTest.PASSWORD).build();

    client(b -> b.tokenProvider(login).requestListener(listener))
        .execute(retrieve(7), JsonNode.class);

    assertEquals(
        List.of(
            "login POST /api/auth/login 200",
            "retrieveProcess GET /api/processes/{id} 401",
            "login POST /api/auth/login 200",
            "retrieveProcess GET /api/processes/{id} 200"),
        listener.results.stream()
            .map(
                r ->
                    r.attempt().operationId().get()
                        + " "
                        + r.attempt().method()
                        + " "
                        + r.attempt().route().get()
                        + " "
                        + r.status().getAsInt())
            .collect(Collectors.toList()));
    assertFalse(listener.results.toString().contains(LoginTest.PASSWORD), "a secret");
    assertEquals(4, server.getRequestCount());
  }

  @Test
  void aListenerThatThrowsIsLoggedAndTheCallGoesOn() throws Exception {
    server.enqueue(json(200, "{\"id\":7}"));
    AtomicInteger told = new AtomicInteger();
    RequestListener failing =
        attempt -> {
          told.incrementAndGet();
          throw new IllegalStateException("listener bug");
        };

    ApiResponse<JsonNode> response =
        client(b -> b.requestListener(failing)).execute(retrieve(7), JsonNode.class);

    assertEquals(7, response.value().get("id").asInt());
    assertEquals(1, told.get());
    assertTrue(
        CapturingLogs.lines().stream()
            .anyMatch(
                l ->
                    l.startsWith("WARN io.github.facilioo4j.core.ObservingTransport")
                        && l.contains("listener bug")),
        CapturingLogs.lines().toString());
    assertEquals("/api/processes/7", server.takeRequest().getPath());
  }

  @Test
  void anEndCallbackThatThrowsLeavesTheAnswerToTheCaller() throws Exception {
    server.enqueue(json(200, "{\"id\":7}"));
    RequestListener failing =
        attempt ->
            result -> {
              throw new IllegalStateException("end bug");
            };

    ApiResponse<JsonNode> response =
        client(b -> b.requestListener(failing)).execute(retrieve(7), JsonNode.class);

    assertEquals(7, response.value().get("id").asInt());
    assertTrue(CapturingLogs.lines().stream().anyMatch(l -> l.contains("end bug")));
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void aClientDerivedWithOtherOptionsTellsTheSameListener() throws Exception {
    server.enqueue(json(200, "{\"id\":7}"));
    FaciliooClient client = client(b -> b.requestListener(listener));

    try (FaciliooClient english = client.withOptions(o -> o.language(Language.of("en")))) {
      english.execute(retrieve(7), JsonNode.class);
    }

    assertEquals(1, listener.results.size());
    assertEquals(Outcome.SUCCESS, listener.results.get(0).outcome());
    assertEquals("en", server.takeRequest().getHeader("Accept-Language"));
  }

  @Test
  void theDebugLineOfEachAttemptCarriesTheAnswersRequestIdWithoutAListener() throws Exception {
    server.enqueue(json(503, "{}").setHeader("x-request-id", "req-1"));
    server.enqueue(json(200, "{\"id\":7}").setHeader("traceparent", "00-4bf92f35-00f067aa-01"));

    client().execute(retrieve(7), JsonNode.class);

    List<String> lines = CapturingLogs.lines();
    assertTrue(
        lines.stream()
            .anyMatch(
                l ->
                    l.startsWith(
                            "DEBUG io.github.facilioo4j.http GET /api/processes/7 attempt 1 -> 503")
                        && l.endsWith(", request id req-1 (retrieveProcess /api/processes/{id})")),
        lines.toString());
    assertTrue(
        lines.stream()
            .anyMatch(
                l ->
                    l.contains("GET /api/processes/7 attempt 2 -> 200")
                        && l.endsWith(
                            ", request id 00-4bf92f35-00f067aa-01 (retrieveProcess"
                                + " /api/processes/{id})")),
        lines.toString());
    assertEquals(2, server.getRequestCount());
  }

  @ParameterizedTest(name = "async={0}")
  @ValueSource(booleans = {false, true})
  void anAttemptThatNeverLeavesForWantOfAPermitIsToldOnce(boolean async) {
    List<AttemptResult> told = Collections.synchronizedList(new ArrayList<>());
    FaciliooClient client =
        client(
            b ->
                b.requestListener(attempt -> told::add)
                    .rateLimiter(maxWait -> false)
                    .rateLimitWait(Duration.ZERO));

    assertThrows(
        FaciliooRateLimitedLocallyException.class,
        () -> call(client, retrieve(7), JsonNode.class, async));

    // Told before the caller hears of the failure, also for an async call.
    assertEquals(1, told.size());
    RequestAttempt first = RequestAttempt.of("retrieveProcess", "/api/processes/{id}", "GET", 1);
    assertEquals(first, told.get(0).attempt());
    assertEquals(Outcome.IO_ERROR, told.get(0).outcome());
    assertEquals("FaciliooRateLimitedLocallyException", told.get(0).errorType().get());
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void aCancelledAsyncAttemptEndsOnTheThreadThatBeganIt() throws Exception {
    server.enqueue(json(200, "{}").setSocketPolicy(SocketPolicy.NO_RESPONSE));
    CountDownLatch begun = new CountDownLatch(1);
    CountDownLatch ended = new CountDownLatch(1);
    RequestListener latching =
        attempt -> {
          RequestListener.AttemptEnd end = listener.attemptStarted(attempt);
          begun.countDown();
          return result -> {
            try {
              end.attemptEnded(result);
            } finally {
              ended.countDown();
            }
          };
        };
    FaciliooClient client = client(b -> b.requestListener(latching));

    CompletableFuture<ApiResponse<JsonNode>> future =
        client.executeAsync(retrieve(7), JsonNode.class);
    assertTrue(begun.await(10, TimeUnit.SECONDS), "never begun");
    assertEquals("/api/processes/7", server.takeRequest(10, TimeUnit.SECONDS).getPath());
    future.cancel(true);

    assertTrue(ended.await(10, TimeUnit.SECONDS), "never ended");
    RequestAttempt first = RequestAttempt.of("retrieveProcess", "/api/processes/{id}", "GET", 1);
    // The recording listener also checks that the end came on the thread of the start.
    assertEquals(List.of("start " + first, "end " + first), listener.events);
    assertEquals(Outcome.IO_ERROR, listener.results.get(0).outcome());
    assertEquals(1, server.getRequestCount());
  }
}

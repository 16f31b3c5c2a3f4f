package io.github.facilioo4j.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.facilioo4j.core.errors.FaciliooIoException;
import io.github.facilioo4j.core.errors.FaciliooTimeoutException;
import io.github.facilioo4j.core.errors.RateLimitException;
import io.github.facilioo4j.core.errors.ServerException;
import io.github.facilioo4j.core.errors.UnauthorizedException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Stream;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Callers waiting for one login share its outcome, failure included; a login asked to wait is not
 * repeated early; a stalled login holds no caller beyond its own timeout or interrupt.
 */
class LoginFailureSharingTest extends ClientTestSupport {
  static final int CALLERS = 16;

  final AtomicInteger logins = new AtomicInteger();
  // Released by each test once its callers are done, so that no login answer stays pending.
  final CountDownLatch release = new CountDownLatch(1);
  final ExecutorService callers = Executors.newCachedThreadPool();

  @AfterEach
  void releaseTheLoginAndStopTheCallers() {
    release.countDown();
    callers.shutdownNow();
  }

  FaciliooClient loginClient() {
    return client(
        b ->
            b.tokenProvider(
                    LoginTokenProvider.builder()
                        .email(LoginTest.EMAIL)
                        .password(LoginTest.PASSWORD)
                        .build())
                // Long enough that only a caller's own, shorter timeout ends its wait.
                .callTimeout(Duration.ofSeconds(30)));
  }

  String jwt(Duration lifetime) {
    return LoginTest.jwtExpiringAt("t", clock.instant().plus(lifetime).getEpochSecond());
  }

  /** Answers logins as {@code login} says, and every other call with 200. */
  void answerLogins(Supplier<MockResponse> login) {
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            if (request.getPath().equals("/api/auth/login")) {
              logins.incrementAndGet();
              return login.get();
            }
            return json(200, "{}");
          }
        });
  }

  static Stream<Arguments> refusalsAndAsync() {
    return Stream.of(
        Arguments.of(401, UnauthorizedException.class, false),
        Arguments.of(401, UnauthorizedException.class, true),
        Arguments.of(429, RateLimitException.class, false),
        Arguments.of(429, RateLimitException.class, true));
  }

  @ParameterizedTest(name = "login answered {0}: every caller gets {1} (async: {2})")
  @MethodSource("refusalsAndAsync")
  void callersWaitingForOneFailedLoginShareItsFailureAndCostOneLoginPost(
      int status, Class<? extends RuntimeException> type, boolean async) throws Exception {
    answerLogins(
        () -> {
          // Hold the answer until every caller waits for this one login.
          LoginWaiters.await(CALLERS, Duration.ofSeconds(10));
          return json(status, "{\"title\":\"Invalid credentials\"}")
              .setHeader("Retry-After", "3600");
        });
    FaciliooClient client = loginClient();

    List<Throwable> failures = callAll(client, async);

    assertEquals(CALLERS, failures.size());
    for (Throwable failure : failures) {
      assertInstanceOf(type, failure);
      assertTrue(failure.getMessage().startsWith("Login to facilioo as "), failure.getMessage());
      assertFalse(failure.getMessage().contains(LoginTest.PASSWORD));
    }
    assertEquals(1, logins.get(), "login POSTs");
    assertEquals(1, server.getRequestCount(), "nothing but the one login was sent");
  }

  /** Makes {@link #CALLERS} calls at once; returns what each failed with. */
  List<Throwable> callAll(FaciliooClient client, boolean async) throws Exception {
    List<Future<?>> calls = new ArrayList<>();
    if (async) {
      for (int i = 0; i < CALLERS; i++) {
        calls.add(client.executeAsync(get("/api/x"), JsonNode.class));
      }
    } else {
      CountDownLatch start = new CountDownLatch(1);
      for (int i = 0; i < CALLERS; i++) {
        calls.add(
            callers.submit(
                () -> {
                  start.await();
                  return client.execute(get("/api/x"), JsonNode.class);
                }));
      }
      start.countDown();
    }
    List<Throwable> failures = new ArrayList<>();
    for (Future<?> call : calls) {
      try {
        call.get(30, TimeUnit.SECONDS);
      } catch (ExecutionException e) {
        failures.add(e.getCause());
      }
    }
    return failures;
  }

  @ParameterizedTest(name = "async: {0}")
  @ValueSource(booleans = {false, true})
  void aLoginAnsweredTooManyRequestsIsNotRepeatedBeforeItsRetryAfter(boolean async) {
    String token = jwt(Duration.ofHours(1));
    AtomicInteger answered = new AtomicInteger();
    answerLogins(
        () ->
            answered.getAndIncrement() == 0
                ? json(429, "{}").setHeader("Retry-After", "3600")
                : LoginTest.login(token));
    FaciliooClient client = loginClient();

    RateLimitException first = failure(RateLimitException.class, client, async);
    assertEquals(Duration.ofSeconds(3600), first.retryAfter().get());
    clock.advance(Duration.ofMinutes(59));
    RateLimitException paused = failure(RateLimitException.class, client, async);
    clock.advance(Duration.ofSeconds(59));
    RateLimitException stillPaused = failure(RateLimitException.class, client, async);

    assertEquals(1, logins.get(), "no login POST before the Retry-After");
    assertEquals(Duration.ofSeconds(60), paused.retryAfter().get());
    assertEquals(Duration.ofSeconds(1), stillPaused.retryAfter().get());
    assertEquals(429, paused.statusCode());
    assertTrue(paused.getMessage().contains("not attempted"), paused.getMessage());
    assertFalse(paused.getMessage().contains(LoginTest.PASSWORD));

    clock.advance(Duration.ofSeconds(1)); // the hour has passed
    assertEquals(200, call(client, get("/api/x"), JsonNode.class, async).statusCode());
    assertEquals(2, logins.get());
    assertEquals(3, server.getRequestCount());
  }

  @Test
  void aLoginAnsweredServiceUnavailableWithRetryAfterIsNotRepeatedBeforeItEither() {
    AtomicInteger answered = new AtomicInteger();
    answerLogins(
        () ->
            answered.getAndIncrement() == 0
                ? json(503, "{}").setHeader("Retry-After", "120")
                : LoginTest.login(jwt(Duration.ofHours(1))));
    FaciliooClient client = loginClient();

    failure(ServerException.class, client, false);
    clock.advance(Duration.ofSeconds(119));
    ServerException paused = failure(ServerException.class, client, false);
    assertEquals(1, logins.get());
    assertEquals(503, paused.statusCode());

    clock.advance(Duration.ofSeconds(1));
    assertEquals(200, client.execute(get("/api/x"), JsonNode.class).statusCode());
    assertEquals(2, logins.get());
  }

  @Test
  void aStillValidTokenServesCallsWhileTheLoginWaitsForItsRetryAfter() throws Exception {
    answerLogins(
        () ->
            logins.get() == 1
                ? LoginTest.login(jwt(Duration.ofMinutes(10)))
                : json(429, "{}").setHeader("Retry-After", "3600"));
    FaciliooClient client = loginClient();
    client.execute(get("/api/a"), JsonNode.class);

    clock.advance(Duration.ofMinutes(9)); // within the renewal margin: the renewal gets 429
    assertEquals(200, client.execute(get("/api/b"), JsonNode.class).statusCode());
    clock.advance(Duration.ofSeconds(30)); // paused, the token still valid
    assertEquals(200, client.execute(get("/api/c"), JsonNode.class).statusCode());
    clock.advance(Duration.ofSeconds(30)); // expired, still paused
    failure(RateLimitException.class, client, false);

    assertEquals(2, logins.get());
    assertEquals(5, server.getRequestCount());
  }

  @ParameterizedTest(name = "async: {0}")
  @ValueSource(booleans = {false, true})
  @Timeout(20)
  void aStalledLoginEndsEachWaiterAtItsOwnTimeoutNotOneAfterAnother(boolean async)
      throws Exception {
    String token = jwt(Duration.ofHours(1));
    answerLogins(
        () -> {
          awaitRelease();
          return LoginTest.login(token);
        });
    FaciliooClient client = loginClient();
    ApiRequest twoSeconds =
        get("/api/x").toBuilder()
            .options(RequestOptions.builder().timeout(Duration.ofSeconds(2)).build())
            .build();

    List<Future<?>> calls = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      calls.add(
          async
              ? client.executeAsync(twoSeconds, JsonNode.class)
              : callers.submit(() -> client.execute(twoSeconds, JsonNode.class)));
    }
    for (Future<?> call : calls) {
      ExecutionException e =
          assertThrows(ExecutionException.class, () -> call.get(15, TimeUnit.SECONDS));
      FaciliooTimeoutException timeout =
          assertInstanceOf(FaciliooTimeoutException.class, e.getCause());
      assertTrue(timeout.getMessage().contains("2000 ms"), timeout.getMessage());
    }

    // All four ended while the one login still stalled: none waited for it or for another.
    assertEquals(1, release.getCount());
    assertEquals(1, logins.get());
    release.countDown();
    // The login the callers gave up on still completes and serves the next call.
    assertEquals(200, client.execute(get("/api/y"), JsonNode.class).statusCode());
    assertEquals(1, logins.get());
    assertEquals(2, server.getRequestCount());
  }

  @Test
  @Timeout(20)
  void anInterruptedWaitForALoginEndsAtOnceAndKeepsTheInterruptFlag() throws Exception {
    String token = jwt(Duration.ofHours(1));
    answerLogins(
        () -> {
          awaitRelease();
          return LoginTest.login(token);
        });
    FaciliooClient client = loginClient();
    Future<ApiResponse<JsonNode>> first =
        callers.submit(() -> client.execute(get("/api/a"), JsonNode.class));
    AtomicReference<Thread> waiter = new AtomicReference<>();
    AtomicBoolean flagKept = new AtomicBoolean();
    CompletableFuture<Throwable> second = new CompletableFuture<>();
    callers.execute(
        () -> {
          waiter.set(Thread.currentThread());
          try {
            client.execute(get("/api/b"), JsonNode.class);
            second.complete(null);
          } catch (RuntimeException e) {
            flagKept.set(Thread.currentThread().isInterrupted());
            second.complete(e);
          }
        });
    LoginWaiters.await(2, Duration.ofSeconds(10));

    waiter.get().interrupt();
    Throwable interrupted = second.get(10, TimeUnit.SECONDS);

    FaciliooIoException e = assertInstanceOf(FaciliooIoException.class, interrupted);
    assertFalse(e instanceof FaciliooTimeoutException);
    assertTrue(e.getMessage().startsWith("Interrupted while waiting"), e.getMessage());
    assertTrue(flagKept.get(), "the interrupt flag is kept");
    assertEquals(1, release.getCount(), "it ended while the login still stalled");
    release.countDown();
    assertEquals(200, first.get(10, TimeUnit.SECONDS).statusCode());
    assertEquals(1, logins.get());
    assertEquals(2, server.getRequestCount());
  }

  void awaitRelease() {
    try {
      release.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static <E extends RuntimeException> E failure(
      Class<E> type, FaciliooClient client, boolean async) {
    return assertThrows(type, () -> call(client, get("/api/x"), JsonNode.class, async));
  }
}

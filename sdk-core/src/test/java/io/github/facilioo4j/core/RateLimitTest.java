package io.github.facilioo4j.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.facilioo4j.core.errors.FaciliooIoException;
import io.github.facilioo4j.core.errors.FaciliooRateLimitedLocallyException;
import io.github.facilioo4j.core.errors.FaciliooTimeoutException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RateLimitTest extends ClientTestSupport {
  /** Grants or refuses permits as told and records the wait each attempt was allowed. */
  static final class RecordingRateLimiter implements RateLimiter {
    final List<Duration> waits = Collections.synchronizedList(new ArrayList<>());
    volatile boolean grant = true;
    volatile Runnable onAcquire = () -> {};
    volatile boolean interrupt;

    @Override
    public boolean tryAcquire(Duration maxWait) throws InterruptedException {
      waits.add(maxWait);
      if (interrupt) {
        throw new InterruptedException();
      }
      onAcquire.run();
      return grant;
    }
  }

  /** Blocks every caller until it is interrupted, and counts the interrupts. */
  static final class BlockingRateLimiter implements RateLimiter {
    final CountDownLatch entered = new CountDownLatch(1);
    final CountDownLatch interrupted = new CountDownLatch(1);

    @Override
    public boolean tryAcquire(Duration maxWait) throws InterruptedException {
      entered.countDown();
      try {
        new CountDownLatch(1).await();
        return true;
      } catch (InterruptedException e) {
        interrupted.countDown();
        throw e;
      }
    }
  }

  private final RecordingRateLimiter limiter = new RecordingRateLimiter();

  @ParameterizedTest(name = "async={0}")
  @ValueSource(booleans = {false, true})
  void everyAttemptRetriesAndLoginsIncludedTakesAPermit(boolean async) throws Exception {
    server.enqueue(
        json(200, "{\"accessToken\":\"" + LoginTest.jwtExpiringAt("a", 1L << 40) + "\"}"));
    server.enqueue(json(503, "{}"));
    server.enqueue(json(200, "{\"ok\":true}"));
    LoginTokenProvider login =
        LoginTokenProvider.builder().email("sync@acme.example").password("pw-1").build();
    FaciliooClient client = client(b -> b.tokenProvider(login).rateLimiter(limiter));

    ApiResponse<JsonNode> response = call(client, get("/api/a"), JsonNode.class, async);

    assertTrue(response.value().get("ok").asBoolean());
    assertEquals(3, server.getRequestCount());
    assertEquals("/api/auth/login", server.takeRequest().getPath());
    assertEquals(3, limiter.waits.size());
  }

  @ParameterizedTest(name = "async={0}")
  @ValueSource(booleans = {false, true})
  void failsFastWithNothingSentWhenNoPermitIsFreeAndNoWaitIsAllowed(boolean async) {
    limiter.grant = false;
    FaciliooClient client =
        client(b -> b.rateLimiter(limiter).rateLimitWait(Duration.ZERO).maxRetries(2));

    FaciliooRateLimitedLocallyException e =
        assertThrows(
            FaciliooRateLimitedLocallyException.class,
            () -> call(client, get("/api/a"), JsonNode.class, async));

    assertTrue(e.isNotSent());
    assertEquals("GET /api/a not sent: no rate-limit permit within 0 ms", e.getMessage());
    assertEquals(List.of(Duration.ZERO), limiter.waits);
    assertEquals(0, server.getRequestCount());
  }

  @ParameterizedTest(name = "async={0}")
  @ValueSource(booleans = {false, true})
  void waitsAtMostTheCallTimeoutAndThenTimesOutUnsent(boolean async) {
    limiter.grant = false;
    FaciliooClient client = client(b -> b.rateLimiter(limiter));

    FaciliooTimeoutException e =
        assertThrows(
            FaciliooTimeoutException.class,
            () -> call(client, get("/api/a"), JsonNode.class, async));

    assertTrue(e.isNotSent());
    // What is left of the 10 s call timeout: getting the token before the permit may take a few
    // real milliseconds of it.
    assertEquals(1, limiter.waits.size());
    Duration wait = limiter.waits.get(0);
    assertTrue(
        wait.compareTo(Duration.ofSeconds(10)) <= 0 && wait.compareTo(Duration.ofSeconds(9)) > 0,
        wait::toString);
    assertEquals(0, server.getRequestCount());
  }

  @ParameterizedTest(name = "async={0}")
  @ValueSource(booleans = {false, true})
  void timeSpentWaitingForAPermitIsTakenFromTheCallTimeout(boolean async) {
    // The permit comes after 9.99 s of the 10 s call timeout: 10 ms are left for an exchange the
    // server answers after 300 ms, which would succeed with the whole timeout.
    limiter.onAcquire = () -> clock.advance(Duration.ofMillis(9_990));
    server.enqueue(json(200, "{}").setHeadersDelay(300, TimeUnit.MILLISECONDS));
    FaciliooClient client = client(b -> b.rateLimiter(limiter).maxRetries(0));

    FaciliooTimeoutException e =
        assertThrows(
            FaciliooTimeoutException.class,
            () -> call(client, get("/api/a"), JsonNode.class, async));

    assertTrue(e.getMessage().startsWith("GET /api/a timed out"), e.getMessage());
  }

  @ParameterizedTest(name = "async={0}")
  @ValueSource(booleans = {false, true})
  void anInterruptWhileWaitingEndsTheCallUnsentAndKeepsTheFlag(boolean async) {
    limiter.interrupt = true;
    FaciliooClient client = client(b -> b.rateLimiter(limiter));

    if (async) {
      FaciliooIoException e =
          assertThrows(
              FaciliooIoException.class, () -> call(client, get("/api/a"), JsonNode.class, true));
      assertTrue(e.isNotSent());
      assertInstanceOf(InterruptedIOException.class, e.getCause());
    } else {
      try {
        FaciliooIoException e =
            assertThrows(
                FaciliooIoException.class, () -> client.execute(get("/api/a"), JsonNode.class));
        assertTrue(Thread.currentThread().isInterrupted());
        assertTrue(e.isNotSent());
        assertInstanceOf(InterruptedIOException.class, e.getCause());
      } finally {
        Thread.interrupted();
      }
    }
    assertEquals(1, limiter.waits.size());
    assertEquals(0, server.getRequestCount());
  }

  @ParameterizedTest(name = "async={0}")
  @ValueSource(booleans = {false, true})
  void aDerivedClientCanFailFastWhileItsParentWaits(boolean async) {
    limiter.grant = false;
    FaciliooClient parent = client(b -> b.rateLimiter(limiter));
    FaciliooClient quick = track(parent.withOptions(o -> o.rateLimitWait(Duration.ZERO)));

    assertThrows(
        FaciliooRateLimitedLocallyException.class,
        () -> call(quick, get("/api/a"), JsonNode.class, async));
    assertThrows(
        FaciliooTimeoutException.class, () -> call(parent, get("/api/a"), JsonNode.class, async));

    assertEquals(List.of(Duration.ZERO, Duration.ofSeconds(10)), limiter.waits);
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void cancellingAnAsyncCallEndsItsWaitForAPermitAndNothingIsSent() throws Exception {
    BlockingRateLimiter blocking = new BlockingRateLimiter();
    FaciliooClient client = client(b -> b.rateLimiter(blocking));

    CompletableFuture<ApiResponse<JsonNode>> future =
        client.executeAsync(get("/api/a"), JsonNode.class);
    assertTrue(blocking.entered.await(10, TimeUnit.SECONDS), "never asked for a permit");
    future.cancel(true);

    assertTrue(blocking.interrupted.await(10, TimeUnit.SECONDS), "the wait goes on");
    assertTrue(future.isCancelled());
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void closingTheClientEndsAnAsyncWaitForAPermitAndNothingIsSent() throws Exception {
    BlockingRateLimiter blocking = new BlockingRateLimiter();
    FaciliooClient client = client(b -> b.rateLimiter(blocking));

    CompletableFuture<ApiResponse<JsonNode>> future =
        client.executeAsync(get("/api/a"), JsonNode.class);
    assertTrue(blocking.entered.await(10, TimeUnit.SECONDS), "never asked for a permit");
    client.close();

    ExecutionException e =
        assertThrows(ExecutionException.class, () -> future.get(10, TimeUnit.SECONDS));
    assertInstanceOf(IllegalStateException.class, e.getCause());
    assertEquals("client is closed", e.getCause().getMessage());
    assertTrue(blocking.interrupted.await(10, TimeUnit.SECONDS), "the wait goes on");
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void anAsyncCallWaitsForTheNextPermitOfATokenBucketAndIsThenSent() throws Exception {
    server.enqueue(json(200, "{\"n\":1}"));
    server.enqueue(json(200, "{\"n\":2}"));
    // One permit at once, the next one due within 50 ms, waited for on the client's timer.
    FaciliooClient client = client(b -> b.rateLimiter(RateLimiter.tokenBucket(20, 1)));

    ApiResponse<JsonNode> first = call(client, get("/api/a"), JsonNode.class, true);
    ApiResponse<JsonNode> second = call(client, get("/api/a"), JsonNode.class, true);

    assertEquals(1, first.value().get("n").asInt());
    assertEquals(2, second.value().get("n").asInt());
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void closingTheClientEndsAnAsyncWaitForATokenBucketPermitAndNothingMoreIsSent() throws Exception {
    server.enqueue(json(200, "{}"));
    // The second permit is due in 1,000 s, within the hour the call may take.
    FaciliooClient client =
        client(
            b -> b.rateLimiter(RateLimiter.tokenBucket(0.001, 1)).callTimeout(Duration.ofHours(1)));
    call(client, get("/api/a"), JsonNode.class, true);

    CompletableFuture<ApiResponse<JsonNode>> waiting =
        client.executeAsync(get("/api/a"), JsonNode.class);
    client.close();

    ExecutionException e =
        assertThrows(ExecutionException.class, () -> waiting.get(10, TimeUnit.SECONDS));
    assertInstanceOf(IllegalStateException.class, e.getCause());
    assertEquals(1, server.getRequestCount());
  }
}

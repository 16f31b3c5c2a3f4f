package io.github.facilioo4j.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.facilioo4j.core.TokenProvider;
import io.github.facilioo4j.processes.ProcessesClient;
import io.github.facilioo4j.processes.model.ProcessRead;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Cancelling a future stops its call, and closing a client stops everything that has not gone out
 * yet. Every wait is on a latch; "nothing more is sent" is checked once every SDK thread that could
 * still send has provably moved on.
 */
class CancelAndCloseTest extends LoopbackServerSupport {
  /** The SDK's async threads per client (SharedResources.ASYNC_THREADS). */
  private static final int ASYNC_THREADS = 32;

  private static final long WAIT_SECONDS = 10;

  private final AtomicInteger posts = new AtomicInteger();

  @Test
  void cancellingACreateInFlightCancelsItsHttpCallAtOnce() throws Exception {
    CountDownLatch arrived = new CountDownLatch(1);
    CountDownLatch answer = new CountDownLatch(1);
    server.setDispatcher(
        dispatcher(
            request -> {
              arrived.countDown();
              answer.await();
              return process(1);
            }));
    CountDownLatch callEnded = new CountDownLatch(1);
    AtomicReference<IOException> failure = new AtomicReference<>();
    okHttp =
        okHttp
            .newBuilder()
            .eventListener(
                new EventListener() {
                  @Override
                  public void callFailed(Call call, IOException ioe) {
                    failure.set(ioe);
                    callEnded.countDown();
                  }

                  @Override
                  public void callEnd(Call call) {
                    callEnded.countDown();
                  }
                })
            .build();

    // Timeouts far beyond the waits below: only the cancel can end the call in time.
    CompletableFuture<ProcessRead> created =
        client(b -> b.readTimeout(Duration.ofSeconds(60)).callTimeout(Duration.ofSeconds(60)))
            .createAsync(newProcess());
    try {
      assertTrue(arrived.await(WAIT_SECONDS, TimeUnit.SECONDS), "the create reached the server");
      assertTrue(created.cancel(true));
      assertTrue(
          callEnded.await(WAIT_SECONDS, TimeUnit.SECONDS),
          "the HTTP call ended while the server still held the request");
    } finally {
      answer.countDown();
    }

    assertInstanceOf(IOException.class, failure.get(), "the HTTP call failed: it was cancelled");
    assertThrows(CancellationException.class, created::join);
    assertEquals(1, posts.get());
    assertRequestsAndNoLeaks(1);
  }

  @Test
  void cancelledCreatesThatWereQueuedOrWaitingForATokenSendNothing() throws Exception {
    int creates = ASYNC_THREADS + 8;
    CountDownLatch waitingForToken = new CountDownLatch(ASYNC_THREADS);
    CountDownLatch tokenReady = new CountDownLatch(1);
    TokenProvider slowTokens =
        () -> {
          if (tokenReady.getCount() > 0) {
            waitingForToken.countDown();
            try {
              tokenReady.await();
            } catch (InterruptedException e) {
              // A well-behaved provider keeps the flag and lets the caller decide.
              Thread.currentThread().interrupt();
            }
          }
          return TOKEN;
        };
    CountDownLatch barrier = new CountDownLatch(ASYNC_THREADS);
    server.setDispatcher(
        dispatcher(
            request -> "POST".equals(request.getMethod()) ? process(1) : barrierAnswer(barrier)));
    ProcessesClient client = client(b -> b.tokenProvider(slowTokens));

    List<CompletableFuture<ProcessRead>> futures = new ArrayList<>();
    for (int i = 0; i < creates; i++) {
      futures.add(client.createAsync(newProcess()));
    }
    assertTrue(waitingForToken.await(WAIT_SECONDS, TimeUnit.SECONDS), "every thread is busy");
    for (CompletableFuture<ProcessRead> future : futures) {
      assertTrue(future.cancel(true));
    }
    tokenReady.countDown();
    // One retrieve per SDK thread, all held by the server until every one has arrived: by then
    // each thread has finished whatever it ran before, so every create has sent all it ever will.
    List<CompletableFuture<ProcessRead>> barrierCalls = new ArrayList<>();
    for (int i = 0; i < ASYNC_THREADS; i++) {
      barrierCalls.add(client.retrieveAsync(7));
    }
    for (CompletableFuture<ProcessRead> call : barrierCalls) {
      assertEquals(7, call.get(WAIT_SECONDS, TimeUnit.SECONDS).id());
    }

    assertEquals(0, posts.get(), "cancelled creates reached the server");
    assertRequestsAndNoLeaks(ASYNC_THREADS);
  }

  @Test
  void closingTheClientFailsQueuedCallsAtOnceAndTheyNeverReachTheServer() throws Exception {
    CountDownLatch running = new CountDownLatch(ASYNC_THREADS);
    CountDownLatch answer = new CountDownLatch(1);
    server.setDispatcher(
        dispatcher(
            request -> {
              running.countDown();
              answer.await();
              return process(7);
            }));
    Set<Thread> sdkThreads = ConcurrentHashMap.newKeySet();
    okHttp =
        okHttp
            .newBuilder()
            .addInterceptor(
                chain -> {
                  sdkThreads.add(Thread.currentThread());
                  return chain.proceed(chain.request());
                })
            .build();
    ProcessesClient client = client();
    List<CompletableFuture<ProcessRead>> inFlight = new ArrayList<>();
    for (int i = 0; i < ASYNC_THREADS; i++) {
      inFlight.add(client.retrieveAsync(7));
    }
    List<CompletableFuture<ProcessRead>> queued = new ArrayList<>();
    try {
      assertTrue(running.await(WAIT_SECONDS, TimeUnit.SECONDS), "every thread is busy");
      for (int i = 0; i < 5; i++) {
        queued.add(client.createAsync(newProcess()));
      }

      client.close();

      for (CompletableFuture<ProcessRead> call : queued) {
        assertTrue(call.isDone(), "a queued call is failed when close() returns");
        ExecutionException e = assertThrows(ExecutionException.class, call::get);
        assertEquals(IllegalStateException.class, e.getCause().getClass());
        assertEquals("client is closed", e.getCause().getMessage());
      }
    } finally {
      answer.countDown();
    }
    for (CompletableFuture<ProcessRead> call : inFlight) {
      assertEquals(7, call.get(WAIT_SECONDS, TimeUnit.SECONDS).id(), "running calls finish");
    }
    // Closing shuts the threads down once they have nothing left to run: when all have ended,
    // nothing the client queued can still be sent.
    for (Thread thread : sdkThreads) {
      thread.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
      assertFalse(thread.isAlive(), thread.getName());
    }

    assertEquals(0, posts.get(), "a create queued before close() reached the server");
    assertRequestsAndNoLeaks(ASYNC_THREADS);
  }

  @ParameterizedTest(name = "async: {0}")
  @ValueSource(booleans = {false, true})
  void aCallWaitingToRetryWhenItsClientClosesFailsAndSendsNothingMore(boolean async)
      throws Exception {
    server.enqueue(json(503, "{\"title\":\"busy\"}"));
    server.enqueue(process(7));
    CountDownLatch waiting = new CountDownLatch(1);
    CountDownLatch wake = new CountDownLatch(1);
    ProcessesClient client =
        client(
            b ->
                b.sleeper(
                    delay -> {
                      waiting.countDown();
                      wake.await();
                    }));

    CompletableFuture<ProcessRead> call =
        async ? client.retrieveAsync(7) : CompletableFuture.supplyAsync(() -> client.retrieve(7));
    try {
      assertTrue(waiting.await(WAIT_SECONDS, TimeUnit.SECONDS), "the call waits to retry");
      client.close();
    } finally {
      wake.countDown();
    }

    ExecutionException e =
        assertThrows(ExecutionException.class, () -> call.get(WAIT_SECONDS, TimeUnit.SECONDS));
    assertEquals(IllegalStateException.class, e.getCause().getClass());
    assertEquals("client is closed", e.getCause().getMessage());
    assertRequestsAndNoLeaks(1);
  }

  /** Answers the barrier's retrieves once all of them have arrived. */
  private MockResponse barrierAnswer(CountDownLatch barrier) throws InterruptedException {
    barrier.countDown();
    assertTrue(barrier.await(WAIT_SECONDS, TimeUnit.SECONDS), "the barrier filled up");
    return process(7);
  }

  private Dispatcher dispatcher(Answer answer) {
    return new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        if ("POST".equals(request.getMethod())) {
          posts.incrementAndGet();
        }
        return answer.to(request);
      }
    };
  }

  private interface Answer {
    MockResponse to(RecordedRequest request) throws InterruptedException;
  }
}

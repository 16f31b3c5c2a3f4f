package io.github.facilioo4j.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.facilioo4j.core.FaciliooOptions;
import io.github.facilioo4j.processes.ProcessesClient;
import io.github.facilioo4j.processes.model.ProcessRead;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

/**
 * Async calls do not take a thread each: a thousand calls held by the server run on a number of SDK
 * threads bounded by the in-flight limit, the limit holds also with an application's OkHttp client
 * whose own dispatcher would allow more, and every future gets its own answer. All waits are on
 * latches.
 */
class AsyncFanOutTest extends LoopbackServerSupport {
  private static final int CALLS = 1_000;
  private static final long WAIT_SECONDS = 30;

  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger mostInFlight = new AtomicInteger();
  private final CountDownLatch release = new CountDownLatch(1);

  @Test
  void aThousandAsyncCallsHeldByTheServerUseABoundedNumberOfSdkThreads() throws Exception {
    int limit = FaciliooOptions.DEFAULT_MAX_REQUESTS_PER_HOST;
    CountDownLatch arrived = holdEveryRequest(limit);
    ProcessesClient client = client();

    List<CompletableFuture<ProcessRead>> calls = startCalls(client);
    try {
      assertTrue(
          arrived.await(WAIT_SECONDS, TimeUnit.SECONDS), "the first calls reached the server");
      int threads = sdkThreads();
      assertTrue(
          threads <= limit + 2,
          "SDK threads while " + CALLS + " calls are in flight or queued: " + threads);
    } finally {
      release.countDown();
    }

    assertEveryCallGotItsOwnAnswer(calls);
    assertEquals(limit, mostInFlight.get(), "requests the server held at once");
    assertRequestsAndNoLeaks(CALLS);
  }

  @Test
  void theInFlightLimitHoldsWithAnApplicationsClientWhoseDispatcherAllowsMore() throws Exception {
    Dispatcher generous = new Dispatcher();
    generous.setMaxRequests(1_000);
    generous.setMaxRequestsPerHost(1_000);
    okHttp = okHttp.newBuilder().dispatcher(generous).build();
    CountDownLatch arrived = holdEveryRequest(8);
    ProcessesClient client = client(b -> b.maxRequests(100).maxRequestsPerHost(8));

    List<CompletableFuture<ProcessRead>> calls = startCalls(client);
    try {
      assertTrue(
          arrived.await(WAIT_SECONDS, TimeUnit.SECONDS), "the first calls reached the server");
      assertTrue(sdkThreads() <= 8 + 2, "SDK threads: " + sdkThreads());
    } finally {
      release.countDown();
    }

    assertEveryCallGotItsOwnAnswer(calls);
    assertEquals(8, mostInFlight.get(), "requests the server held at once");
    assertEquals(0, generous.runningCallsCount() + generous.queuedCallsCount());
    assertRequestsAndNoLeaks(CALLS);
  }

  /** Holds every request until {@link #release}; the latch opens once {@code first} arrived. */
  private CountDownLatch holdEveryRequest(int first) {
    CountDownLatch arrived = new CountDownLatch(first);
    server.setDispatcher(
        new okhttp3.mockwebserver.Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
            int now = inFlight.incrementAndGet();
            mostInFlight.accumulateAndGet(now, Math::max);
            arrived.countDown();
            try {
              release.await(WAIT_SECONDS, TimeUnit.SECONDS);
            } finally {
              inFlight.decrementAndGet();
            }
            String path = request.getPath();
            return process(Integer.parseInt(path.substring(path.lastIndexOf('/') + 1)));
          }
        });
    return arrived;
  }

  private static List<CompletableFuture<ProcessRead>> startCalls(ProcessesClient client) {
    List<CompletableFuture<ProcessRead>> calls = new ArrayList<>();
    for (int id = 1; id <= CALLS; id++) {
      calls.add(client.retrieveAsync(id));
    }
    return calls;
  }

  private static void assertEveryCallGotItsOwnAnswer(List<CompletableFuture<ProcessRead>> calls)
      throws Exception {
    for (int i = 0; i < calls.size(); i++) {
      assertEquals(i + 1, calls.get(i).get(WAIT_SECONDS, TimeUnit.SECONDS).id());
    }
  }

  /**
   * Threads of the SDK: its own, named {@code facilioo-...}, and those OkHttp renames after the URL
   * while they run a call ({@code OkHttp http://...}).
   */
  private static int sdkThreads() {
    int count = 0;
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      String name = thread.getName();
      if (thread.isAlive() && (name.startsWith("facilioo-") || name.startsWith("OkHttp http"))) {
        count++;
      }
    }
    return count;
  }
}

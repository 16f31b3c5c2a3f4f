package io.github.facilioo4j.fleet;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.facilioo4j.core.errors.FaciliooRateLimitedLocallyException;
import io.github.facilioo4j.processes.ProcessesClient;
import io.github.facilioo4j.testkit.FaciliooSandbox;
import io.github.facilioo4j.testkit.RecordedRequest;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SharedBudgetTest {
  static final int WORKERS = 8;
  static final int REQUESTS_PER_WORKER = 50;
  static final double BUDGET = 100; // requests per second, for the whole fleet
  static final int BURST = 10;

  static final List<Duration> WINDOWS =
      List.of(
          Duration.ofMillis(100),
          Duration.ofMillis(500),
          Duration.ofSeconds(1),
          Duration.ofSeconds(2));

  private DataSource db;

  @BeforeEach
  void migrate() throws Exception {
    Postgres.dropTables();
    db = Postgres.dataSource();
    CreateLedger.builder(db).build().migrate();
  }

  /**
   * The bucket's bound holds where permits fall due, on the bucket's clock. A permit is handed out
   * no earlier, and its request reaches the sandbox later still; those delays vary (a thread waking
   * late, a slow database answer, the network, the sandbox's threads), and requests delayed by
   * different amounts can meet in one window. So where they are counted later, the bound widens by
   * the spread of the delays, measured here for every request: {@code BUDGET * (T + spread) +
   * BURST}.
   */
  @Test
  void eightWorkersSharingOneBudgetNeverExceedItByMoreThanOneBurstAndNoRequestLeavesEarly()
      throws Exception {
    NanoClock clock = new NanoClock();
    List<RecordingRateLimiter> budgets = new ArrayList<>();
    for (int w = 0; w < WORKERS; w++) {
      // Each worker has its own limiter over the same row, as separate pods would.
      budgets.add(new RecordingRateLimiter(db, 7L, BUDGET, BURST, clock));
    }
    try (FaciliooSandbox sandbox = FaciliooSandbox.builder().maxThreads(16).clock(clock).start()) {
      // One process per worker, so that the sandbox's log tells whose request each one was.
      List<Integer> ids = new ArrayList<>();
      List<String> paths = new ArrayList<>();
      for (ObjectNode p : sandbox.seedProcesses(WORKERS, 501)) {
        ids.add(p.get("id").asInt());
        paths.add("/api/processes/" + p.get("id").asInt());
      }
      ExecutorService pool = Executors.newFixedThreadPool(WORKERS);
      try {
        List<Future<?>> running = new ArrayList<>();
        for (int w = 0; w < WORKERS; w++) {
          RecordingRateLimiter budget = budgets.get(w);
          int id = ids.get(w);
          running.add(
              pool.submit(
                  () -> {
                    try (ProcessesClient processes =
                        ProcessesClient.create(
                            Fleet.client(sandbox.baseUrl(), FaciliooSandbox.DEFAULT_TOKEN)
                                .rateLimiter(budget)
                                .build())) {
                      for (int i = 0; i < REQUESTS_PER_WORKER; i++) {
                        processes.retrieve(id);
                      }
                    }
                    return null;
                  }));
        }
        for (Future<?> worker : running) {
          worker.get(60, TimeUnit.SECONDS);
        }
      } finally {
        pool.shutdownNow();
      }

      List<RecordedRequest> requests = sandbox.recordedRequests();
      assertEquals(WORKERS * REQUESTS_PER_WORKER, requests.size());
      Schedule due = new Schedule();
      Schedule handedOut = new Schedule();
      Schedule received = new Schedule();
      for (int w = 0; w < WORKERS; w++) {
        RecordingRateLimiter budget = budgets.get(w);
        List<Long> receivedByWorker = new ArrayList<>();
        for (RecordedRequest r : requests) {
          if (r.path().equals(paths.get(w))) {
            receivedByWorker.add(NanoClock.epochNanos(r.receivedAt()));
          }
        }
        // One permit per request, no login, no retry: the worker's k-th permit is its k-th request.
        assertEquals(REQUESTS_PER_WORKER, budget.due().size(), "permits of worker " + w);
        assertEquals(REQUESTS_PER_WORKER, receivedByWorker.size(), "requests of worker " + w);
        due.addAll(budget.due(), budget.due());
        handedOut.addAll(budget.handedOut(), budget.due());
        received.addAll(receivedByWorker, budget.due());
      }

      StringBuilder report = new StringBuilder();
      report.append(
          String.format(
              "shared budget %.0f/s, burst %d, %d workers x %d requests;"
                  + " delay after due: handed out %.2f..%.2f ms, received %.2f..%.2f ms%n",
              BUDGET,
              BURST,
              WORKERS,
              REQUESTS_PER_WORKER,
              handedOut.minDelay / 1e6,
              handedOut.maxDelay / 1e6,
              received.minDelay / 1e6,
              received.maxDelay / 1e6));
      for (Duration window : WINDOWS) {
        double bound = BUDGET * window.toNanos() / 1e9 + BURST;
        report.append(
            String.format(
                "window %4d ms: bound %.0f; due %d; handed out %d (bound + spread %.1f);"
                    + " received %d (bound + spread %.1f)%n",
                window.toMillis(),
                bound,
                due.mostWithin(window),
                handedOut.mostWithin(window),
                handedOut.bound(window),
                received.mostWithin(window),
                received.bound(window)));
      }
      System.out.print(report);
      Files.createDirectories(Paths.get("target"));
      Files.write(Paths.get("target", "shared-budget.txt"), report.toString().getBytes(UTF_8));
      assertTrue(handedOut.minDelay >= 0, "a permit was handed out before it was due\n" + report);
      assertTrue(received.minDelay >= 0, "a request arrived before its permit was due\n" + report);
      for (Duration window : WINDOWS) {
        double bound = BUDGET * window.toNanos() / 1e9 + BURST;
        assertTrue(due.mostWithin(window) <= bound, "due within " + window + "\n" + report);
        assertTrue(
            handedOut.mostWithin(window) <= handedOut.bound(window),
            "handed out within " + window + "\n" + report);
        assertTrue(
            received.mostWithin(window) <= received.bound(window),
            "received within " + window + "\n" + report);
      }
    }
  }

  @Test
  void aWorkerThatMayNotWaitFailsFastWhenTheSharedBudgetIsSpent() throws Exception {
    try (FaciliooSandbox sandbox = FaciliooSandbox.builder().start()) {
      int id = sandbox.seedProcesses(1, 501).get(0).get("id").asInt();
      // A budget of one request per 1000 s: the burst of 2 is all there is for this test.
      BucketRateLimiter budget = BucketRateLimiter.postgres(db, 8L, 0.001, 2);
      BucketRateLimiter sameBudgetElsewhere = BucketRateLimiter.postgres(db, 8L, 0.001, 2);
      try (ProcessesClient first =
              ProcessesClient.create(
                  Fleet.client(sandbox.baseUrl(), FaciliooSandbox.DEFAULT_TOKEN)
                      .rateLimiter(budget)
                      .rateLimitWait(Duration.ZERO)
                      .build());
          ProcessesClient second =
              ProcessesClient.create(
                  Fleet.client(sandbox.baseUrl(), FaciliooSandbox.DEFAULT_TOKEN)
                      .rateLimiter(sameBudgetElsewhere)
                      .rateLimitWait(Duration.ZERO)
                      .build())) {
        first.retrieve(id);
        second.retrieve(id);

        FaciliooRateLimitedLocallyException e =
            assertThrows(FaciliooRateLimitedLocallyException.class, () -> first.retrieve(id));

        assertTrue(e.isNotSent());
        assertEquals(2, sandbox.requestCount());
        assertFalse(sameBudgetElsewhere.tryAcquire(Duration.ZERO));
      }
    }
  }

  /** Times of events, each with how long after its permit fell due it happened. */
  static final class Schedule {
    final List<Long> times = new ArrayList<>();
    long minDelay = Long.MAX_VALUE;
    long maxDelay = Long.MIN_VALUE;

    void addAll(List<Long> at, List<Long> due) {
      for (int i = 0; i < at.size(); i++) {
        times.add(at.get(i));
        minDelay = Math.min(minDelay, at.get(i) - due.get(i));
        maxDelay = Math.max(maxDelay, at.get(i) - due.get(i));
      }
    }

    /**
     * The bound for events each delayed after its due time by between {@code minDelay} and {@code
     * maxDelay}: those in a window of {@code T} fell due within {@code T + spread}.
     */
    double bound(Duration window) {
      return BUDGET * (window.toNanos() + maxDelay - minDelay) / 1e9 + BURST;
    }

    /** The most events within any closed window of the given length. */
    int mostWithin(Duration window) {
      List<Long> sorted = new ArrayList<>(times);
      sorted.sort(null);
      long length = window.toNanos();
      int most = 0;
      int start = 0;
      for (int end = 0; end < sorted.size(); end++) {
        while (sorted.get(end) - sorted.get(start) > length) {
          start++;
        }
        most = Math.max(most, end - start + 1);
      }
      return most;
    }
  }
}

package io.github.facilioo4j.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.facilioo4j.core.errors.FaciliooRateLimitedLocallyException;
import io.github.facilioo4j.processes.ProcessesClient;
import io.github.facilioo4j.testkit.FaciliooSandbox;
import io.github.facilioo4j.testkit.RecordedRequest;
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

  /**
   * The bucket's bound, {@code BUDGET * window + BURST}, is exact where permits are handed out; the
   * sandbox records each request a little later, after its own delay. Requests whose delays differ
   * by up to this much can land in one window, so the count the sandbox sees may exceed the bound
   * by {@code BUDGET * DELIVERY_SPREAD} (5 requests at 100/s).
   */
  static final Duration DELIVERY_SPREAD = Duration.ofMillis(50);

  private DataSource db;

  @BeforeEach
  void migrate() throws Exception {
    Postgres.dropTables();
    db = Postgres.dataSource();
    CreateLedger.builder(db).build().migrate();
  }

  @Test
  void eightWorkersSharingOneBudgetNeverExceedItByMoreThanOneBurst() throws Exception {
    try (FaciliooSandbox sandbox = FaciliooSandbox.builder().maxThreads(16).start()) {
      int id = sandbox.seedProcesses(1, 501).get(0).get("id").asInt();
      ExecutorService pool = Executors.newFixedThreadPool(WORKERS);
      try {
        List<Future<?>> running = new ArrayList<>();
        for (int w = 0; w < WORKERS; w++) {
          running.add(
              pool.submit(
                  () -> {
                    // Each worker has its own limiter over the same row, as separate pods would.
                    BucketRateLimiter budget = BucketRateLimiter.postgres(db, 7L, BUDGET, BURST);
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
      double worst = 0;
      for (Duration window :
          List.of(Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2))) {
        int most = mostIn(requests, window);
        double allowed = BUDGET * (window.toMillis() + DELIVERY_SPREAD.toMillis()) / 1000.0 + BURST;
        worst = Math.max(worst, most - BUDGET * window.toMillis() / 1000.0);
        System.out.println(
            "shared budget "
                + BUDGET
                + "/s, burst "
                + BURST
                + ": at most "
                + most
                + " requests in "
                + window.toMillis()
                + " ms (allowed "
                + allowed
                + ")");
        assertTrue(most <= allowed, most + " requests in " + window + ", allowed " + allowed);
      }
      System.out.println(
          "worst excess over the budget in any window: "
              + worst
              + " requests (burst "
              + BURST
              + ")");
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

  /** The most requests the sandbox received within any window of the given length. */
  static int mostIn(List<RecordedRequest> requests, Duration window) {
    List<Long> times = new ArrayList<>();
    for (RecordedRequest r : requests) {
      times.add(r.receivedAt().toEpochMilli() * 1_000_000L + r.receivedAt().getNano() % 1_000_000);
    }
    times.sort(null);
    long length = window.toNanos();
    int most = 0;
    int start = 0;
    for (int end = 0; end < times.size(); end++) {
      while (times.get(end) - times.get(start) >= length) {
        start++;
      }
      most = Math.max(most, end - start + 1);
    }
    return most;
  }
}

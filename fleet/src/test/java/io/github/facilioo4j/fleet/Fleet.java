package io.github.facilioo4j.fleet;

import io.github.facilioo4j.core.FaciliooOptions;
import io.github.facilioo4j.core.errors.FaciliooException;
import io.github.facilioo4j.processes.ProcessesClient;
import io.github.facilioo4j.processes.model.ProcessCreate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * A fleet of workers consuming an at-least-once event stream: each worker has its own SDK client
 * and creates through the shared ledger; an event whose handling failed (the worker was killed, the
 * service failed, another worker's claim is still pending) is delivered again at the end of the
 * stream, as a broker redelivers an unacknowledged message.
 */
final class Fleet {
  /** What one run saw. */
  static final class Stats {
    final AtomicInteger kills = new AtomicInteger();
    final AtomicInteger redeliveries = new AtomicInteger();
    final Map<LedgerResult.Outcome, AtomicInteger> outcomes = new ConcurrentHashMap<>();

    @Override
    public String toString() {
      return "kills=" + kills + " redeliveries=" + redeliveries + " outcomes=" + outcomes;
    }
  }

  private Fleet() {}

  /**
   * Events: {@code unique} external ids, of which {@code duplicates} are delivered twice, the copy
   * right behind the original so that two workers handle them at the same moment.
   */
  static List<String> events(String prefix, int unique, int duplicates, long seed) {
    Random random = new Random(seed);
    List<Integer> ids = new ArrayList<>();
    for (int i = 0; i < unique; i++) {
      ids.add(i);
    }
    Collections.shuffle(ids, random);
    List<Integer> twice = ids.subList(0, duplicates);
    List<String> events = new ArrayList<>();
    Collections.shuffle(ids, random);
    for (int id : ids) {
      events.add(prefix + id);
      if (twice.contains(id)) {
        events.add(prefix + id);
      }
    }
    return events;
  }

  static ProcessCreate process(String externalId) {
    int unit = 501 + Math.floorMod(externalId.hashCode(), 40);
    return ProcessCreate.builder()
        .report("<p>Event " + externalId + "</p>")
        .contactId(12)
        .typeId(3)
        .unitId(unit)
        .externalId(externalId)
        .build();
  }

  static FaciliooOptions.Builder client(String baseUrl, String token) {
    return FaciliooOptions.builder()
        .baseUrl(baseUrl)
        .token(token)
        .maxRetries(2)
        .callTimeout(Duration.ofSeconds(10))
        // Back-off waits are not what this test is about.
        .sleeper(d -> {});
  }

  static Stats run(
      DataSource db,
      String baseUrl,
      String token,
      List<String> events,
      int workers,
      double killRate)
      throws Exception {
    Stats stats = new Stats();
    CreateLedger ledger =
        CreateLedger.builder(KillingDataSource.wrap(db, killRate, events.hashCode(), stats.kills))
            .lease(Duration.ofSeconds(2))
            .waitTimeout(Duration.ofSeconds(5))
            .pollInterval(Duration.ofMillis(10))
            .build();
    LinkedBlockingDeque<String> stream = new LinkedBlockingDeque<>(events);
    AtomicInteger unacknowledged = new AtomicInteger(events.size());
    ExecutorService pool = Executors.newFixedThreadPool(workers);
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int w = 0; w < workers; w++) {
        running.add(
            pool.submit(
                () -> {
                  try (ProcessesClient processes =
                      ProcessesClient.create(client(baseUrl, token).build())) {
                    while (unacknowledged.get() > 0) {
                      String event = stream.poll(20, TimeUnit.MILLISECONDS);
                      if (event == null) {
                        continue;
                      }
                      try {
                        LedgerResult result = ledger.createOnce(processes, process(event));
                        stats
                            .outcomes
                            .computeIfAbsent(result.outcome(), o -> new AtomicInteger())
                            .incrementAndGet();
                        unacknowledged.decrementAndGet();
                      } catch (LedgerException | FaciliooException e) {
                        stats.redeliveries.incrementAndGet();
                        stream.addLast(event);
                      }
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> worker : running) {
        worker.get(90, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    return stats;
  }
}

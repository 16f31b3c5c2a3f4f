package io.github.facilioo4j.testkit;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The thread-safe record of every request received, plus the cursor of takeRequest(). */
final class RequestLog {
  private final Clock clock;
  private final List<RecordedRequest> requests = new ArrayList<>();
  private int taken;

  RequestLog(Clock clock) {
    this.clock = clock;
  }

  synchronized void record(HttpRequestData request, String fault) {
    requests.add(new RecordedRequest(requests.size() + 1, clock.instant(), request, fault));
    notifyAll();
  }

  synchronized List<RecordedRequest> snapshot() {
    return new ArrayList<>(requests);
  }

  synchronized int count() {
    return requests.size();
  }

  synchronized RecordedRequest take(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (taken >= requests.size()) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return null;
      }
      TimeUnit.NANOSECONDS.timedWait(this, left);
    }
    return requests.get(taken++);
  }

  synchronized void reset() {
    requests.clear();
    taken = 0;
  }
}

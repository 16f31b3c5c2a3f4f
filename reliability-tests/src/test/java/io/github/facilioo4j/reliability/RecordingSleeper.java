package io.github.facilioo4j.reliability;

import io.github.facilioo4j.core.Sleeper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Records back-off delays instead of waiting, so retries cost no time. Thread-safe. */
final class RecordingSleeper implements Sleeper {
  private final List<Duration> delays = new ArrayList<>();

  @Override
  public synchronized void sleep(Duration duration) {
    delays.add(duration);
  }

  synchronized List<Duration> delays() {
    return new ArrayList<>(delays);
  }
}

package io.github.facilioo4j.testkit;

import io.github.facilioo4j.core.Sleeper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records every requested delay and returns at once. Thread-safe. */
final class RecordingSleeper implements Sleeper {
  private final List<Duration> delays = new CopyOnWriteArrayList<>();

  @Override
  public void sleep(Duration duration) {
    delays.add(duration);
  }

  List<Duration> delays() {
    return new ArrayList<>(delays);
  }
}

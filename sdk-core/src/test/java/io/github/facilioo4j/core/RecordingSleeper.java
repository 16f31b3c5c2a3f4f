package io.github.facilioo4j.core;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A sleeper that records the delays instead of waiting; it can run an action on each sleep. */
final class RecordingSleeper implements Sleeper {
  private final List<Duration> delays = Collections.synchronizedList(new ArrayList<>());
  private volatile Runnable onSleep = () -> {};

  @Override
  public void sleep(Duration duration) {
    delays.add(duration);
    onSleep.run();
  }

  List<Duration> delays() {
    synchronized (delays) {
      return new ArrayList<>(delays);
    }
  }

  void onSleep(Runnable action) {
    this.onSleep = action;
  }
}

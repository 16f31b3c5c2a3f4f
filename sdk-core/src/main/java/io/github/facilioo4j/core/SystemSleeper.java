package io.github.facilioo4j.core;

import java.time.Duration;

/** Waits with {@link Thread#sleep(long)}. */
enum SystemSleeper implements Sleeper {
  INSTANCE;

  @Override
  public void sleep(Duration duration) throws InterruptedException {
    long millis = duration.toMillis();
    if (millis > 0) {
      Thread.sleep(millis);
    }
  }

  @Override
  public String toString() {
    return "Sleeper.system()";
  }
}

package io.github.facilioo4j.core;

import java.time.Duration;

/** Waits with {@link Thread#sleep(long)}, never less than asked. */
enum SystemSleeper implements Sleeper {
  INSTANCE;

  @Override
  public void sleep(Duration duration) throws InterruptedException {
    long millis = millisAtLeast(duration);
    if (millis > 0) {
      Thread.sleep(millis);
    }
  }

  /**
   * The whole milliseconds to sleep for {@code duration}, rounded up: a rate limiter's wait cut
   * down to whole milliseconds would hand its permit out before it is due.
   */
  static long millisAtLeast(Duration duration) {
    long millis = duration.toMillis();
    return duration.getNano() % 1_000_000 == 0 ? millis : millis + 1;
  }

  @Override
  public String toString() {
    return "Sleeper.system()";
  }
}

package io.github.facilioo4j.core;

import java.time.Duration;

/**
 * Waits between retries. The SDK never calls {@link Thread#sleep} directly, so that tests can
 * inject a sleeper that records the delays instead of waiting.
 *
 * <p>Implementations must be thread-safe.
 */
@FunctionalInterface
public interface Sleeper {
  /**
   * Waits for a duration.
   *
   * @param duration how long to wait; zero or positive
   * @throws InterruptedException when the waiting thread is interrupted
   */
  void sleep(Duration duration) throws InterruptedException;

  /**
   * Returns the sleeper that really waits, with {@link Thread#sleep(long)}: never less than the
   * duration, which it rounds up to whole milliseconds.
   *
   * @return the system sleeper
   */
  static Sleeper system() {
    return SystemSleeper.INSTANCE;
  }
}

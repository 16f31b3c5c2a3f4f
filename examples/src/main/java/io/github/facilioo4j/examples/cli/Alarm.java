package io.github.facilioo4j.examples.cli;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Rings once after a delay, on a thread of its own; tests replace it to ring on cue. */
@FunctionalInterface
interface Alarm {
  /**
   * Sets the alarm.
   *
   * @param delay how long until it rings; positive
   * @param ring what to run then, on another thread
   * @return what cancels the alarm if it has not rung yet; may be run more than once
   */
  Runnable set(Duration delay, Runnable ring);

  /**
   * An alarm on one daemon timer thread per setting, which ends once it has rung or is cancelled.
   */
  static Alarm system() {
    return (delay, ring) -> {
      ScheduledExecutorService timer =
          Executors.newSingleThreadScheduledExecutor(
              task -> {
                Thread thread = new Thread(task, "facilioo-cli-timeout");
                thread.setDaemon(true);
                return thread;
              });
      timer.schedule(ring, delay.toMillis(), TimeUnit.MILLISECONDS);
      // The delayed task still runs after shutdown(); then the thread ends by itself.
      timer.shutdown();
      return timer::shutdownNow;
    };
  }
}

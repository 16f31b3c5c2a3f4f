package io.github.facilioo4j.examples.cli;

import java.time.Duration;
import java.util.concurrent.Callable;

/**
 * An alarm that rings when the test's cue comes, not when its delay has passed, and records how it
 * was set and whether it was cancelled. Thread-safe.
 */
final class CuedAlarm implements Alarm {
  private final Callable<Boolean> cue;
  private final boolean atOnce;
  private volatile Duration delay;
  private volatile boolean cancelled;

  private CuedAlarm(Callable<Boolean> cue, boolean atOnce) {
    this.cue = cue;
    this.atOnce = atOnce;
  }

  /** Rings, from a thread of its own, as soon as {@code cue} returns true. */
  static CuedAlarm ringingWhen(Callable<Boolean> cue) {
    return new CuedAlarm(cue, false);
  }

  /** Rings while it is being set, on the setting thread: the budget is used up from the start. */
  static CuedAlarm ringingAtOnce() {
    return new CuedAlarm(() -> true, true);
  }

  /** Never rings. */
  static CuedAlarm silent() {
    return new CuedAlarm(() -> false, false);
  }

  @Override
  public Runnable set(Duration delay, Runnable ring) {
    this.delay = delay;
    if (atOnce) {
      ring.run();
      return () -> cancelled = true;
    }
    Thread waiter =
        new Thread(
            () -> {
              try {
                if (cue.call() && !cancelled) {
                  ring.run();
                }
              } catch (Exception e) {
                // Interrupted by a cancel: the alarm does not ring.
              }
            },
            "cued-alarm");
    waiter.setDaemon(true);
    waiter.start();
    return () -> {
      cancelled = true;
      waiter.interrupt();
    };
  }

  /** The delay the alarm was set with, or {@code null} when it was never set. */
  Duration delay() {
    return delay;
  }

  boolean cancelled() {
    return cancelled;
  }
}

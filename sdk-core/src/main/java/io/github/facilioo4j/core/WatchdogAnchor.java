package io.github.facilioo4j.core;

import java.util.concurrent.TimeUnit;
import okio.AsyncTimeout;

/**
 * Keeps okio's timeout watchdog from being woken for every call: a timeout that falls due in one
 * second, entered again each time it falls due, for as long as calls are being made.
 *
 * <p>Every OkHttp call with a whole-call timeout, and every socket read and write with a timeout,
 * enters okio's queue of {@link AsyncTimeout}s, and okio wakes its watchdog thread whenever the
 * timeout entered is due before all the others. With one call at a time that is every call, and
 * every read: a thread wake-up each (measured in memory: a bare OkHttp call took 1.4 µs with a call
 * timeout and 0.8 µs without). With this one-second timeout first in the queue, the calls' own
 * timeouts (seconds) queue behind it and wake nobody; the watchdog wakes once a second instead.
 * Timeouts still fire exactly when they fall due: this changes who is woken, not when.
 *
 * <p>The anchor stays only while the client is used: when a second passed without a call it is not
 * entered again (a forgotten client wakes nobody), and the next call enters it. {@link #close()}
 * takes it out for good. Thread-safe. Not final only so that tests can watch it fall due.
 */
class WatchdogAnchor extends AsyncTimeout {
  private static final long PERIOD_NANOS = TimeUnit.SECONDS.toNanos(1);

  private final long periodNanos;

  /** Whether the anchor is in okio's queue; written under the lock, read without it. */
  private volatile boolean armed;

  /** Whether a call began since the anchor last fell due. */
  private volatile boolean used;

  private boolean closed; // guarded by this

  WatchdogAnchor() {
    this(PERIOD_NANOS);
  }

  /**
   * Creates an anchor with another period, for tests.
   *
   * @param periodNanos how long after being entered the anchor falls due; positive
   */
  WatchdogAnchor(long periodNanos) {
    this.periodNanos = periodNanos;
  }

  /** Tells the anchor that a call begins; enters it when it is not in the queue. */
  void beforeCall() {
    if (!used) {
      used = true;
    }
    if (!armed) {
      arm();
    }
  }

  private synchronized void arm() {
    if (closed || armed) {
      return;
    }
    try {
      // A timeout that fell due must be exited before it is entered again (okio 3.9 and later
      // insist); for one that is idle this does nothing.
      exit();
      timeout(periodNanos, TimeUnit.NANOSECONDS);
      enter();
      armed = true;
    } catch (RuntimeException e) {
      // An okio that refuses: calls then wake the watchdog as they would without the anchor. A
      // call never fails because of it.
      closed = true;
    }
  }

  /**
   * Runs on okio's watchdog thread, which has just taken the anchor out of its queue. It throws
   * nothing: an exception here would end the watchdog thread, and with it every timeout.
   */
  @Override
  protected void timedOut() {
    synchronized (this) {
      armed = false;
    }
    if (used) {
      used = false;
      arm();
    }
  }

  /**
   * Tells whether the anchor is in okio's queue, for tests of its lifecycle.
   *
   * @return whether it is entered
   */
  boolean isArmed() {
    return armed;
  }

  /** Takes the anchor out of okio's queue for good. Calling it again has no effect. */
  synchronized void close() {
    closed = true;
    if (armed) {
      armed = false;
      exit();
    }
  }

  @Override
  public String toString() {
    return "WatchdogAnchor{armed=" + armed + "}";
  }
}

package io.github.facilioo4j.core;

import java.time.Duration;
import java.util.Map;

/**
 * Finds the threads that wait for a login, by their state and stack, so that a test server can hold
 * its login answer until every caller has joined it, without sleeping.
 */
final class LoginWaiters {
  private LoginWaiters() {}

  /** How many threads are parked in {@code LoginSession.await} right now. */
  static int count() {
    int waiting = 0;
    for (Map.Entry<Thread, StackTraceElement[]> thread : Thread.getAllStackTraces().entrySet()) {
      Thread.State state = thread.getKey().getState();
      if (state != Thread.State.WAITING && state != Thread.State.TIMED_WAITING) {
        continue;
      }
      for (StackTraceElement frame : thread.getValue()) {
        if (frame.getClassName().equals("io.github.facilioo4j.core.LoginSession")
            && frame.getMethodName().equals("await")) {
          waiting++;
          break;
        }
      }
    }
    return waiting;
  }

  /**
   * Waits, yielding, until {@code count} threads wait for a login or {@code within} has passed; the
   * caller's assertions then tell which.
   */
  static void await(int count, Duration within) {
    long deadline = System.nanoTime() + within.toNanos();
    while (count() < count && System.nanoTime() < deadline) {
      Thread.yield();
    }
  }
}

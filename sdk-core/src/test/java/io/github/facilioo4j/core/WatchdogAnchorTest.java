package io.github.facilioo4j.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import okio.AsyncTimeout;
import org.junit.jupiter.api.Test;

/**
 * The anchor that keeps okio's watchdog asleep stays in okio's queue while calls are made, leaves
 * it once a period passed without a call (a forgotten client wakes nobody), comes back with the
 * next call, and never again after {@link WatchdogAnchor#close()}; other timeouts still fire on
 * time.
 */
class WatchdogAnchorTest {
  private static final long PERIOD_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

  /** Each time the anchor fell due: whether it was entered again. */
  private final BlockingQueue<Boolean> fired = new LinkedBlockingQueue<>();

  private final WatchdogAnchor anchor =
      new WatchdogAnchor(PERIOD_NANOS) {
        @Override
        protected void timedOut() {
          super.timedOut();
          fired.add(isArmed());
        }
      };

  @Test
  void staysWhileCallsAreMadeLeavesWhenIdleAndComesBackWithTheNextCall() throws Exception {
    anchor.beforeCall();
    assertTrue(anchor.isArmed());

    assertEquals(Boolean.TRUE, next(), "a call began in the period: the anchor is entered again");
    assertEquals(Boolean.FALSE, next(), "no call in the period: the anchor leaves the queue");
    assertFalse(anchor.isArmed());

    anchor.beforeCall();
    assertTrue(anchor.isArmed());
    assertEquals(Boolean.TRUE, next());
    anchor.close();
  }

  @Test
  void afterCloseItIsNeverEnteredAgain() throws Exception {
    anchor.beforeCall();
    anchor.close();
    anchor.beforeCall();

    assertFalse(anchor.isArmed());
    // Another timeout, due after the anchor would have been: it fires, the anchor never did.
    BlockingQueue<String> other = new LinkedBlockingQueue<>();
    AsyncTimeout later =
        new AsyncTimeout() {
          @Override
          protected void timedOut() {
            other.add("fired");
          }
        };
    later.timeout(3 * PERIOD_NANOS, TimeUnit.NANOSECONDS);
    later.enter();
    assertEquals("fired", other.poll(10, TimeUnit.SECONDS));
    assertTrue(fired.isEmpty(), "the closed anchor fell due: " + fired);
    later.exit();
  }

  @Test
  void aTimeoutQueuedBehindTheAnchorStillFiresWhenItIsDue() throws Exception {
    anchor.beforeCall();
    long start = System.nanoTime();
    BlockingQueue<Long> due = new LinkedBlockingQueue<>();
    AsyncTimeout call =
        new AsyncTimeout() {
          @Override
          protected void timedOut() {
            due.add(System.nanoTime());
          }
        };
    call.timeout(3 * PERIOD_NANOS, TimeUnit.NANOSECONDS);
    call.enter();

    Long firedAt = due.poll(10, TimeUnit.SECONDS);
    assertTrue(firedAt != null && firedAt - start >= 3 * PERIOD_NANOS, "fired early or never");
    call.exit();
    anchor.close();
  }

  private Boolean next() throws InterruptedException {
    Boolean armed = fired.poll(10, TimeUnit.SECONDS);
    if (armed == null) {
      throw new AssertionError("the anchor did not fall due");
    }
    return armed;
  }
}

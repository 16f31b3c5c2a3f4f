package io.github.facilioo4j.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TokenBucketTest {
  private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
  private final List<Duration> sleeps = new ArrayList<>();
  // Sleeping moves the fake time on, as a real sleep would.
  private final Sleeper sleeper =
      d -> {
        sleeps.add(d);
        nanos.addAndGet(d.toNanos());
      };

  private RateLimiter bucket(double perSecond, int burst) {
    return RateLimiter.tokenBucket(perSecond, burst, nanos::get, sleeper);
  }

  @Test
  void handsOutTheBurstAtOnceThenOnePermitPerInterval() throws Exception {
    RateLimiter limiter = bucket(10, 3);

    for (int i = 0; i < 3; i++) {
      assertTrue(limiter.tryAcquire(Duration.ZERO));
    }
    assertTrue(limiter.tryAcquire(Duration.ofSeconds(1)));
    assertTrue(limiter.tryAcquire(Duration.ofSeconds(1)));

    assertEquals(List.of(Duration.ofMillis(100), Duration.ofMillis(100)), sleeps);
  }

  @Test
  void failsFastWithoutTakingAPermitWhenNoneIsDueWithinTheWait() throws Exception {
    RateLimiter limiter = bucket(2, 1);
    assertTrue(limiter.tryAcquire(Duration.ZERO));

    assertFalse(limiter.tryAcquire(Duration.ZERO));
    assertFalse(limiter.tryAcquire(Duration.ofMillis(499)));
    nanos.addAndGet(Duration.ofMillis(500).toNanos());

    assertTrue(limiter.tryAcquire(Duration.ZERO));
    assertEquals(List.of(), sleeps);
  }

  @Test
  void neverHoldsMoreThanTheBurstAfterAQuietPeriod() throws Exception {
    RateLimiter limiter = bucket(100, 2);
    nanos.addAndGet(Duration.ofHours(1).toNanos());

    assertTrue(limiter.tryAcquire(Duration.ZERO));
    assertTrue(limiter.tryAcquire(Duration.ZERO));
    assertFalse(limiter.tryAcquire(Duration.ZERO));
  }

  @Test
  void anInterruptedWaiterGivesItsReservedPermitBack() throws Exception {
    RateLimiter limiter =
        RateLimiter.tokenBucket(
            1,
            1,
            nanos::get,
            d -> {
              throw new InterruptedException();
            });
    assertTrue(limiter.tryAcquire(Duration.ZERO));

    assertThrows(InterruptedException.class, () -> limiter.tryAcquire(Duration.ofSeconds(5)));
    nanos.addAndGet(Duration.ofSeconds(1).toNanos());

    // Had the interrupted caller kept its reservation, this permit would not be free yet.
    assertTrue(limiter.tryAcquire(Duration.ZERO));
  }

  @Test
  void rejectsARateOrBurstOutOfRange() {
    IllegalArgumentException rate =
        assertThrows(IllegalArgumentException.class, () -> bucket(0, 1));
    assertTrue(rate.getMessage().startsWith("permitsPerSecond must be positive"));
    IllegalArgumentException burst =
        assertThrows(IllegalArgumentException.class, () -> bucket(1, 0));
    assertTrue(burst.getMessage().startsWith("burst must be at least 1"));
  }
}

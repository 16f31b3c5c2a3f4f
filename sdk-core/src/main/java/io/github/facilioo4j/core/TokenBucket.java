package io.github.facilioo4j.core;

import java.time.Duration;
import java.util.function.LongSupplier;

/** The local token bucket of {@link RateLimiter#tokenBucket}. Thread-safe. */
final class TokenBucket implements RateLimiter {
  private final double permitsPerSecond;
  private final double permitsPerNano;
  private final int burst;
  private final LongSupplier nanoTime;
  private final Sleeper sleeper;
  // Negative while callers wait for permits they have reserved.
  private double tokens;
  private long refilledAt;

  TokenBucket(double permitsPerSecond, int burst, LongSupplier nanoTime, Sleeper sleeper) {
    if (!(permitsPerSecond > 0) || Double.isInfinite(permitsPerSecond)) {
      throw new IllegalArgumentException(
          "permitsPerSecond must be positive and finite: " + permitsPerSecond);
    }
    if (burst < 1) {
      throw new IllegalArgumentException("burst must be at least 1: " + burst);
    }
    this.permitsPerSecond = permitsPerSecond;
    this.permitsPerNano = permitsPerSecond / 1e9;
    this.burst = burst;
    this.nanoTime = nanoTime;
    this.sleeper = sleeper;
    this.tokens = burst;
    this.refilledAt = nanoTime.getAsLong();
  }

  @Override
  public boolean tryAcquire(Duration maxWait) throws InterruptedException {
    long waitNanos = reserve(maxWait);
    if (waitNanos <= 0) {
      return waitNanos == 0;
    }
    try {
      sleeper.sleep(Duration.ofNanos(waitNanos));
      return true;
    } catch (InterruptedException e) {
      giveBack();
      throw e;
    }
  }

  /**
   * Takes a permit without waiting for it: the permit is due after the returned number of
   * nanoseconds, 0 meaning now. Returns -1, taking nothing, when it would not be due within {@code
   * maxWait}. Callers behind this one wait longer, not in vain.
   */
  synchronized long reserve(Duration maxWait) {
    refill();
    if (tokens >= 1) {
      tokens -= 1;
      return 0;
    }
    long waitNanos = Math.max(1, (long) Math.ceil((1 - tokens) / permitsPerNano));
    if (waitNanos > maxWait.toNanos()) {
      return -1;
    }
    tokens -= 1;
    return waitNanos;
  }

  /** Returns a reserved permit that will not be used. */
  synchronized void giveBack() {
    tokens = Math.min(burst, tokens + 1);
  }

  /** Whether a reserved permit can be waited for on a timer rather than by {@link Sleeper}. */
  boolean waitsOnSystemTime() {
    return sleeper == Sleeper.system();
  }

  private void refill() {
    long now = nanoTime.getAsLong();
    long elapsed = now - refilledAt;
    if (elapsed > 0) {
      tokens = Math.min(burst, tokens + elapsed * permitsPerNano);
      refilledAt = now;
    }
  }

  @Override
  public String toString() {
    return "RateLimiter.tokenBucket{permitsPerSecond="
        + permitsPerSecond
        + ", burst="
        + burst
        + "}";
  }
}

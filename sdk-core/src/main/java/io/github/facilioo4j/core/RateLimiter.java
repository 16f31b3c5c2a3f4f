package io.github.facilioo4j.core;

import java.time.Duration;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * Hands out permits to send requests: the SDK takes one right before every attempt leaves the
 * process, retries and logins included. Off by default; set one with {@link
 * FaciliooOptions.Builder#rateLimiter(RateLimiter)}.
 *
 * <pre>{@code
 * FaciliooOptions options = FaciliooOptions.builder()
 *     .token(token)
 *     .rateLimiter(RateLimiter.tokenBucket(5, 10)) // 5 requests per second, bursts of 10
 *     .build();
 * }</pre>
 *
 * <p>{@link #tokenBucket(double, int)} limits one JVM; the {@code facilioo-sdk-fleet} module shares
 * one budget between processes. Implementations must be thread-safe: all calls of a client and of
 * the clients derived from it take their permits from the same limiter.
 */
@FunctionalInterface
public interface RateLimiter {
  /**
   * Takes one permit, waiting for it at most {@code maxWait}. An implementation that sees it cannot
   * get a permit within {@code maxWait} should return {@code false} at once rather than wait in
   * vain.
   *
   * @param maxWait how long the caller may wait; zero or positive, never {@code null}; {@link
   *     Duration#ZERO} asks for a permit only if one is free now
   * @return {@code true} when a permit was taken (the request may be sent now); {@code false} when
   *     none could be had within {@code maxWait}, in which case none was taken
   * @throws InterruptedException when the waiting thread was interrupted; no permit was taken
   */
  boolean tryAcquire(Duration maxWait) throws InterruptedException;

  /**
   * A token bucket for one JVM: {@code burst} permits at first, refilled at {@code
   * permitsPerSecond}, never more than {@code burst} held. Over any time window of length {@code t}
   * at most {@code burst + permitsPerSecond * t} permits fall due. Waiting callers reserve their
   * permit in arrival order and sleep until it is due, never less (a thread may wake a little
   * later). Thread-safe.
   *
   * @param permitsPerSecond the sustained rate; positive
   * @param burst the most permits handed out at once after a quiet period; at least 1
   * @return the limiter
   * @throws IllegalArgumentException when an argument is out of range
   */
  static RateLimiter tokenBucket(double permitsPerSecond, int burst) {
    return tokenBucket(permitsPerSecond, burst, System::nanoTime, Sleeper.system());
  }

  /**
   * A token bucket that reads time from {@code nanoTime} and waits with {@code sleeper}; meant for
   * tests, which advance a fake time in the sleeper.
   *
   * @param permitsPerSecond the sustained rate; positive
   * @param burst the most permits handed out at once; at least 1
   * @param nanoTime a monotonic time in nanoseconds, such as {@code System::nanoTime}
   * @param sleeper what waits for a permit
   * @return the limiter
   * @throws IllegalArgumentException when an argument is out of range
   * @see #tokenBucket(double, int)
   */
  static RateLimiter tokenBucket(
      double permitsPerSecond, int burst, LongSupplier nanoTime, Sleeper sleeper) {
    Objects.requireNonNull(nanoTime, "nanoTime is required");
    Objects.requireNonNull(sleeper, "sleeper is required");
    return new TokenBucket(permitsPerSecond, burst, nanoTime, sleeper);
  }
}

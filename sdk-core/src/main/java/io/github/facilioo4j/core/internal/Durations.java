package io.github.facilioo4j.core.internal;

import java.time.Duration;

/**
 * The one check that a configured duration is positive, and the one conversion of a timeout to the
 * whole milliseconds OkHttp counts in. Stateless and thread-safe.
 */
public final class Durations {
  private static final int NANOS_PER_MILLI = 1_000_000;

  private Durations() {}

  /**
   * Checks that {@code value} is longer than zero.
   *
   * @param value the duration; not {@code null}
   * @param name the option's name, for the message
   * @return {@code value}
   * @throws IllegalArgumentException naming the option when the duration is zero or negative
   */
  public static Duration requirePositive(Duration value, String name) {
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be positive: " + value);
    }
    return value;
  }

  /**
   * Converts a positive timeout to whole milliseconds, rounding a fraction up: OkHttp reads 0 as
   * "no timeout", so a positive timeout under 1 ms must become 1 ms, never 0.
   *
   * @param timeout a positive duration; not {@code null}
   * @return the milliseconds, at least 1
   * @throws ArithmeticException when the duration does not fit in a {@code long} of milliseconds
   */
  public static long toMillisRoundingUp(Duration timeout) {
    long millis = timeout.toMillis();
    return timeout.getNano() % NANOS_PER_MILLI == 0 ? millis : Math.addExact(millis, 1);
  }
}

package io.github.facilioo4j.core.internal;

import java.time.Duration;

/** The one check that a configured duration is positive. Stateless and thread-safe. */
public final class Durations {
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
}

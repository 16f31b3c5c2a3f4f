package io.github.facilioo4j.fleet;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A UTC clock on {@link System#nanoTime()}, starting at the wall-clock time it was made, so that
 * the bucket's time, the client's permit times and the sandbox's request times are read from one
 * time source, to the nanosecond. Thread-safe.
 */
final class NanoClock extends Clock {
  private final long originEpochNanos = epochNanos(Instant.now());
  private final long originNanoTime = System.nanoTime();

  /** Now, in nanoseconds since the epoch. */
  long nanos() {
    return originEpochNanos + (System.nanoTime() - originNanoTime);
  }

  /** An instant in nanoseconds since the epoch. */
  static long epochNanos(Instant instant) {
    return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
  }

  @Override
  public Instant instant() {
    long now = nanos();
    return Instant.ofEpochSecond(
        Math.floorDiv(now, 1_000_000_000L), Math.floorMod(now, 1_000_000_000L));
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    if (zone.equals(ZoneOffset.UTC)) {
      return this;
    }
    throw new UnsupportedOperationException("a UTC clock only: " + zone);
  }
}

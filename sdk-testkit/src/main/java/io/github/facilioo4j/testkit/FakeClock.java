package io.github.facilioo4j.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A {@link Clock} that stands still until a test moves it, so that code reading the time (token
 * expiry, {@code Retry-After} dates, sandbox timestamps) can be tested without waiting.
 *
 * <p>Pass it to {@code FaciliooOptions.Builder.clock(Clock)}, to {@code
 * LoginTokenProvider.Builder.clock(Clock)} or to {@code FaciliooSandbox.Builder.clock(Clock)} and
 * move time with {@link #advance(Duration)} or {@link #set(Instant)}.
 *
 * <p>Thread-safe: any thread may read or move the time, and every reader sees a move as soon as it
 * returns. Clocks made by {@link #withZone(ZoneId)} share the time of the clock they were made
 * from; moving one moves all of them. Parameters must not be {@code null}.
 */
public final class FakeClock extends Clock {
  private final AtomicReference<Instant> now;
  private final ZoneId zone;

  /**
   * Creates a clock that shows {@code start} in UTC until it is moved.
   *
   * @param start the instant the clock shows at first
   * @throws NullPointerException if {@code start} is {@code null}
   */
  public FakeClock(Instant start) {
    this(new AtomicReference<>(Objects.requireNonNull(start, "start")), ZoneOffset.UTC);
  }

  private FakeClock(AtomicReference<Instant> now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  /**
   * Moves the clock forward.
   *
   * @param duration how far to move; zero or positive
   * @return the instant the clock shows after the move
   * @throws NullPointerException if {@code duration} is {@code null}
   * @throws IllegalArgumentException if {@code duration} is negative; use {@link #set(Instant)} to
   *     move the clock back
   */
  public Instant advance(Duration duration) {
    Objects.requireNonNull(duration, "duration");
    if (duration.isNegative()) {
      throw new IllegalArgumentException(
          "duration must not be negative, was " + duration + "; use set(Instant) to go back");
    }
    return now.updateAndGet(current -> current.plus(duration));
  }

  /**
   * Sets the clock to an instant, which may lie before the current one (for testing a clock that
   * jumps back).
   *
   * @param instant the instant the clock shows from now on
   * @throws NullPointerException if {@code instant} is {@code null}
   */
  public void set(Instant instant) {
    now.set(Objects.requireNonNull(instant, "instant"));
  }

  /**
   * Returns the instant the clock shows; it changes only when the clock is moved.
   *
   * @return the current instant of this clock
   */
  @Override
  public Instant instant() {
    return now.get();
  }

  /**
   * Returns the time zone; UTC unless this clock was made by {@link #withZone(ZoneId)}.
   *
   * @return the zone of this clock
   */
  @Override
  public ZoneId getZone() {
    return zone;
  }

  /**
   * Returns a clock in another zone that shares this clock's time: moving either moves both.
   *
   * @param zone the zone of the returned clock
   * @return a clock showing the same instant in {@code zone}
   * @throws NullPointerException if {@code zone} is {@code null}
   */
  @Override
  public FakeClock withZone(ZoneId zone) {
    Objects.requireNonNull(zone, "zone");
    return zone.equals(this.zone) ? this : new FakeClock(now, zone);
  }

  /**
   * Returns the current instant and the zone, for test failure messages.
   *
   * @return for example {@code FakeClock[2026-03-01T08:00:00Z, Z]}
   */
  @Override
  public String toString() {
    return "FakeClock[" + now.get() + ", " + zone + "]";
  }
}

package io.github.facilioo4j.core.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads a {@code Retry-After} header value: a non-negative number of seconds or an HTTP date (RFC
 * 9110, IMF-fixdate; the older RFC 850 and asctime forms are not accepted). Shared by the error
 * mapper and the retry decorator. Stateless and thread-safe.
 */
public final class RetryAfter {
  /** Values longer than this are not headers a server means seriously. */
  private static final int MAX_LENGTH = 64;

  private RetryAfter() {}

  /**
   * Parses a {@code Retry-After} value.
   *
   * <p>Seconds give that duration. A date gives the time from {@code clock}'s now until then, or
   * {@link Duration#ZERO} for a date in the past (clocks differ; the server means "now"). Negative,
   * fractional, overflowing or otherwise unreadable values give empty. Callers cap the result.
   *
   * @param value the header value; {@code null} gives empty
   * @param clock the clock that says what "now" is for the date form; must not be {@code null}
   * @return the wait, or empty when there is no usable value
   * @throws NullPointerException if {@code clock} is {@code null}
   */
  public static Optional<Duration> parse(@Nullable String value, Clock clock) {
    Objects.requireNonNull(clock, "clock is required");
    if (value == null) {
      return Optional.empty();
    }
    String v = value.trim();
    if (v.isEmpty() || v.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    if (isDigits(v)) {
      try {
        return Optional.of(Duration.ofSeconds(Long.parseLong(v)));
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    }
    try {
      Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      Duration wait = Duration.between(clock.instant(), at);
      return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
    } catch (DateTimeParseException | ArithmeticException e) {
      return Optional.empty();
    }
  }

  private static boolean isDigits(String v) {
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}

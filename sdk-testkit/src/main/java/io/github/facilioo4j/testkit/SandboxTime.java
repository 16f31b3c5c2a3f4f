package io.github.facilioo4j.testkit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Writes date-times as RFC 3339 always does: with seconds and milliseconds, even when they are zero
 * ({@code OffsetDateTime.toString()} would drop them and write {@code 14:00Z}).
 */
final class SandboxTime {
  private static final DateTimeFormatter RFC_3339 =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSXXX");

  private SandboxTime() {}

  static String format(OffsetDateTime time) {
    return RFC_3339.format(time);
  }

  static String now(Clock clock) {
    return format(OffsetDateTime.now(clock.withZone(ZoneOffset.UTC)));
  }
}

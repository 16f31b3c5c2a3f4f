package io.github.facilioo4j.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryAfterTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"), ZoneOffset.UTC);

  @Test
  void secondsAreReadWithSurroundingWhitespace() {
    assertEquals(Optional.of(Duration.ofSeconds(120)), RetryAfter.parse(" 120 ", CLOCK));
    assertEquals(Optional.of(Duration.ZERO), RetryAfter.parse("0", CLOCK));
  }

  @Test
  void futureDateGivesTheTimeUntilThen() {
    assertEquals(
        Optional.of(Duration.ofMinutes(5)),
        RetryAfter.parse("Sun, 29 Nov 2026 12:05:00 GMT", CLOCK));
  }

  @Test
  void pastDateGivesZero() {
    assertEquals(
        Optional.of(Duration.ZERO), RetryAfter.parse("Sun, 29 Nov 2026 11:00:00 GMT", CLOCK));
  }

  @Test
  void nullBlankNegativeAndGarbageGiveEmpty() {
    assertFalse(RetryAfter.parse(null, CLOCK).isPresent());
    assertFalse(RetryAfter.parse("  ", CLOCK).isPresent());
    assertFalse(RetryAfter.parse("-1", CLOCK).isPresent());
    assertFalse(RetryAfter.parse("+3", CLOCK).isPresent());
    assertFalse(RetryAfter.parse("3 seconds", CLOCK).isPresent());
    assertFalse(RetryAfter.parse("2026-11-29T12:05:00Z", CLOCK).isPresent());
  }

  @Test
  void clockIsRequired() {
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> RetryAfter.parse("1", null));
    assertEquals("clock is required", e.getMessage());
  }
}

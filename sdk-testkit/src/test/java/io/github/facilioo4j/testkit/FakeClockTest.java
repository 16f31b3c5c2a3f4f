package io.github.facilioo4j.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class FakeClockTest {
  private static final Instant START = Instant.parse("2026-03-01T08:00:00Z");

  @Test
  void standsStillUntilItIsMoved() {
    FakeClock clock = new FakeClock(START);

    assertEquals(START, clock.instant());
    assertEquals(START.toEpochMilli(), clock.millis());
    assertEquals(START, clock.instant());
    assertEquals(ZoneOffset.UTC, clock.getZone());
  }

  @Test
  void advanceMovesForwardAndReturnsTheNewInstant() {
    FakeClock clock = new FakeClock(START);

    assertEquals(START.plusSeconds(90), clock.advance(Duration.ofSeconds(90)));
    clock.advance(Duration.ZERO);

    assertEquals(START.plusSeconds(90), clock.instant());
  }

  @Test
  void advanceRejectsANegativeDurationAndLeavesTheTimeAlone() {
    FakeClock clock = new FakeClock(START);

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> clock.advance(Duration.ofSeconds(-1)));

    assertTrue(e.getMessage().contains("set(Instant)"), e.getMessage());
    assertEquals(START, clock.instant());
  }

  @Test
  void setMayMoveTheClockBack() {
    FakeClock clock = new FakeClock(START);

    clock.set(START.minus(Duration.ofDays(1)));

    assertEquals(START.minus(Duration.ofDays(1)), clock.instant());
  }

  @Test
  void nullArgumentsAreRejectedWithTheirName() {
    FakeClock clock = new FakeClock(START);

    assertEquals(
        "start", assertThrows(NullPointerException.class, () -> new FakeClock(null)).getMessage());
    assertEquals(
        "duration",
        assertThrows(NullPointerException.class, () -> clock.advance(null)).getMessage());
    assertEquals(
        "instant", assertThrows(NullPointerException.class, () -> clock.set(null)).getMessage());
    assertEquals(
        "zone", assertThrows(NullPointerException.class, () -> clock.withZone(null)).getMessage());
  }

  @Test
  void aClockInAnotherZoneSharesTheTimeBothWays() {
    FakeClock utc = new FakeClock(START);
    ZoneId berlin = ZoneId.of("Europe/Berlin");

    FakeClock local = utc.withZone(berlin);
    utc.advance(Duration.ofHours(1));
    local.advance(Duration.ofMinutes(1));

    assertEquals(berlin, local.getZone());
    assertEquals(START.plus(Duration.ofMinutes(61)), local.instant());
    assertEquals(START.plus(Duration.ofMinutes(61)), utc.instant());
    assertSame(utc, utc.withZone(ZoneOffset.UTC));
  }

  @Test
  void concurrentAdvancesAreNeverLost() throws Exception {
    FakeClock clock = new FakeClock(START);
    Concurrently.run(
        4,
        () -> {
          for (int i = 0; i < 1000; i++) {
            clock.advance(Duration.ofMillis(1));
          }
        });

    assertEquals(START.plusSeconds(4), clock.instant());
  }

  @Test
  void toStringShowsTheInstantAndZone() {
    assertEquals("FakeClock[2026-03-01T08:00:00Z, Z]", new FakeClock(START).toString());
  }
}

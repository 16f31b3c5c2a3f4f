package io.github.facilioo4j.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationsTest {
  @Test
  void aPositiveTimeoutUnderOneMillisecondBecomesOneMillisecondNeverZero() {
    assertEquals(1, Durations.toMillisRoundingUp(Duration.ofNanos(1)));
    assertEquals(1, Durations.toMillisRoundingUp(Duration.ofNanos(999_999)));
  }

  @Test
  void wholeMillisecondsStayAsTheyAreAndFractionsRoundUp() {
    assertEquals(1, Durations.toMillisRoundingUp(Duration.ofMillis(1)));
    assertEquals(2, Durations.toMillisRoundingUp(Duration.ofMillis(1).plusNanos(1)));
    assertEquals(30_000, Durations.toMillisRoundingUp(Duration.ofSeconds(30)));
    assertEquals(
        Integer.MAX_VALUE, Durations.toMillisRoundingUp(Duration.ofMillis(Integer.MAX_VALUE)));
  }
}

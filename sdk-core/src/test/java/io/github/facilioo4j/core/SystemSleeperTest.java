package io.github.facilioo4j.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SystemSleeperTest {
  @Test
  void roundsAWaitUpToWholeMillisecondsSoThatAPermitIsNeverHandedOutEarly() {
    assertEquals(0, SystemSleeper.millisAtLeast(Duration.ZERO));
    assertEquals(1, SystemSleeper.millisAtLeast(Duration.ofNanos(1)));
    assertEquals(1, SystemSleeper.millisAtLeast(Duration.ofNanos(999_999)));
    assertEquals(10, SystemSleeper.millisAtLeast(Duration.ofMillis(10)));
    // A permit due in 9.000001 ms: 9 ms would be too early (it was 9 before the fix).
    assertEquals(10, SystemSleeper.millisAtLeast(Duration.ofNanos(9_000_001)));
    assertEquals(2_001, SystemSleeper.millisAtLeast(Duration.ofSeconds(2, 1)));
  }
}

package io.github.facilioo4j.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordingSleeperTest {

  @Test
  void recordsEveryDelayInOrder() {
    RecordingSleeper sleeper = new RecordingSleeper();

    sleeper.sleep(Duration.ofHours(1));
    sleeper.sleep(Duration.ZERO);
    sleeper.sleep(Duration.ofSeconds(2));

    assertEquals(
        List.of(Duration.ofHours(1), Duration.ZERO, Duration.ofSeconds(2)), sleeper.delays());
    assertEquals(Duration.ofSeconds(3602), sleeper.total());
  }

  @Test
  void delaysIsAnUnmodifiableSnapshot() {
    RecordingSleeper sleeper = new RecordingSleeper();
    sleeper.sleep(Duration.ofSeconds(1));

    List<Duration> snapshot = sleeper.delays();
    sleeper.sleep(Duration.ofSeconds(2));

    assertEquals(List.of(Duration.ofSeconds(1)), snapshot);
    assertThrows(UnsupportedOperationException.class, () -> snapshot.add(Duration.ZERO));
  }

  @Test
  void clearForgetsTheRecordedDelays() {
    RecordingSleeper sleeper = new RecordingSleeper();
    sleeper.sleep(Duration.ofSeconds(1));

    sleeper.clear();

    assertEquals(List.of(), sleeper.delays());
    assertEquals(Duration.ZERO, sleeper.total());
  }

  @Test
  void anInterruptedThreadIsNeitherThrownAtNorClearedSoNothingWaits() {
    RecordingSleeper sleeper = new RecordingSleeper();
    Thread.currentThread().interrupt();
    try {
      sleeper.sleep(Duration.ofSeconds(1));

      assertTrue(Thread.currentThread().isInterrupted());
      assertEquals(List.of(Duration.ofSeconds(1)), sleeper.delays());
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void aNullDelayIsRejected() {
    RecordingSleeper sleeper = new RecordingSleeper();

    assertEquals(
        "duration",
        assertThrows(NullPointerException.class, () -> sleeper.sleep(null)).getMessage());
    assertEquals(List.of(), sleeper.delays());
  }

  @Test
  void concurrentSleepsAreAllRecorded() throws Exception {
    RecordingSleeper sleeper = new RecordingSleeper();
    Concurrently.run(
        4,
        () -> {
          for (int i = 0; i < 500; i++) {
            sleeper.sleep(Duration.ofMillis(1));
          }
        });

    assertEquals(2000, sleeper.delays().size());
    assertEquals(Duration.ofSeconds(2), sleeper.total());
  }

  @Test
  void toStringListsTheDelays() {
    RecordingSleeper sleeper = new RecordingSleeper();
    sleeper.sleep(Duration.ofSeconds(1));

    assertEquals("RecordingSleeper[PT1S]", sleeper.toString());
  }
}

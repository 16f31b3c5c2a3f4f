package io.github.facilioo4j.testkit;

import io.github.facilioo4j.core.Sleeper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A {@link Sleeper} that records every delay it is asked to wait and returns at once, so that
 * retries and back-off cost no time in tests and a test can assert the delays the SDK chose.
 *
 * <p>Pass it to {@code FaciliooOptions.Builder.sleeper(Sleeper)} (or to {@code
 * FaciliooSandbox.Builder.sleeper(Sleeper)} for the sandbox's own delays) and read {@link
 * #delays()} afterwards.
 *
 * <p>Thread-safe: any number of threads may sleep and read at the same time. It never waits and
 * never throws {@link InterruptedException}; a thread's interrupt flag is left as it is.
 */
public final class RecordingSleeper implements Sleeper {
  private final List<Duration> delays = new ArrayList<>();

  /** Creates a sleeper that has recorded nothing yet. */
  public RecordingSleeper() {}

  /**
   * Records {@code duration} and returns at once.
   *
   * @param duration the delay asked for; recorded as given
   * @throws NullPointerException if {@code duration} is {@code null}
   */
  @Override
  public void sleep(Duration duration) {
    Objects.requireNonNull(duration, "duration");
    synchronized (delays) {
      delays.add(duration);
    }
  }

  /**
   * Returns the delays recorded so far, oldest first.
   *
   * @return an unmodifiable snapshot; later sleeps do not change it
   */
  public List<Duration> delays() {
    synchronized (delays) {
      return Collections.unmodifiableList(new ArrayList<>(delays));
    }
  }

  /**
   * Returns the sum of the delays recorded so far: how long the code would have waited.
   *
   * @return the total delay, zero if nothing was recorded
   */
  public Duration total() {
    Duration sum = Duration.ZERO;
    for (Duration delay : delays()) {
      sum = sum.plus(delay);
    }
    return sum;
  }

  /** Forgets every delay recorded so far. */
  public void clear() {
    synchronized (delays) {
      delays.clear();
    }
  }

  /**
   * Returns the recorded delays, for test failure messages.
   *
   * @return for example {@code RecordingSleeper[PT1S, PT2S]}
   */
  @Override
  public String toString() {
    return "RecordingSleeper" + delays();
  }
}

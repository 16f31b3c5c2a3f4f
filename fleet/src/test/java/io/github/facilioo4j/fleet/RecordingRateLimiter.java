package io.github.facilioo4j.fleet;

import io.github.bucket4j.TimeMeter;
import io.github.facilioo4j.core.RateLimiter;
import io.github.facilioo4j.core.Sleeper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * One worker's {@link BucketRateLimiter#postgres} budget on a {@link NanoClock}, recording for each
 * permit when it fell due on the bucket's clock (the time Bucket4j read in its transaction, plus
 * the wait it prescribed) and when it was handed out ({@link #tryAcquire} returning, right before
 * the SDK sends the attempt). Used by one worker thread at a time.
 */
final class RecordingRateLimiter implements RateLimiter {
  private final NanoClock clock;
  private final RateLimiter delegate;
  private final List<Long> due = new ArrayList<>();
  private final List<Long> handedOut = new ArrayList<>();
  private long readAt;
  private long dueAt;

  RecordingRateLimiter(
      DataSource db, long key, double permitsPerSecond, long burst, NanoClock clock) {
    this.clock = clock;
    TimeMeter bucketClock =
        new TimeMeter() {
          @Override
          public long currentTimeNanos() {
            readAt = clock.nanos();
            dueAt = readAt;
            return readAt;
          }

          @Override
          public boolean isWallClockBased() {
            return true;
          }
        };
    Sleeper sleeper =
        duration -> {
          dueAt = readAt + duration.toNanos();
          Sleeper.system().sleep(duration);
        };
    this.delegate =
        BucketRateLimiter.postgres(db, key, permitsPerSecond, burst, bucketClock, sleeper);
  }

  @Override
  public synchronized boolean tryAcquire(Duration maxWait) throws InterruptedException {
    boolean permitted = delegate.tryAcquire(maxWait);
    if (permitted) {
      handedOut.add(clock.nanos());
      due.add(dueAt);
    }
    return permitted;
  }

  /** When each permit fell due on the bucket's clock, in epoch nanoseconds, in order. */
  synchronized List<Long> due() {
    return new ArrayList<>(due);
  }

  /** When each permit was handed out, in epoch nanoseconds, in order. */
  synchronized List<Long> handedOut() {
    return new ArrayList<>(handedOut);
  }
}

package io.github.facilioo4j.fleet;

import io.github.bucket4j.BlockingStrategy;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.jdbc.BucketTableSettings;
import io.github.bucket4j.distributed.jdbc.SQLProxyConfiguration;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.PostgreSQLadvisoryLockBasedProxyManager;
import io.github.facilioo4j.core.RateLimiter;
import io.github.facilioo4j.core.Sleeper;
import java.time.Duration;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * A {@link RateLimiter} over a Bucket4j bucket, so that every worker whose bucket has the same key
 * in the same back-end shares one budget. Thread-safe as the bucket is.
 *
 * <pre>{@code
 * RateLimiter shared = BucketRateLimiter.postgres(dataSource, 1L, 5, 10); // 5/s, bursts of 10
 * FaciliooOptions options = FaciliooOptions.builder().token(token).rateLimiter(shared).build();
 * }</pre>
 *
 * <p>Any Bucket4j back-end plugs in the same way: build a {@code BucketProxy} from its {@link
 * ProxyManager} (JCache, Redis through Lettuce/Redisson/Jedis, Hazelcast, MySQL, ...) and hand it
 * to {@link #of(Bucket)}, or hand the manager to {@link #shared(ProxyManager, Object, double,
 * long)}. A permit is taken with Bucket4j's blocking {@code tryConsume(1, maxWait)}: it reserves a
 * token only when one is due within the wait, so nothing waits in vain.
 *
 * <p>What is guaranteed, and where: with every worker on the same key, rate and burst, at most
 * {@code burst + permitsPerSecond * t} permits fall due within any window of length {@code t} on
 * the bucket's clock (read by the worker that holds the bucket, so the workers' clocks must agree),
 * and {@link #tryAcquire} never returns before its permit is due. It returns somewhat later, and
 * the request reaches the server later still, by delays that differ from request to request; a
 * server counting arrivals sees the bound widened by {@code permitsPerSecond} times the spread of
 * those delays.
 */
public final class BucketRateLimiter implements RateLimiter {
  /** The table of {@link #postgres}, created by the migration. */
  static final String TABLE = "facilioo_rate_bucket";

  private final Bucket bucket;
  private final BlockingStrategy blocking;

  private BucketRateLimiter(Bucket bucket, BlockingStrategy blocking) {
    this.bucket = bucket;
    this.blocking = blocking;
  }

  /**
   * Adapts a bucket, local or a distributed {@code BucketProxy}.
   *
   * @param bucket the bucket; the caller keeps owning whatever backs it
   * @return the limiter
   */
  public static BucketRateLimiter of(Bucket bucket) {
    return of(bucket, Sleeper.system());
  }

  /**
   * Adapts a bucket, waiting for permits with {@code sleeper}; meant for tests.
   *
   * @param bucket the bucket
   * @param sleeper waits until a reserved token is due
   * @return the limiter
   * @see #of(Bucket)
   */
  public static BucketRateLimiter of(Bucket bucket, Sleeper sleeper) {
    Objects.requireNonNull(bucket, "bucket is required");
    Objects.requireNonNull(sleeper, "sleeper is required");
    return new BucketRateLimiter(bucket, nanos -> sleeper.sleep(Duration.ofNanos(nanos)));
  }

  /**
   * The bucket {@code key} of any Bucket4j {@link ProxyManager}, created on first use with {@link
   * #configuration(double, long)}.
   *
   * @param manager the back-end; the caller owns it
   * @param key the budget's name in the back-end; every worker sharing the budget uses the same
   * @param permitsPerSecond the sustained rate; positive
   * @param burst the most requests at once after a quiet period; at least 1
   * @param <K> the key type
   * @return the limiter
   * @throws IllegalArgumentException when the rate or burst is out of range
   */
  public static <K> BucketRateLimiter shared(
      ProxyManager<K> manager, K key, double permitsPerSecond, long burst) {
    Objects.requireNonNull(manager, "manager is required");
    Objects.requireNonNull(key, "key is required");
    BucketConfiguration configuration = configuration(permitsPerSecond, burst);
    return of(manager.builder().build(key, () -> configuration));
  }

  /**
   * The bucket {@code key} in the integrator's PostgreSQL, table {@code facilioo_rate_bucket} (see
   * {@link CreateLedger#migrate()}), kept consistent with advisory locks. Needs {@code
   * com.bucket4j:bucket4j-postgresql} on the class path.
   *
   * @param dataSource the database; the caller owns it
   * @param key the budget's row; every worker sharing the budget uses the same
   * @param permitsPerSecond the sustained rate; positive
   * @param burst the most requests at once; at least 1
   * @return the limiter
   * @see #shared(ProxyManager, Object, double, long)
   */
  public static BucketRateLimiter postgres(
      DataSource dataSource, long key, double permitsPerSecond, long burst) {
    return postgres(
        dataSource, key, permitsPerSecond, burst, TimeMeter.SYSTEM_MILLISECONDS, Sleeper.system());
  }

  /**
   * {@link #postgres(DataSource, long, double, long)} reading the bucket's time from {@code clock}
   * and waiting with {@code sleeper}, so that a test can see when each permit falls due.
   */
  static BucketRateLimiter postgres(
      DataSource dataSource,
      long key,
      double permitsPerSecond,
      long burst,
      TimeMeter clock,
      Sleeper sleeper) {
    Objects.requireNonNull(dataSource, "dataSource is required");
    BucketConfiguration configuration = configuration(permitsPerSecond, burst);
    SQLProxyConfiguration<Long> config =
        SQLProxyConfiguration.builder()
            .withClientSideConfig(ClientSideConfig.getDefault().withClientClock(clock))
            .withTableSettings(BucketTableSettings.customSettings(TABLE, "id", "state"))
            .build(dataSource);
    ProxyManager<Long> manager = new PostgreSQLadvisoryLockBasedProxyManager<>(config);
    return of(manager.builder().build(key, () -> configuration), sleeper);
  }

  /**
   * A bucket configuration: {@code burst} tokens, refilled evenly ("greedily") at {@code
   * permitsPerSecond}.
   *
   * @param permitsPerSecond the sustained rate; positive (kept to a thousandth of a permit per
   *     second)
   * @param burst the capacity; at least 1
   * @return the configuration
   * @throws IllegalArgumentException when the rate or burst is out of range
   */
  public static BucketConfiguration configuration(double permitsPerSecond, long burst) {
    if (!(permitsPerSecond > 0) || Double.isInfinite(permitsPerSecond)) {
      throw new IllegalArgumentException(
          "permitsPerSecond must be positive and finite: " + permitsPerSecond);
    }
    if (burst < 1) {
      throw new IllegalArgumentException("burst must be at least 1: " + burst);
    }
    // Bucket4j refills whole tokens per period: state the rate per 1000 s to keep fractions.
    long perThousandSeconds = Math.max(1, Math.round(permitsPerSecond * 1000));
    return BucketConfiguration.builder()
        .addLimit(
            limit ->
                limit.capacity(burst).refillGreedy(perThousandSeconds, Duration.ofSeconds(1000)))
        .build();
  }

  @Override
  public boolean tryAcquire(Duration maxWait) throws InterruptedException {
    if (maxWait.isZero()) {
      return bucket.tryConsume(1);
    }
    return bucket.asBlocking().tryConsume(1, maxWait, blocking);
  }

  @Override
  public String toString() {
    return "BucketRateLimiter{" + bucket.getClass().getSimpleName() + "}";
  }
}

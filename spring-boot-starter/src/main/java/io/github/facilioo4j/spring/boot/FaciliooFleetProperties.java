package io.github.facilioo4j.spring.boot;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code facilioo.fleet.*} properties, read when {@code facilioo-sdk-fleet} is on the class
 * path and the application has one {@link javax.sql.DataSource}. Not thread-safe while Spring binds
 * it.
 */
@ConfigurationProperties(prefix = FaciliooFleetProperties.PREFIX)
public class FaciliooFleetProperties {
  /** The prefix: {@value}. */
  public static final String PREFIX = "facilioo.fleet";

  /** How long a worker's claim of an externalId lasts before another worker may take it over. */
  private Duration lease = Duration.ofMinutes(5);

  /** How long a worker waits for another worker's claim of the same externalId. */
  private Duration waitTimeout = Duration.ofSeconds(60);

  private final RateLimit rateLimit = new RateLimit();

  /** Created by Spring. */
  public FaciliooFleetProperties() {}

  /**
   * Returns the claim lease.
   *
   * @return the lease
   */
  public Duration getLease() {
    return lease;
  }

  /**
   * Sets the claim lease.
   *
   * @param lease positive
   */
  public void setLease(Duration lease) {
    this.lease = lease;
  }

  /**
   * Returns the wait for another worker's claim.
   *
   * @return the wait
   */
  public Duration getWaitTimeout() {
    return waitTimeout;
  }

  /**
   * Sets the wait for another worker's claim.
   *
   * @param waitTimeout zero or positive
   */
  public void setWaitTimeout(Duration waitTimeout) {
    this.waitTimeout = waitTimeout;
  }

  /**
   * Returns the shared request budget.
   *
   * @return the budget's properties
   */
  public RateLimit getRateLimit() {
    return rateLimit;
  }

  /**
   * The {@code facilioo.fleet.rate-limit.*} properties: one budget in the application's database.
   */
  public static class RateLimit {
    /** Requests per second for all workers together; unset means no shared budget. */
    private @Nullable Double permitsPerSecond;

    /** The most requests sent at once after a quiet period. */
    private long burst = 1;

    /** The budget's row in facilioo_rate_bucket; workers sharing one budget use the same key. */
    private long key = 1;

    /** Created by Spring. */
    public RateLimit() {}

    /**
     * Returns the rate.
     *
     * @return requests per second, or {@code null} for no shared budget
     */
    public @Nullable Double getPermitsPerSecond() {
      return permitsPerSecond;
    }

    /**
     * Sets the rate.
     *
     * @param permitsPerSecond positive, or {@code null}
     */
    public void setPermitsPerSecond(@Nullable Double permitsPerSecond) {
      this.permitsPerSecond = permitsPerSecond;
    }

    /**
     * Returns the burst.
     *
     * @return at least 1
     */
    public long getBurst() {
      return burst;
    }

    /**
     * Sets the burst.
     *
     * @param burst at least 1
     */
    public void setBurst(long burst) {
      this.burst = burst;
    }

    /**
     * Returns the budget's key.
     *
     * @return the key
     */
    public long getKey() {
      return key;
    }

    /**
     * Sets the budget's key.
     *
     * @param key the key
     */
    public void setKey(long key) {
      this.key = key;
    }
  }
}

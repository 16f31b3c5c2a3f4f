package io.github.facilioo4j.spring.boot;

import io.github.facilioo4j.core.RateLimiter;
import io.github.facilioo4j.fleet.BucketRateLimiter;
import io.github.facilioo4j.fleet.CreateLedger;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * When {@code facilioo-sdk-fleet} is on the class path and the application has one {@link
 * DataSource}: a {@link CreateLedger} bean over it, and, when {@code
 * facilioo.fleet.rate-limit.permits-per-second} is set, a {@link BucketRateLimiter} shared through
 * that database, which the facilioo client then uses. The ledger's tables are never created here:
 * run the migration yourself (see {@link CreateLedger#MIGRATION}).
 */
@AutoConfiguration(
    before = FaciliooAutoConfiguration.class,
    afterName = {
      "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration",
      "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration"
    })
@ConditionalOnClass(CreateLedger.class)
@ConditionalOnSingleCandidate(DataSource.class)
@EnableConfigurationProperties(FaciliooFleetProperties.class)
public class FaciliooFleetAutoConfiguration {
  /** Created by Spring. */
  public FaciliooFleetAutoConfiguration() {}

  /**
   * The exactly-once create ledger.
   *
   * @param dataSource the application's database; stays owned by the context
   * @param properties the {@code facilioo.fleet.*} properties
   * @return the ledger
   */
  @Bean
  @ConditionalOnMissingBean
  public CreateLedger faciliooCreateLedger(
      DataSource dataSource, FaciliooFleetProperties properties) {
    return CreateLedger.builder(dataSource)
        .lease(properties.getLease())
        .waitTimeout(properties.getWaitTimeout())
        .build();
  }

  /**
   * The request budget shared by every worker on the same database and key.
   *
   * @param dataSource the application's database
   * @param properties the {@code facilioo.fleet.*} properties
   * @return the limiter
   */
  @Bean
  @ConditionalOnMissingBean(RateLimiter.class)
  @ConditionalOnProperty(prefix = "facilioo.fleet.rate-limit", name = "permits-per-second")
  @ConditionalOnClass(
      name = "io.github.bucket4j.postgresql.PostgreSQLadvisoryLockBasedProxyManager")
  public BucketRateLimiter faciliooFleetRateLimiter(
      DataSource dataSource, FaciliooFleetProperties properties) {
    FaciliooFleetProperties.RateLimit limit = properties.getRateLimit();
    Double rate = limit.getPermitsPerSecond();
    return BucketRateLimiter.postgres(
        dataSource, limit.getKey(), rate == null ? 0 : rate, limit.getBurst());
  }

  /**
   * Hands the application's {@link RateLimiter} bean, this configuration's or its own, to the
   * facilioo options.
   *
   * @param limiter the limiter, if there is exactly one
   * @return the customizer
   */
  @Bean
  public FaciliooOptionsCustomizer faciliooFleetRateLimit(ObjectProvider<RateLimiter> limiter) {
    return builder -> limiter.ifUnique(builder::rateLimiter);
  }
}

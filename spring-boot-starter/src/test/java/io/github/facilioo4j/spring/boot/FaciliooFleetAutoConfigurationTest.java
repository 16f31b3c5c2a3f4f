package io.github.facilioo4j.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.facilioo4j.core.FaciliooOptions;
import io.github.facilioo4j.core.RateLimiter;
import io.github.facilioo4j.fleet.BucketRateLimiter;
import io.github.facilioo4j.fleet.CreateLedger;
import io.github.facilioo4j.processes.ProcessesClient;
import io.github.facilioo4j.testkit.FaciliooSandbox;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The fleet beans appear with the fleet module and one DataSource, and only then. */
class FaciliooFleetAutoConfigurationTest {
  static final String TOKEN = "starter-test-token";

  /** Building the ledger or the budget must not touch the database: this one refuses all use. */
  static final DataSource UNTOUCHED =
      (DataSource)
          Proxy.newProxyInstance(
              FaciliooFleetAutoConfigurationTest.class.getClassLoader(),
              new Class<?>[] {DataSource.class},
              (proxy, method, args) -> {
                throw new UnsupportedOperationException("the database was used");
              });

  FaciliooSandbox sandbox;
  ApplicationContextRunner runner;

  @BeforeEach
  void startSandbox() {
    sandbox = FaciliooSandbox.builder().validToken(TOKEN).start();
    runner =
        new ApplicationContextRunner()
            .withConfiguration(
                AutoConfigurations.of(
                    FaciliooAutoConfiguration.class, FaciliooFleetAutoConfiguration.class))
            .withPropertyValues(
                "facilioo.base-url=" + sandbox.baseUrl(), "facilioo.token=" + TOKEN);
  }

  @AfterEach
  void stopSandbox() {
    sandbox.close();
  }

  @Test
  void aDataSourceGivesALedgerButNoBudgetUntilARateIsSet() {
    runner
        .withBean(DataSource.class, () -> UNTOUCHED)
        .withPropertyValues("facilioo.fleet.lease=30s")
        .run(
            context -> {
              assertThat(context).hasSingleBean(CreateLedger.class);
              assertThat(context.getBean(CreateLedger.class).toString()).contains("lease=PT30S");
              assertThat(context).doesNotHaveBean(BucketRateLimiter.class);
              assertThat(context.getBean(FaciliooOptions.class).rateLimiter()).isEmpty();
            });
  }

  @Test
  void aRateSharesOneBudgetThroughTheDatabaseForTheClient() {
    runner
        .withBean(DataSource.class, () -> UNTOUCHED)
        .withPropertyValues(
            "facilioo.fleet.rate-limit.permits-per-second=5", "facilioo.fleet.rate-limit.burst=10")
        .run(
            context -> {
              assertThat(context).hasSingleBean(BucketRateLimiter.class);
              assertThat(context.getBean(FaciliooOptions.class).rateLimiter()).isPresent();
            });
  }

  @Test
  void theApplicationsOwnLimiterIsTakenByEveryRequest() {
    AtomicInteger permits = new AtomicInteger();
    RateLimiter counting =
        maxWait -> {
          permits.incrementAndGet();
          return true;
        };
    runner
        .withBean(DataSource.class, () -> UNTOUCHED)
        .withBean(RateLimiter.class, () -> counting)
        .withPropertyValues("facilioo.fleet.rate-limit.permits-per-second=5")
        .run(
            context -> {
              assertThat(context).doesNotHaveBean(BucketRateLimiter.class);
              sandbox.seedProcesses(1, 501);
              context.getBean(ProcessesClient.class).list(10);
              assertThat(permits.get()).isEqualTo(sandbox.requestCount()).isEqualTo(1);
            });
  }

  @Test
  void withoutADataSourceOrWithoutTheFleetModuleNothingIsAdded() {
    runner.run(context -> assertThat(context).doesNotHaveBean(CreateLedger.class));
    runner
        .withBean(DataSource.class, () -> UNTOUCHED)
        .withClassLoader(new FilteredClassLoader(CreateLedger.class))
        .run(
            context -> {
              assertThat(context).doesNotHaveBean("faciliooCreateLedger");
              assertThat(context).hasSingleBean(ProcessesClient.class);
            });
  }

  @Test
  void theLedgerWaitIsConfigurable() {
    runner
        .withBean(DataSource.class, () -> UNTOUCHED)
        .withPropertyValues("facilioo.fleet.wait-timeout=5s")
        .run(
            context ->
                assertThat(context.getBean(CreateLedger.class).toString())
                    .contains("waitTimeout=" + Duration.ofSeconds(5)));
  }
}

package io.github.facilioo4j.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.facilioo4j.testkit.FaciliooSandbox;
import io.github.facilioo4j.testkit.Faults;
import io.github.facilioo4j.testkit.RecordedRequest;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;

/**
 * The health indicator's behaviour, whatever the Boot version: Boot3HealthTest runs it on Spring
 * Boot 3's Actuator API, Boot4HealthTest (in facilioo-spring-boot-starter-boot4-tests) on Boot 4's.
 */
abstract class HealthIndicatorContract {
  static final String TOKEN = "health-test-token";
  static final String EMAIL = "sync@acme.example";
  static final String PASSWORD = "s3cret-Pa55";

  /** One health answer, as status code and details. */
  record Checked(String status, Map<String, Object> details, String text) {}

  /** The indicator type of this Boot version. */
  abstract Class<?> indicatorType();

  /** Calls the indicator once. */
  abstract Checked check(Object indicator);

  /** Boot's own auto-configurations that serve the health endpoint. */
  abstract Class<?>[] endpointConfigurations();

  /** The status of {@code facilioo} as the health endpoint reports it. */
  abstract String endpointStatus(ApplicationContext context, String path);

  FaciliooSandbox sandbox;

  @BeforeEach
  void startSandbox() {
    sandbox = FaciliooSandbox.builder().validToken(TOKEN).user(EMAIL, PASSWORD).start();
  }

  @AfterEach
  void stopSandbox() {
    sandbox.close();
  }

  ApplicationContextRunner runner() {
    return new ApplicationContextRunner()
        .withConfiguration(
            AutoConfigurations.of(
                FaciliooAutoConfiguration.class, FaciliooHealthAutoConfiguration.class))
        .withPropertyValues("facilioo.base-url=" + sandbox.baseUrl());
  }

  Checked checkOnce(ApplicationContext context) {
    return check(context.getBean(FaciliooHealthAutoConfiguration.BEAN_NAME, indicatorType()));
  }

  @Test
  void healthIsUpAfterOneAuthenticatedReadThatCreatesNothing() {
    runner()
        .withPropertyValues("facilioo.token=" + TOKEN)
        .run(
            context -> {
              Checked health = checkOnce(context);

              assertThat(health.status()).isEqualTo("UP");
              assertThat(health.details()).containsEntry("baseUrl", sandbox.baseUrl());
              RecordedRequest request =
                  FaciliooAutoConfigurationTest.single(sandbox.recordedRequests());
              assertThat(request.method()).isEqualTo("GET");
              assertThat(request.path()).isEqualTo("/api/processes");
              assertThat(request.queryParameter("pageSize")).contains("1");
              assertThat(request.header("Authorization")).contains("Bearer " + TOKEN);
              assertThat(sandbox.processes()).isEmpty();
              assertThat(health.text()).doesNotContain(TOKEN);
            });
  }

  @Test
  void healthIsDownWithTheStatusButNoSecretWhenTheApiRefusesTheToken() {
    String wrong = "revoked-token-0815";
    runner()
        .withPropertyValues("facilioo.token=" + wrong)
        .run(
            context -> {
              Checked health = checkOnce(context);

              assertThat(health.status()).isEqualTo("DOWN");
              assertThat(health.details())
                  .containsEntry("status", 401)
                  .containsEntry("error", "io.github.facilioo4j.core.errors.UnauthorizedException");
              assertThat(health.text()).doesNotContain(wrong);
              assertThat(sandbox.requestCount()).isEqualTo(1);
            });
  }

  @Test
  void healthLogsInWithTheConfiguredAccountAndShowsNoPassword() {
    runner()
        .withPropertyValues("facilioo.email=" + EMAIL, "facilioo.password=" + PASSWORD)
        .run(
            context -> {
              Checked health = checkOnce(context);

              assertThat(health.status()).isEqualTo("UP");
              assertThat(sandbox.recordedRequests())
                  .extracting(r -> r.method() + " " + r.path())
                  .containsExactly("POST /api/auth/login", "GET /api/processes");
              assertThat(health.text()).doesNotContain(PASSWORD);
              assertThat(sandbox.processes()).isEmpty();
            });
  }

  @Test
  void healthWaitsAtMostTheTimeoutAndNeverPilesUpRequests() throws Exception {
    Faults.Stall stall = sandbox.faults().on("GET", "/api/processes").stall(1);
    runner()
        .withPropertyValues("facilioo.token=" + TOKEN, "facilioo.health.timeout=1ms")
        .run(
            context -> {
              Checked first = checkOnce(context);
              assertThat(stall.awaitHeld(1, Duration.ofSeconds(10))).isTrue();
              Checked second = checkOnce(context);

              assertThat(first.status()).isEqualTo("DOWN");
              assertThat(first.details().get("error").toString()).startsWith("no answer within");
              assertThat(second.status()).isEqualTo("DOWN");
              assertThat(stall.heldCount()).isEqualTo(1);

              stall.release();
              assertThat(stall.awaitProcessed(1, Duration.ofSeconds(10))).isTrue();
              // Both checks waited for the one request the first check sent.
              assertThat(sandbox.recordedRequests()).hasSize(1);
            });
  }

  @Test
  void healthIsSwitchedOffWithManagementHealthFaciliooEnabled() {
    runner()
        .withPropertyValues("facilioo.token=" + TOKEN, "management.health.facilioo.enabled=false")
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context).doesNotHaveBean(FaciliooHealthAutoConfiguration.BEAN_NAME);
            });
  }

  @Test
  void noHealthIndicatorWithoutTheClients() {
    runner()
        .withPropertyValues("facilioo.enabled=false")
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context).doesNotHaveBean(FaciliooHealthAutoConfiguration.BEAN_NAME);
            });
  }

  @Test
  void theHealthEndpointReportsFacilioo() {
    runner()
        .withConfiguration(AutoConfigurations.of(endpointConfigurations()))
        .withPropertyValues("facilioo.token=" + TOKEN)
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(endpointStatus(context, "facilioo")).isEqualTo("UP");
              assertThat(sandbox.recordedRequests())
                  .extracting(RecordedRequest::path)
                  .containsExactly("/api/processes");
            });
  }
}

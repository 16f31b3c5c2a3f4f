package io.github.facilioo4j.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.facilioo4j.processes.ProcessesClient;
import io.github.facilioo4j.processes.model.ProcessRead;
import io.github.facilioo4j.testkit.FaciliooSandbox;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A whole application with Actuator's metrics, as a new user has it: only {@code facilioo.base-url}
 * and {@code facilioo.token} set, and the metrics show one timer per operation.
 */
class FaciliooMetricsApplicationTest {
  static final String TOKEN = "metrics-app-token";

  @SpringBootConfiguration
  @EnableAutoConfiguration
  static class App {}

  @Test
  void aCreateAndARetrieveShowAsOneTimerPerOperationInTheApplicationsMetrics() {
    try (FaciliooSandbox sandbox = FaciliooSandbox.builder().validToken(TOKEN).start()) {
      SpringApplication application = new SpringApplication(App.class);
      application.setWebApplicationType(WebApplicationType.NONE);
      application.setBannerMode(Banner.Mode.OFF);
      try (ConfigurableApplicationContext context =
          application.run(
              "--facilioo.base-url=" + sandbox.baseUrl(), "--facilioo.token=" + TOKEN)) {
        ProcessesClient processes = context.getBean(ProcessesClient.class);
        ProcessRead created =
            processes
                .create()
                .report("<p>Water in the basement</p>")
                .contactId(12)
                .typeId(3)
                .unitId(77)
                .execute();
        processes.retrieve(created.id());

        MeterRegistry meters = context.getBean(MeterRegistry.class);
        assertThat(
                meters.find("facilioo.client.requests").timers().stream()
                    .collect(
                        Collectors.toMap(
                            t -> t.getId().getTag("operation") + " " + t.getId().getTag("status"),
                            Timer::count)))
            .containsOnly(
                org.assertj.core.api.Assertions.entry("createProcess 200", 1L),
                org.assertj.core.api.Assertions.entry("retrieveProcess 200", 1L));
        assertThat(sandbox.recordedRequests())
            .extracting(r -> r.method() + " " + r.path())
            .containsExactly("POST /api/processes", "GET /api/processes/" + created.id());
      }
    }
  }

  @Test
  void bootsObservationSwitchTurnsTheTimerOff() {
    try (FaciliooSandbox sandbox = FaciliooSandbox.builder().validToken(TOKEN).start()) {
      SpringApplication application = new SpringApplication(App.class);
      application.setWebApplicationType(WebApplicationType.NONE);
      application.setBannerMode(Banner.Mode.OFF);
      try (ConfigurableApplicationContext context =
          application.run(
              "--facilioo.base-url=" + sandbox.baseUrl(),
              "--facilioo.token=" + TOKEN,
              "--management.observations.enable.facilioo.client.requests=false")) {
        context
            .getBean(ProcessesClient.class)
            .create()
            .report("<p>Leak</p>")
            .contactId(12)
            .typeId(3)
            .unitId(77)
            .execute();

        assertThat(context.getBean(MeterRegistry.class).find("facilioo.client.requests").timers())
            .isEmpty();
        assertThat(sandbox.recordedRequests()).hasSize(1);
      }
    }
  }
}

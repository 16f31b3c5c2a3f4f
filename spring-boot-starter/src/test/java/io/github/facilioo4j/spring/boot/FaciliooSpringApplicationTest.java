package io.github.facilioo4j.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.facilioo4j.processes.ProcessesClient;
import io.github.facilioo4j.processes.model.ProcessRead;
import io.github.facilioo4j.testkit.FaciliooSandbox;
import io.github.facilioo4j.testkit.RecordedRequest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A whole Spring Boot application, as a new user writes it: the starter on the class path, two
 * properties set, and a {@link ProcessesClient} injected; against the sandbox on loopback.
 */
class FaciliooSpringApplicationTest {
  static final String TOKEN = "app-test-token";

  @SpringBootConfiguration
  @EnableAutoConfiguration
  static class App {}

  @Test
  void anApplicationWithOnlyBaseUrlAndTokenCreatesAndReadsAProcess() {
    ProcessesClient processes;
    try (FaciliooSandbox sandbox = FaciliooSandbox.builder().validToken(TOKEN).start()) {
      SpringApplication application = new SpringApplication(App.class);
      application.setWebApplicationType(WebApplicationType.NONE);
      application.setBannerMode(Banner.Mode.OFF);
      try (ConfigurableApplicationContext context =
          application.run(
              "--facilioo.base-url=" + sandbox.baseUrl(), "--facilioo.token=" + TOKEN)) {
        processes = context.getBean(ProcessesClient.class);
        ProcessRead created =
            processes
                .create()
                .report("<p>Water in the basement</p>")
                .contactId(12)
                .typeId(3)
                .unitId(77)
                .externalId("erp-4711")
                .execute();
        ProcessRead read = processes.retrieve(created.id());

        assertThat(read.externalId()).isEqualTo("erp-4711");
        assertThat(read.report()).isEqualTo("<p>Water in the basement</p>");
        assertThat(sandbox.processes()).hasSize(1);
        List<RecordedRequest> requests = sandbox.recordedRequests();
        assertThat(requests)
            .extracting(r -> r.method() + " " + r.path())
            .containsExactly("POST /api/processes", "GET /api/processes/" + created.id());
        assertThat(requests)
            .allSatisfy(r -> assertThat(r.header("Authorization")).contains("Bearer " + TOKEN));
      }
    }
    assertThat(processes.isClosed()).isTrue();
  }
}

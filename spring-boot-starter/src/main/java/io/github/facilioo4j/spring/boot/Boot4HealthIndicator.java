package io.github.facilioo4j.spring.boot;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/** The facilioo health check as Spring Boot 4's health support sees it. */
final class Boot4HealthIndicator implements HealthIndicator {
  private final HealthProbe probe;

  Boot4HealthIndicator(HealthProbe probe) {
    this.probe = probe;
  }

  @Override
  public Health health() {
    HealthProbe.Result result = probe.check();
    return (result.up() ? Health.up() : Health.down()).withDetails(result.details()).build();
  }
}

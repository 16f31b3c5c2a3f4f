package io.github.facilioo4j.spring.boot;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/** The facilioo health check as Spring Boot 3's Actuator sees it. */
final class Boot3HealthIndicator implements HealthIndicator {
  private final HealthProbe probe;

  Boot3HealthIndicator(HealthProbe probe) {
    this.probe = probe;
  }

  @Override
  public Health health() {
    HealthProbe.Result result = probe.check();
    return (result.up() ? Health.up() : Health.down()).withDetails(result.details()).build();
  }
}

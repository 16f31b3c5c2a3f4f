package io.github.facilioo4j.spring.boot;

import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.autoconfigure.actuate.endpoint.HealthEndpointAutoConfiguration;
import org.springframework.boot.health.autoconfigure.contributor.HealthContributorAutoConfiguration;
import org.springframework.boot.health.autoconfigure.registry.HealthContributorRegistryAutoConfiguration;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.ApplicationContext;

/** The health indicator on Spring Boot 4's health API (the spring-boot-health module). */
class Boot4HealthTest extends HealthIndicatorContract {
  @Override
  Class<?> indicatorType() {
    return HealthIndicator.class;
  }

  @Override
  Checked check(Object indicator) {
    Health health = ((HealthIndicator) indicator).health();
    return new Checked(health.getStatus().getCode(), health.getDetails(), health.toString());
  }

  @Override
  Class<?>[] endpointConfigurations() {
    return new Class<?>[] {
      HealthContributorAutoConfiguration.class,
      HealthContributorRegistryAutoConfiguration.class,
      HealthEndpointAutoConfiguration.class
    };
  }

  @Override
  String endpointStatus(ApplicationContext context, String path) {
    return context.getBean(HealthEndpoint.class).healthForPath(path).getStatus().getCode();
  }
}

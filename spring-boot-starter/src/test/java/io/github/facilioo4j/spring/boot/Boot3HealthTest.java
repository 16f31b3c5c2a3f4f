package io.github.facilioo4j.spring.boot;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.autoconfigure.health.HealthContributorAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.health.HealthEndpointAutoConfiguration;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.context.ApplicationContext;

/** The health indicator on Spring Boot 3's Actuator API. */
class Boot3HealthTest extends HealthIndicatorContract {
  @Test
  void runsOnAClassPathWithoutBoot4sHealthApiAsABoot3ApplicationHasIt() {
    // The module compiles against Boot 4's health API; surefire must leave it out here.
    assertThatThrownBy(
            () -> Class.forName("org.springframework.boot.health.contributor.HealthIndicator"))
        .isInstanceOf(ClassNotFoundException.class);
  }

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
      HealthContributorAutoConfiguration.class, HealthEndpointAutoConfiguration.class
    };
  }

  @Override
  String endpointStatus(ApplicationContext context, String path) {
    return context.getBean(HealthEndpoint.class).healthForPath(path).getStatus().getCode();
  }
}

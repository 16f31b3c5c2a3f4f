package io.github.facilioo4j.spring.boot;

import io.github.facilioo4j.processes.ProcessesClient;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers the {@code facilioo} health indicator when Actuator is present: Spring Boot 3's {@code
 * org.springframework.boot.actuate.health} API or Spring Boot 4's {@code
 * org.springframework.boot.health.contributor} API, whichever the application has.
 *
 * <p>The check reads one process ({@code GET /api/processes?pageSize=1}) through the application's
 * {@link ProcessesClient}, waiting at most {@code facilioo.health.timeout}. It is switched off with
 * {@code management.health.facilioo.enabled=false}, and backs off when the application defines a
 * bean named {@code faciliooHealthIndicator}.
 */
@AutoConfiguration(after = FaciliooAutoConfiguration.class)
@ConditionalOnBean(ProcessesClient.class)
@EnableConfigurationProperties(FaciliooProperties.class)
public class FaciliooHealthAutoConfiguration {
  /** The bean name, which makes the indicator show as {@code facilioo}: {@value}. */
  public static final String BEAN_NAME = "faciliooHealthIndicator";

  /** Created by Spring. */
  public FaciliooHealthAutoConfiguration() {}

  static HealthProbe probe(ProcessesClient processes, FaciliooProperties properties) {
    return new HealthProbe(processes, properties.getHealth().getTimeout());
  }

  /** Spring Boot 3: Actuator's own health API. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "org.springframework.boot.actuate.health.HealthIndicator")
  @org.springframework.boot.actuate.autoconfigure.health.ConditionalOnEnabledHealthIndicator(
      "facilioo")
  static class Boot3 {
    @Bean(name = BEAN_NAME)
    @ConditionalOnMissingBean(name = BEAN_NAME)
    Boot3HealthIndicator faciliooHealthIndicator(
        ProcessesClient processes, FaciliooProperties properties) {
      return new Boot3HealthIndicator(probe(processes, properties));
    }
  }

  /** Spring Boot 4: health moved to the spring-boot-health module. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
  @org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator(
      "facilioo")
  static class Boot4 {
    @Bean(name = BEAN_NAME)
    @ConditionalOnMissingBean(name = BEAN_NAME)
    Boot4HealthIndicator faciliooHealthIndicator(
        ProcessesClient processes, FaciliooProperties properties) {
      return new Boot4HealthIndicator(probe(processes, properties));
    }
  }
}

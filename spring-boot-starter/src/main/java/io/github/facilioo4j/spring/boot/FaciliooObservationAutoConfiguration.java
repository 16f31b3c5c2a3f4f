package io.github.facilioo4j.spring.boot;

import io.github.facilioo4j.core.FaciliooOptions;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/**
 * Observes every attempt of the facilioo clients with Micrometer when the application has an {@link
 * ObservationRegistry} bean (as with Actuator): a timer {@value
 * DefaultFaciliooObservationConvention#NAME} per operation, status and outcome, and a client span
 * per attempt when Micrometer Tracing is present. See {@link DefaultFaciliooObservationConvention}
 * for the tags; an application's {@link FaciliooObservationConvention} bean replaces it.
 *
 * <p>It sets {@link FaciliooOptions.Builder#requestListener} through a {@link
 * FaciliooOptionsCustomizer} of order 0: a customizer of the application with a higher order that
 * sets its own listener replaces this one, and an application's own {@link FaciliooOptions} bean
 * gets none.
 */
@AutoConfiguration(
    afterName = {
      "org.springframework.boot.actuate.autoconfigure.observation.ObservationAutoConfiguration",
      "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration"
    })
@ConditionalOnClass(ObservationRegistry.class)
@ConditionalOnBean(ObservationRegistry.class)
public class FaciliooObservationAutoConfiguration {
  /** Created by Spring. */
  public FaciliooObservationAutoConfiguration() {}

  /**
   * Sets the listener that turns attempts into observations.
   *
   * @param registry the application's registry
   * @param convention the application's convention, if it defines one
   * @return the customizer
   */
  @Bean
  public FaciliooOptionsCustomizer faciliooObservationCustomizer(
      ObservationRegistry registry, ObjectProvider<FaciliooObservationConvention> convention) {
    ObservationRequestListener listener =
        new ObservationRequestListener(registry, convention.getIfUnique());
    return new OrderedCustomizer(listener);
  }

  /** Applies the listener first, so that the application's customizers come after it. */
  private static final class OrderedCustomizer implements FaciliooOptionsCustomizer, Ordered {
    private final ObservationRequestListener listener;

    OrderedCustomizer(ObservationRequestListener listener) {
      this.listener = listener;
    }

    @Override
    public void customize(FaciliooOptions.Builder builder) {
      builder.requestListener(listener);
    }

    @Override
    public int getOrder() {
      return 0;
    }
  }
}

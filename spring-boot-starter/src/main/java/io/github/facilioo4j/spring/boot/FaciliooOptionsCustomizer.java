package io.github.facilioo4j.spring.boot;

import io.github.facilioo4j.core.FaciliooOptions;

/**
 * Adjusts the {@link FaciliooOptions} that the auto-configuration builds from the {@code
 * facilioo.*} properties, for settings that properties cannot carry, such as the application's own
 * OkHttp client.
 *
 * <pre>{@code
 * @Bean
 * FaciliooOptionsCustomizer faciliooProxy(OkHttpClient okHttp) {
 *   return builder -> builder.okHttpClient(okHttp);
 * }
 * }</pre>
 *
 * <p>Every customizer bean is called once, after the properties were applied, in the order of
 * {@link org.springframework.core.annotation.Order @Order}; none is called when the application
 * defines its own {@link FaciliooOptions} bean. Called on the thread that creates the beans.
 */
@FunctionalInterface
public interface FaciliooOptionsCustomizer {
  /**
   * Adjusts the options before they are built.
   *
   * @param builder the builder, already holding the properties' values
   */
  void customize(FaciliooOptions.Builder builder);
}

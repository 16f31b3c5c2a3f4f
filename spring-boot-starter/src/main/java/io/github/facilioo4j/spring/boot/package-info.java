/**
 * Spring Boot auto-configuration of the facilioo SDK: {@code facilioo.*} properties become a {@link
 * io.github.facilioo4j.core.FaciliooClient} and a {@link
 * io.github.facilioo4j.processes.ProcessesClient} bean, with an Actuator health indicator when
 * Actuator is present, and a Micrometer observation of every attempt when the application has an
 * {@code ObservationRegistry}.
 *
 * <p>Unless a member says otherwise, parameters and return values are never {@code null}; the
 * getters of {@link io.github.facilioo4j.spring.boot.FaciliooProperties} return {@code null} for a
 * property that is not set.
 */
package io.github.facilioo4j.spring.boot;

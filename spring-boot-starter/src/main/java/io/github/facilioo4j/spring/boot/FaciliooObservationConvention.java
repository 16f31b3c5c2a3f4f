package io.github.facilioo4j.spring.boot;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * Names and tags the observations of attempts to the facilioo API. Define a bean of this type to
 * replace {@link DefaultFaciliooObservationConvention}, for example to add a tag; implementations
 * must be thread-safe.
 */
public interface FaciliooObservationConvention
    extends ObservationConvention<FaciliooObservationContext> {
  @Override
  default boolean supportsContext(Observation.Context context) {
    return context instanceof FaciliooObservationContext;
  }
}

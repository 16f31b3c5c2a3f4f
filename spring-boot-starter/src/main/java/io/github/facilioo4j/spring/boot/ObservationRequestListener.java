package io.github.facilioo4j.spring.boot;

import io.github.facilioo4j.core.RequestAttempt;
import io.github.facilioo4j.core.RequestListener;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;

/**
 * Makes each attempt of the SDK one Micrometer {@link Observation}, started just before it is sent
 * and in scope while it runs (so that the SDK's DEBUG line of the attempt carries the trace id in
 * its MDC), stopped when it ended. Thread-safe.
 */
final class ObservationRequestListener implements RequestListener {
  private static final DefaultFaciliooObservationConvention DEFAULT =
      new DefaultFaciliooObservationConvention();

  private final ObservationRegistry registry;
  private final FaciliooObservationConvention convention;

  /**
   * @param registry where the observations go
   * @param convention the application's convention, or {@code null} for the default
   */
  ObservationRequestListener(
      ObservationRegistry registry, FaciliooObservationConvention convention) {
    this.registry = registry;
    this.convention = convention;
  }

  @Override
  public AttemptEnd attemptStarted(RequestAttempt attempt) {
    FaciliooObservationContext context = new FaciliooObservationContext(attempt);
    Observation observation =
        Observation.createNotStarted(convention, DEFAULT, () -> context, registry).start();
    Observation.Scope scope = observation.openScope();
    return result -> {
      context.result(result);
      scope.close();
      observation.stop();
    };
  }

  @Override
  public String toString() {
    return "ObservationRequestListener{" + DefaultFaciliooObservationConvention.NAME + "}";
  }
}

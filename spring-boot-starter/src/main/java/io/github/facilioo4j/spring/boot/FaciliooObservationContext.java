package io.github.facilioo4j.spring.boot;

import io.github.facilioo4j.core.AttemptResult;
import io.github.facilioo4j.core.RequestAttempt;
import io.micrometer.observation.transport.Kind;
import io.micrometer.observation.transport.SenderContext;
import java.util.Objects;
import java.util.Optional;

/**
 * What one observation of an attempt to the facilioo API holds: the attempt and, once it ended, its
 * result. A client-kind context, so that tracing bridges make it a client span; the trace context
 * is not sent to the facilioo API. Used on the thread that sends the attempt; not thread-safe.
 *
 * @see DefaultFaciliooObservationConvention
 */
public final class FaciliooObservationContext extends SenderContext<Object> {
  private final RequestAttempt attempt;
  private AttemptResult result;

  /**
   * Starts the context of an attempt.
   *
   * @param attempt the attempt about to be sent
   */
  public FaciliooObservationContext(RequestAttempt attempt) {
    // No carrier: the SDK's requests are immutable by the time they are observed.
    super((carrier, key, value) -> {}, Kind.CLIENT);
    this.attempt = Objects.requireNonNull(attempt, "attempt is required");
    setRemoteServiceName("facilioo");
  }

  /**
   * Returns the attempt.
   *
   * @return the attempt
   */
  public RequestAttempt attempt() {
    return attempt;
  }

  /**
   * Returns how the attempt ended.
   *
   * @return the result; empty while the attempt runs
   */
  public Optional<AttemptResult> result() {
    return Optional.ofNullable(result);
  }

  /**
   * Records how the attempt ended, before the observation stops.
   *
   * @param result the result
   */
  public void result(AttemptResult result) {
    this.result = Objects.requireNonNull(result, "result is required");
  }
}

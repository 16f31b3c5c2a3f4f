package io.github.facilioo4j.spring.boot;

import io.github.facilioo4j.core.AttemptResult;
import io.github.facilioo4j.core.RequestAttempt;
import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import java.util.Optional;

/**
 * The default names and tags of attempts to the facilioo API: a timer named {@value #NAME}, tagged
 * by
 *
 * <ul>
 *   <li>{@code operation}: the OpenAPI operation id, such as {@code retrieveProcess} ({@code login}
 *       and {@code refresh} for the login calls; {@code UNKNOWN} for a hand-built request without
 *       one),
 *   <li>{@code route}: the route template, such as {@code /api/processes/{id}}, never the concrete
 *       path ({@code UNKNOWN} when not known),
 *   <li>{@code method}, {@code status} (such as {@code 200}; {@code NONE} when no answer came) and
 *   <li>{@code outcome}: {@code SUCCESS}, {@code HTTP_ERROR}, {@code IO_ERROR}, {@code TIMEOUT} or
 *       {@code NOT_SENT}.
 * </ul>
 *
 * <p>Spans are named like {@code GET /api/processes/{id}} and also carry the high-cardinality
 * {@code attempt} (1 for the first, 2 for the first retry), {@code request.id} (the answer's
 * request id) and {@code error.type} (such as {@code SocketTimeoutException}) when known. Each
 * attempt is one observation: a retried call shows as several. Stateless and thread-safe.
 */
public class DefaultFaciliooObservationConvention implements FaciliooObservationConvention {
  /** The name of the observation and its timer: {@value}. */
  public static final String NAME = "facilioo.client.requests";

  private static final String UNKNOWN = "UNKNOWN";

  /** Creates the convention. */
  public DefaultFaciliooObservationConvention() {}

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public String getContextualName(FaciliooObservationContext context) {
    RequestAttempt attempt = context.attempt();
    return attempt.method() + attempt.route().map(route -> " " + route).orElse("");
  }

  @Override
  public KeyValues getLowCardinalityKeyValues(FaciliooObservationContext context) {
    RequestAttempt attempt = context.attempt();
    Optional<AttemptResult> result = context.result();
    return KeyValues.of(
        KeyValue.of("operation", attempt.operationId().orElse(UNKNOWN)),
        KeyValue.of("route", attempt.route().orElse(UNKNOWN)),
        KeyValue.of("method", attempt.method()),
        KeyValue.of(
            "status",
            result
                .map(r -> r.status().isPresent() ? String.valueOf(r.status().getAsInt()) : "NONE")
                .orElse("NONE")),
        KeyValue.of("outcome", result.map(r -> r.outcome().name()).orElse(UNKNOWN)));
  }

  @Override
  public KeyValues getHighCardinalityKeyValues(FaciliooObservationContext context) {
    KeyValues values =
        KeyValues.of(KeyValue.of("attempt", String.valueOf(context.attempt().number())));
    Optional<AttemptResult> result = context.result();
    if (result.isPresent() && result.get().requestId().isPresent()) {
      values = values.and(KeyValue.of("request.id", result.get().requestId().get()));
    }
    if (result.isPresent() && result.get().errorType().isPresent()) {
      values = values.and(KeyValue.of("error.type", result.get().errorType().get()));
    }
    return values;
  }
}

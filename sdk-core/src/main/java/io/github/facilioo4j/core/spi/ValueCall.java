package io.github.facilioo4j.core.spi;

import io.github.facilioo4j.core.ApiRequest;
import io.github.facilioo4j.core.ApiResponse;
import io.github.facilioo4j.core.FaciliooClient;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * A call whose answer is one JSON object, such as a created or retrieved process. The answer is
 * checked against the constraints the generated model states for it. Not thread-safe; see {@link
 * OperationCall}.
 *
 * @param <T> the type of the answer
 * @param <S> the concrete call type
 */
public abstract class ValueCall<T, S extends ValueCall<T, S>> extends OperationCall<T, S> {
  private final Class<T> type;
  private final Function<T, Map<String, List<String>>> constraints;

  /**
   * Starts a call.
   *
   * @param client the client to send through; stays owned by the caller
   * @param type the class the answer decodes into
   * @param constraints the problems of a decoded answer, such as {@code
   *     ProcessRead::constraintViolations}; an answer with any is an {@link
   *     io.github.facilioo4j.core.errors.InvalidResponseException}
   */
  protected ValueCall(
      FaciliooClient client, Class<T> type, Function<T, Map<String, List<String>>> constraints) {
    super(client);
    this.type = Objects.requireNonNull(type, "type");
    this.constraints = Objects.requireNonNull(constraints, "constraints");
  }

  @Override
  protected final ApiResponse<T> send(ApiRequest request) {
    return ResponseCheck.value(client().execute(request, type), constraints);
  }

  @Override
  protected final CompletableFuture<ApiResponse<T>> sendAsync(ApiRequest request) {
    return Futures.map(
        client().executeAsync(request, type),
        response -> ResponseCheck.value(response, constraints));
  }
}

package io.github.facilioo4j.core.spi;

import io.github.facilioo4j.core.ApiRequest;
import io.github.facilioo4j.core.ApiResponse;
import io.github.facilioo4j.core.FaciliooClient;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * A call whose answer is one JSON object, such as a created or retrieved process. The answer is
 * checked against the constraints its generated model states while it is parsed ({@link Checked}).
 * Not thread-safe; see {@link OperationCall}.
 *
 * @param <T> the type of the answer
 * @param <S> the concrete call type
 */
public abstract class ValueCall<T, S extends ValueCall<T, S>> extends OperationCall<T, S> {
  private final Class<? extends Checked<T>> answer;

  /**
   * Starts a call.
   *
   * @param client the client to send through; stays owned by the caller
   * @param answer the checked wrapper the answer decodes into; an answer that breaks the
   *     constraints of its schema is an {@link
   *     io.github.facilioo4j.core.errors.InvalidResponseException}
   */
  protected ValueCall(FaciliooClient client, Class<? extends Checked<T>> answer) {
    super(client);
    this.answer = Objects.requireNonNull(answer, "answer");
  }

  @Override
  protected final ApiResponse<T> send(ApiRequest request) {
    return unwrap(client().execute(request, answer));
  }

  @Override
  protected final CompletableFuture<ApiResponse<T>> sendAsync(ApiRequest request) {
    return Futures.map(client().executeAsync(request, answer), ValueCall::unwrap);
  }

  private static <T> ApiResponse<T> unwrap(ApiResponse<? extends Checked<T>> response) {
    return response.withValue(response.value().value());
  }
}

package io.github.facilioo4j.core.spi;

import io.github.facilioo4j.core.ApiRequest;
import io.github.facilioo4j.core.ApiResponse;
import io.github.facilioo4j.core.FaciliooClient;
import java.util.concurrent.CompletableFuture;

/**
 * A call whose answer carries nothing to read, such as granting a party access: any 2xx status is
 * success, and a body the server sends anyway is read and dropped. The result is always {@code
 * null}; {@link #executeWithResponse()} gives the status and headers. Not thread-safe; see {@link
 * OperationCall}.
 *
 * @param <S> the concrete call type
 */
public abstract class EmptyCall<S extends EmptyCall<S>> extends OperationCall<Void, S> {
  /**
   * Starts a call.
   *
   * @param client the client to send through; stays owned by the caller
   */
  protected EmptyCall(FaciliooClient client) {
    super(client);
  }

  @Override
  protected final ApiResponse<Void> send(ApiRequest request) {
    return client().execute(request, Void.class);
  }

  @Override
  protected final CompletableFuture<ApiResponse<Void>> sendAsync(ApiRequest request) {
    return client().executeAsync(request, Void.class);
  }
}

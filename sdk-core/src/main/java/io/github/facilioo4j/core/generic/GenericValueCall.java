package io.github.facilioo4j.core.generic;

import io.github.facilioo4j.core.ApiRequest;
import io.github.facilioo4j.core.ApiResponse;
import io.github.facilioo4j.core.FaciliooClient;
import io.github.facilioo4j.core.RequestOptions;
import io.github.facilioo4j.core.spi.OperationCall;
import io.github.facilioo4j.core.spi.Violations;
import java.util.concurrent.CompletableFuture;

/**
 * A read of one record of a collection by id. Not thread-safe.
 *
 * @param <T> the record type
 */
public final class GenericValueCall<T> extends OperationCall<T, GenericValueCall<T>> {
  private final String name;
  private final int id;
  private final Class<T> type;

  GenericValueCall(FaciliooClient client, String name, int id, Class<T> type) {
    super(client);
    this.name = name;
    this.id = id;
    this.type = type;
  }

  @Override
  protected void validate(Violations violations) {
    violations.range("id", id, 1L, null);
  }

  @Override
  protected ApiRequest request(RequestOptions requestOptions) {
    return ApiRequest.builder()
        .method("GET")
        .path("/api/" + name + "/{id}", id)
        .operationId("genericRetrieve")
        .options(requestOptions)
        .build();
  }

  @Override
  protected ApiResponse<T> send(ApiRequest request) {
    return client().execute(request, type);
  }

  @Override
  protected CompletableFuture<ApiResponse<T>> sendAsync(ApiRequest request) {
    return client().executeAsync(request, type);
  }
}

package io.github.facilioo4j.core.generic;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.facilioo4j.core.ApiRequest;
import io.github.facilioo4j.core.ApiResponse;
import io.github.facilioo4j.core.FaciliooClient;
import io.github.facilioo4j.core.Page;
import io.github.facilioo4j.core.RequestOptions;
import io.github.facilioo4j.core.errors.InvalidResponseException;
import io.github.facilioo4j.core.internal.Json;
import io.github.facilioo4j.core.internal.mapping.PageEnvelope;
import io.github.facilioo4j.core.spi.Futures;
import io.github.facilioo4j.core.spi.OperationCall;
import io.github.facilioo4j.core.spi.Violations;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * A list or search of a collection: one page, walking on lazily through {@link Page#autoPager()}
 * (each following page repeats the request with another {@code pageNumber}). Not thread-safe.
 *
 * @param <T> the record type
 */
public final class GenericPageCall<T> extends OperationCall<Page<T>, GenericPageCall<T>> {
  private final String method;
  private final String route;
  private final @Nullable Object filter;
  private final Class<T> type;
  private @Nullable Integer pageNumber = 1;
  private @Nullable Integer pageSize;

  GenericPageCall(
      FaciliooClient client, String method, String route, @Nullable Object filter, Class<T> type) {
    super(client);
    this.method = method;
    this.route = route;
    this.filter = filter;
    this.type = type;
  }

  /**
   * Sets the page to start at.
   *
   * @param pageNumber 1 or more; 1 unless set
   * @return this call
   */
  public GenericPageCall<T> pageNumber(int pageNumber) {
    this.pageNumber = pageNumber;
    return this;
  }

  /**
   * Sets the page size. Required.
   *
   * @param pageSize 1 to 100
   * @return this call
   */
  public GenericPageCall<T> pageSize(int pageSize) {
    this.pageSize = pageSize;
    return this;
  }

  @Override
  protected void validate(Violations violations) {
    violations.required("pageSize", pageSize);
    violations.range("pageSize", pageSize, 1L, 100L);
    violations.range("pageNumber", pageNumber, 1L, null);
  }

  @Override
  protected ApiRequest request(RequestOptions requestOptions) {
    ApiRequest.Builder builder =
        ApiRequest.builder()
            .method(method)
            .path(route)
            .operationId(method.equals("GET") ? "genericList" : "genericSearch")
            .query("pageNumber", pageNumber)
            .query("pageSize", pageSize)
            .options(requestOptions);
    return filter == null ? builder.build() : builder.body(filter).build();
  }

  @Override
  protected ApiResponse<Page<T>> send(ApiRequest request) {
    return toPage(client().execute(request, JsonNode.class), request);
  }

  @Override
  protected CompletableFuture<ApiResponse<Page<T>>> sendAsync(ApiRequest request) {
    return Futures.map(
        client().executeAsync(request, JsonNode.class), response -> toPage(response, request));
  }

  private ApiResponse<Page<T>> toPage(ApiResponse<JsonNode> response, ApiRequest request) {
    JavaType envelope =
        Json.mapper().getTypeFactory().constructParametricType(PageEnvelope.class, type);
    PageEnvelope<T> page;
    try {
      page = Json.mapper().convertValue(response.value(), envelope);
    } catch (IllegalArgumentException e) {
      // The cause is left out: Jackson's message may quote the body, which may hold a secret.
      throw new InvalidResponseException(
          response.statusCode(), (String) null, 0, "a page of " + type.getSimpleName(), null);
    }
    if (page == null) {
      throw new InvalidResponseException(
          response.statusCode(), (String) null, 0, "a page of " + type.getSimpleName(), null);
    }
    return response.withValue(
        Page.of(
            response.withValue(page),
            number -> send(request.toBuilder().setQuery("pageNumber", number).build()).value()));
  }
}

package io.github.facilioo4j.core;

import io.github.facilioo4j.core.http.HttpRequest;
import io.github.facilioo4j.core.http.HttpResponse;
import io.github.facilioo4j.core.http.HttpTransport;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * A transport at or below the {@link ObservingTransport}: its async calls hand a {@link SendHook}
 * down to the OkHttp adapter, which calls it on the thread that sends. Thread-safe.
 */
interface SendingTransport extends HttpTransport {
  /**
   * Sends a request without blocking the caller, telling {@code hook} on the sending thread.
   *
   * @param request the request
   * @param executor where blocking steps run, as for {@link #executeAsync(HttpRequest, Executor)}
   * @param hook told when the attempt's call begins and ends
   * @return a future with the response, which the caller must close
   */
  CompletableFuture<HttpResponse> executeAsync(
      HttpRequest request, Executor executor, SendHook hook);

  @Override
  default CompletableFuture<HttpResponse> executeAsync(HttpRequest request, Executor executor) {
    return executeAsync(request, executor, SendHook.NONE);
  }
}

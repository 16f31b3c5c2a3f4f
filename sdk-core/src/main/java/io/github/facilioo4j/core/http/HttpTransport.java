package io.github.facilioo4j.core.http;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Sends HTTP requests. Implementations must be thread-safe.
 *
 * <p>The SDK's authentication, retries and logging are decorators of this interface, each wrapping
 * another transport. A transport returns every response it receives, whatever its status; turning a
 * status into an exception is the caller's job.
 */
public interface HttpTransport {
  /**
   * Sends a request and waits for the response headers.
   *
   * @param request the request
   * @return the response, which the caller must close
   * @throws RequestNotSentException when the request provably never left this process
   * @throws IOException when the request failed; it may or may not have reached the server
   */
  HttpResponse execute(HttpRequest request) throws IOException;

  /**
   * Sends a request without blocking the caller. The default runs {@link #execute} on the given
   * executor, so that blocking steps such as retry back-off sleeps run there.
   *
   * @param request the request
   * @param executor where the blocking call runs
   * @return a future with the response, which the caller must close; it completes exceptionally
   *     with the very exception {@link #execute} threw
   */
  default CompletableFuture<HttpResponse> executeAsync(HttpRequest request, Executor executor) {
    CompletableFuture<HttpResponse> future = new CompletableFuture<>();
    executor.execute(
        () -> {
          try {
            HttpResponse response = execute(request);
            if (!future.complete(response)) {
              response.close();
            }
          } catch (IOException | RuntimeException | Error e) {
            future.completeExceptionally(e);
          }
        });
    return future;
  }
}

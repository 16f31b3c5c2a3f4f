package io.github.facilioo4j.core;

import io.github.facilioo4j.core.http.HttpResponse;
import io.github.facilioo4j.core.internal.Async;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/** Passing responses between the futures of the transport decorators. Stateless, thread-safe. */
final class AsyncResponses {
  private AsyncResponses() {}

  /**
   * Completes {@code to} as {@code from} completed; a response that {@code to} cannot take (it was
   * cancelled meanwhile) is closed, as nobody else will.
   */
  static void relay(
      CompletableFuture<HttpResponse> to,
      @Nullable HttpResponse response,
      @Nullable Throwable failure) {
    if (failure != null) {
      to.completeExceptionally(Async.unwrap(failure));
    } else if (response != null && !to.complete(response)) {
      response.close();
    }
  }

  /** Makes a cancel of {@code outer} cancel {@code inner} too. */
  static void cancelling(CompletableFuture<?> outer, CompletableFuture<?> inner) {
    outer.whenComplete(
        (value, failure) -> {
          if (outer.isCancelled()) {
            inner.cancel(true);
          }
        });
  }
}

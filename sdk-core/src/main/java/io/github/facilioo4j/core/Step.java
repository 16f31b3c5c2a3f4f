package io.github.facilioo4j.core;

import io.github.facilioo4j.core.internal.Async;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Chains the steps of an async call: failures pass on unwrapped, and a cancel of the result cancels
 * whichever step is under way, down to the OkHttp call. Stateless and thread-safe.
 */
final class Step {
  private Step() {}

  /**
   * Runs {@code next} with the value of {@code source}; when the result was cancelled meanwhile,
   * {@code next} never runs.
   */
  static <T, U> CompletableFuture<U> then(
      CompletableFuture<T> source, Function<T, CompletableFuture<U>> next) {
    CompletableFuture<U> result = new CompletableFuture<>();
    Async.cancelWith(result, source);
    source.whenComplete(
        (value, failure) -> {
          if (failure != null) {
            result.completeExceptionally(Async.unwrap(failure));
            return;
          }
          if (result.isDone()) {
            if (value instanceof AutoCloseable) {
              closeQuietly((AutoCloseable) value);
            }
            return;
          }
          CompletableFuture<U> following;
          try {
            following = next.apply(value);
          } catch (RuntimeException | Error e) {
            result.completeExceptionally(e);
            return;
          }
          Async.cancelWith(result, following);
          following.whenComplete(
              (nextValue, nextFailure) -> {
                if (nextFailure != null) {
                  result.completeExceptionally(Async.unwrap(nextFailure));
                } else if (!result.complete(nextValue) && nextValue instanceof AutoCloseable) {
                  closeQuietly((AutoCloseable) nextValue);
                }
              });
        });
    return result;
  }

  /** A response that arrived after its call was cancelled must still be closed. */
  private static void closeQuietly(AutoCloseable value) {
    try {
      value.close();
    } catch (Exception ignored) {
      // Nothing is left to tell: the caller has gone.
    }
  }
}

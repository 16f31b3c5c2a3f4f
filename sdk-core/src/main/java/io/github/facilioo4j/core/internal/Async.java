package io.github.facilioo4j.core.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/**
 * Future plumbing for the transport decorators, below {@code core.spi}'s {@code Futures} in the
 * layering. Stateless and thread-safe.
 */
public final class Async {
  private Async() {}

  /**
   * Runs {@code start}; anything it throws becomes a failed future instead.
   *
   * @param start starts the work
   * @param <T> the value type
   * @return the future {@code start} returned, or a failed one
   */
  public static <T> CompletableFuture<T> start(Supplier<CompletableFuture<T>> start) {
    try {
      return start.get();
    } catch (RuntimeException | Error e) {
      CompletableFuture<T> failed = new CompletableFuture<>();
      failed.completeExceptionally(e);
      return failed;
    }
  }

  /**
   * Cancels {@code work} when {@code result}, the future the caller holds, is cancelled.
   *
   * @param result the caller's future
   * @param work the step that a cancel of {@code result} must reach; it is cancelled with {@code
   *     mayInterruptIfRunning} set
   */
  public static void cancelWith(CompletableFuture<?> result, CompletableFuture<?> work) {
    result.whenComplete(
        (value, failure) -> {
          if (result.isCancelled()) {
            work.cancel(true);
          }
        });
  }

  /**
   * Removes {@link CompletionException} and {@link ExecutionException} wrappers.
   *
   * @param failure the failure as a future reported it
   * @return the innermost cause that is not such a wrapper
   */
  public static Throwable unwrap(Throwable failure) {
    Throwable current = failure;
    while ((current instanceof CompletionException || current instanceof ExecutionException)
        && current.getCause() != null) {
      current = current.getCause();
    }
    return current;
  }
}

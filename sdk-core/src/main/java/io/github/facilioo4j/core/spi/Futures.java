package io.github.facilioo4j.core.spi;

import io.github.facilioo4j.core.internal.Async;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Future plumbing that never wraps a failure in {@link CompletionException}, so callers see the
 * SDK's typed exceptions exactly as the blocking calls throw them, and that passes a cancel of the
 * future a caller holds back to the future doing the work, so that cancelling stops the HTTP call
 * (see {@link io.github.facilioo4j.core.FaciliooClient#executeAsync(
 * io.github.facilioo4j.core.ApiRequest, Class)}). Stateless and thread-safe.
 */
public final class Futures {
  private Futures() {}

  /**
   * Returns a future that has already failed.
   *
   * @param failure the failure, passed on as is
   * @param <T> the value type
   * @return the failed future
   */
  public static <T> CompletableFuture<T> failed(Throwable failure) {
    CompletableFuture<T> future = new CompletableFuture<>();
    future.completeExceptionally(failure);
    return future;
  }

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
      return failed(e);
    }
  }

  /**
   * Like {@code thenApply}, but a failure of {@code source} or {@code map} is passed on as is.
   *
   * @param source the future to map
   * @param map turns its value into the result
   * @param <T> the source value type
   * @param <U> the result type
   * @return the mapped future
   */
  public static <T, U> CompletableFuture<U> map(CompletableFuture<T> source, Function<T, U> map) {
    CompletableFuture<U> result = new CompletableFuture<>();
    Async.cancelWith(result, source);
    source.whenComplete(
        (value, failure) -> {
          if (failure != null) {
            result.completeExceptionally(unwrap(failure));
            return;
          }
          try {
            result.complete(map.apply(value));
          } catch (RuntimeException | Error e) {
            result.completeExceptionally(e);
          }
        });
    return result;
  }

  /**
   * Like {@code thenCompose}, but failures are passed on unwrapped, and a cancel of the result
   * cancels whichever step is under way.
   *
   * @param source the future to follow
   * @param next starts the following step with its value
   * @param <T> the source value type
   * @param <U> the result type
   * @return the future of the following step
   */
  public static <T, U> CompletableFuture<U> compose(
      CompletableFuture<T> source, Function<T, CompletableFuture<U>> next) {
    CompletableFuture<U> result = new CompletableFuture<>();
    Async.cancelWith(result, source);
    source.whenComplete(
        (value, failure) -> {
          if (failure != null) {
            result.completeExceptionally(unwrap(failure));
            return;
          }
          if (result.isDone()) {
            // Cancelled meanwhile: the next step (a create, for example) must not even start.
            return;
          }
          CompletableFuture<U> following;
          try {
            following = next.apply(value);
          } catch (RuntimeException | Error e) {
            result.completeExceptionally(e);
            return;
          }
          // Registered before passing the outcome on, so a cancel that came first reaches it too.
          Async.cancelWith(result, following);
          following.whenComplete(
              (nextValue, nextFailure) -> {
                if (nextFailure != null) {
                  result.completeExceptionally(unwrap(nextFailure));
                } else {
                  result.complete(nextValue);
                }
              });
        });
    return result;
  }

  /**
   * Removes {@link CompletionException} and {@link ExecutionException} wrappers.
   *
   * @param failure the failure as a future reported it
   * @return the innermost cause that is not such a wrapper
   */
  public static Throwable unwrap(Throwable failure) {
    return Async.unwrap(failure);
  }
}

package io.github.facilioo4j.core;

import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;

/**
 * Waits of async calls that can only be had by blocking a thread, such as a permit from an
 * application's {@link RateLimiter}: they run on the SDK's bounded blocking pool ({@link
 * SharedResources#BLOCKING_THREADS} threads; more wait in its queue, holding no thread). Cancelling
 * a wait's future interrupts it; {@link #close()} interrupts the running waits and fails the queued
 * ones. Thread-safe.
 */
final class BlockingWaits {
  private final Executor pool;
  private final Set<FutureTask<?>> pending = ConcurrentHashMap.newKeySet();
  private volatile boolean closed;

  BlockingWaits(Executor pool) {
    this.pool = pool;
  }

  /**
   * Runs {@code wait} on the pool.
   *
   * @return a future with what {@code wait} returned or threw (unwrapped); after {@link #close()}
   *     it fails with {@link IllegalStateException}
   */
  <T> CompletableFuture<T> submit(Callable<T> wait) {
    CompletableFuture<T> result = new CompletableFuture<>();
    FutureTask<T> task =
        new FutureTask<T>(wait) {
          @Override
          protected void done() {
            pending.remove(this);
            if (isCancelled()) {
              result.completeExceptionally(new IllegalStateException("client is closed"));
              return;
            }
            try {
              result.complete(get());
            } catch (ExecutionException e) {
              result.completeExceptionally(e.getCause());
            } catch (InterruptedException e) {
              // Not possible: the task is done. Keep the flag for whoever owns the thread.
              Thread.currentThread().interrupt();
              result.completeExceptionally(e);
            }
          }
        };
    pending.add(task);
    // A cancel of the caller's future interrupts the wait, which gives its thread back.
    result.whenComplete((value, failure) -> task.cancel(true));
    if (closed) {
      task.cancel(false);
      return result;
    }
    try {
      pool.execute(task);
    } catch (RejectedExecutionException | IllegalStateException e) {
      task.cancel(false);
    }
    return result;
  }

  /** Ends every wait: running ones are interrupted, queued ones never run. */
  void close() {
    closed = true;
    for (FutureTask<?> task : pending) {
      task.cancel(true);
    }
  }
}

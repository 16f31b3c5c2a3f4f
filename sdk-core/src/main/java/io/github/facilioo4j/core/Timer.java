package io.github.facilioo4j.core;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * Waits without a thread: the futures of {@link #after} complete on one shared timer thread. Used
 * for retry back-offs and the ends of waits for a login of async calls. Thread-safe.
 */
final class Timer {
  private final ThreadFactory threads;
  private final Set<CompletableFuture<Void>> pending = ConcurrentHashMap.newKeySet();
  // Made on first use: most clients never retry nor wait for a login asynchronously.
  private @Nullable ScheduledThreadPoolExecutor scheduler;
  private boolean closed;

  Timer(ThreadFactory threads) {
    this.threads = threads;
  }

  private synchronized @Nullable ScheduledThreadPoolExecutor scheduler() {
    if (scheduler == null && !closed) {
      ScheduledThreadPoolExecutor made = new ScheduledThreadPoolExecutor(1, threads);
      // A cancelled wait is dropped at once instead of being kept until it is due.
      made.setRemoveOnCancelPolicy(true);
      made.setKeepAliveTime(30, TimeUnit.SECONDS);
      made.allowCoreThreadTimeOut(true);
      scheduler = made;
    }
    return scheduler;
  }

  /**
   * Returns a future that completes after {@code delay}, or at once when the timer is closed, so
   * that whatever waited goes on and finds its client closed. Cancelling it drops the wait.
   */
  CompletableFuture<Void> after(Duration delay) {
    CompletableFuture<Void> done = new CompletableFuture<>();
    pending.add(done);
    done.whenComplete((v, e) -> pending.remove(done));
    ScheduledThreadPoolExecutor timer = scheduler();
    ScheduledFuture<?> task;
    try {
      if (timer == null) {
        throw new RejectedExecutionException("the timer is closed");
      }
      task = timer.schedule(() -> done.complete(null), nanos(delay), TimeUnit.NANOSECONDS);
    } catch (RejectedExecutionException e) {
      done.complete(null);
      return done;
    }
    done.whenComplete(
        (v, e) -> {
          if (done.isCancelled()) {
            task.cancel(false);
          }
        });
    return done;
  }

  /** Ends the timer thread; every pending wait ends at once. */
  void close() {
    ScheduledThreadPoolExecutor timer;
    synchronized (this) {
      closed = true;
      timer = scheduler;
    }
    if (timer != null) {
      timer.shutdownNow();
    }
    for (CompletableFuture<Void> wait : pending) {
      wait.complete(null);
    }
  }

  private static long nanos(Duration duration) {
    try {
      return duration.toNanos();
    } catch (ArithmeticException e) {
      return Long.MAX_VALUE;
    }
  }
}

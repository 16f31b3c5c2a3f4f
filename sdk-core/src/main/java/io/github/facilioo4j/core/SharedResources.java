package io.github.facilioo4j.core;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What a client and the clients derived from it share: the root transport, the async threads and
 * the async calls not yet finished. Thread-safe.
 */
final class SharedResources {
  /** Most threads running async calls at once; further calls queue. */
  static final int ASYNC_THREADS = 32;

  private static final AtomicInteger POOLS = new AtomicInteger();

  final OkHttpTransport root;
  final ExecutorService executor;
  final AtomicBoolean closed = new AtomicBoolean();

  /** Async calls queued or running, of every client sharing these resources. */
  final Set<AsyncCall<?>> calls = ConcurrentHashMap.newKeySet();

  SharedResources(OkHttpTransport root) {
    this.root = root;
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(
            ASYNC_THREADS,
            ASYNC_THREADS,
            30,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<Runnable>(),
            daemonThreads("facilioo-async-" + POOLS.incrementAndGet() + "-"));
    // Idle threads end, so that a forgotten client does not keep threads around.
    pool.allowCoreThreadTimeOut(true);
    this.executor = pool;
  }

  private static ThreadFactory daemonThreads(String prefix) {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  void close() {
    if (closed.compareAndSet(false, true)) {
      // Running calls finish; idle threads end at once, the others once the queue is empty.
      executor.shutdown();
    }
  }

  /**
   * Fails the async calls of {@code client} (of every client, for the root) that have not started,
   * so that they never start.
   */
  void failQueuedCalls(FaciliooClient client, boolean root) {
    for (AsyncCall<?> call : calls) {
      if (call.belongsTo(client, root)) {
        call.failIfQueued();
      }
    }
  }
}

package io.github.facilioo4j.core;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Dispatcher;

/**
 * What a client and the clients derived from it share: the root transport and the few threads of
 * async calls. Thread-safe.
 *
 * <ul>
 *   <li>{@link #executor} runs OkHttp's async calls, one thread per request in flight, so at most
 *       {@link FaciliooOptions#maxRequests()} per dispatcher; queued calls hold no thread.
 *   <li>{@link #timer}, one thread, times retry back-offs and the end of waits for a login.
 *   <li>{@link #blocking} runs the application's own code that may block (a {@link TokenProvider},
 *       a {@link Sleeper} other than the system's, a {@link RateLimiter} other than the SDK's token
 *       bucket, through {@link #waits}), at most {@link #BLOCKING_THREADS} at once.
 * </ul>
 *
 * <p>All threads are daemon threads named {@code facilioo-...}; idle ones end after a while, and
 * {@link #close()} shuts every pool down.
 */
final class SharedResources {
  /** Most threads running the application's possibly blocking code for async calls at once. */
  static final int BLOCKING_THREADS = 32;

  private static final AtomicInteger POOLS = new AtomicInteger();

  final OkHttpTransport root;
  final ExecutorService executor;
  final Timer timer;
  final ExecutorService blocking;
  final BlockingWaits waits;
  final AtomicBoolean closed = new AtomicBoolean();

  SharedResources(FaciliooOptions options, OkHttpTransport.Timeouts timeouts) {
    int pool = POOLS.incrementAndGet();
    ThreadPoolExecutor http =
        new ThreadPoolExecutor(
            0,
            Integer.MAX_VALUE,
            60,
            TimeUnit.SECONDS,
            new SynchronousQueue<Runnable>(),
            daemonThreads("facilioo-async-" + pool + "-"));
    this.executor = http;
    this.timer = new Timer(daemonThreads("facilioo-timer-" + pool + "-"));
    ThreadPoolExecutor user =
        new ThreadPoolExecutor(
            BLOCKING_THREADS,
            BLOCKING_THREADS,
            30,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<Runnable>(),
            daemonThreads("facilioo-blocking-" + pool + "-"));
    // Idle threads end, so that a forgotten client does not keep threads around.
    user.allowCoreThreadTimeOut(true);
    this.blocking = user;
    this.waits = new BlockingWaits(user);
    this.root =
        OkHttpTransport.create(
            options.okHttpClient().orElse(null),
            timeouts,
            null,
            dispatcher(options),
            options.clock(),
            options.baseUrl());
  }

  /**
   * A dispatcher of the SDK's own on the shared threads, with the options' limits; also for an
   * application's OkHttp client, whose own dispatcher thus neither limits nor runs SDK calls.
   */
  Dispatcher dispatcher(FaciliooOptions options) {
    Dispatcher dispatcher = new Dispatcher(executor);
    dispatcher.setMaxRequests(options.maxRequests());
    dispatcher.setMaxRequestsPerHost(options.maxRequestsPerHost());
    return dispatcher;
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
      // Running calls finish; idle threads end at once, the others once their work is done.
      executor.shutdown();
      timer.close();
      // Waits for a permit could last the whole call timeout: end them rather than let them finish.
      waits.close();
      blocking.shutdown();
    }
  }
}

package io.github.facilioo4j.core;

import io.github.facilioo4j.core.AttemptResult.Outcome;
import io.github.facilioo4j.core.http.HttpRequest;
import io.github.facilioo4j.core.http.HttpResponse;
import io.github.facilioo4j.core.http.HttpTransport;
import io.github.facilioo4j.core.http.RequestNotSentException;
import io.github.facilioo4j.core.internal.Async;
import io.github.facilioo4j.core.internal.HeaderMaps;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the application's {@link RequestListener} about every attempt. It sits directly above the
 * logging decorator, below authentication and retries, so that each retry, token replay and login
 * call passes it exactly once, and the attempt's DEBUG line is written while the listener's scope
 * (a tracing span, say) is open. Thread-safe.
 */
final class ObservingTransport implements HttpTransport {
  private static final Logger LOG = LoggerFactory.getLogger(ObservingTransport.class);

  private final SendingTransport delegate;
  private final RequestListener listener;

  private ObservingTransport(SendingTransport delegate, RequestListener listener) {
    this.delegate = delegate;
    this.listener = listener;
  }

  /** Wraps {@code delegate}, or returns it as it is when there is no listener. */
  static HttpTransport wrap(SendingTransport delegate, @Nullable RequestListener listener) {
    return listener == null ? delegate : new ObservingTransport(delegate, listener);
  }

  @Override
  public HttpResponse execute(HttpRequest request) throws IOException {
    RequestAttempt attempt = RequestAttempt.of(request);
    RequestListener.AttemptEnd end = started(attempt);
    long start = System.nanoTime();
    HttpResponse response;
    try {
      response = delegate.execute(request);
    } catch (IOException e) {
      ended(end, AttemptResult.failed(attempt, outcome(e), since(start), name(e)));
      throw e;
    } catch (RuntimeException | Error e) {
      ended(end, AttemptResult.failed(attempt, Outcome.IO_ERROR, since(start), name(e)));
      throw e;
    }
    try {
      String requestId = HeaderMaps.requestId(response.headers().asMap()).orElse(null);
      ended(end, AttemptResult.answered(attempt, response.statusCode(), since(start), requestId));
    } catch (RuntimeException | Error e) {
      // Every response must be closed: the caller never sees this one.
      response.close();
      throw e;
    }
    return response;
  }

  /**
   * {@inheritDoc}
   *
   * <p>The attempt begins and ends on the OkHttp thread that sends it (told through a {@link
   * SendHook}), as the listener's contract wants one thread for both; the caller's thread never
   * sends. An attempt that never reaches that thread (no rate-limit permit, a closed client, a
   * cancel while it waited) begins and ends, back to back, on the thread that completes its future,
   * after its DEBUG line. Either way the listener hears of the end before the caller does.
   */
  @Override
  public CompletableFuture<HttpResponse> executeAsync(HttpRequest request, Executor executor) {
    Observed observed = new Observed(RequestAttempt.of(request));
    CompletableFuture<HttpResponse> sent =
        Async.start(() -> delegate.executeAsync(request, executor, observed));
    CompletableFuture<HttpResponse> result = new CompletableFuture<>();
    AsyncResponses.cancelling(result, sent);
    sent.whenComplete(
        (response, failure) ->
            observed.completed(
                response,
                failure == null ? null : Async.unwrap(failure),
                () -> AsyncResponses.relay(result, response, failure)));
    return result;
  }

  /**
   * One async attempt as the listener sees it: not begun, begun on a thread, or ended. Only the
   * thread that began it ends it, so that a scope the listener opened is closed where it was.
   */
  private final class Observed implements SendHook {
    private final RequestAttempt attempt;
    private final long created = System.nanoTime();
    // NEW, the Thread that began the attempt, or ENDED.
    private final AtomicReference<Object> state = new AtomicReference<>(NEW);
    private RequestListener.@Nullable AttemptEnd end;
    private long start;
    // The answer to hand on once another thread has told the listener the end.
    private @Nullable Runnable pendingRelay;

    Observed(RequestAttempt attempt) {
      this.attempt = attempt;
    }

    @Override
    public void sending() {
      Thread current = Thread.currentThread();
      if (state.compareAndSet(NEW, current)) {
        start = System.nanoTime();
        end = started(attempt);
      }
    }

    @Override
    public void callEnded(@Nullable HttpResponse response, @Nullable Throwable failure) {
      Thread current = Thread.currentThread();
      if (!state.compareAndSet(current, ENDED)) {
        return;
      }
      Runnable relay;
      try {
        ended(end, result(response, failure, start));
      } finally {
        synchronized (this) {
          relay = pendingRelay;
          pendingRelay = null;
        }
        if (relay != null) {
          relay.run();
        }
      }
    }

    /**
     * The attempt's future completed on this thread; {@code relay} hands the answer on to the
     * caller, once the listener was told the end, so that the caller never learns of an attempt
     * before the listener does.
     */
    void completed(@Nullable HttpResponse response, @Nullable Throwable failure, Runnable relay) {
      try {
        if (state.compareAndSet(NEW, ENDED)) {
          ended(started(attempt), result(response, failure, created));
        } else if (state.get() == Thread.currentThread()) {
          callEnded(response, failure);
        } else {
          // Begun on another thread, which ends it in callEnded and then relays the answer.
          synchronized (this) {
            if (state.get() != ENDED) {
              pendingRelay = relay;
              return;
            }
          }
        }
      } finally {
        // Also after a listener's Error: the caller must never wait for an answer that cannot
        // come.
        synchronized (this) {
          if (pendingRelay == relay) {
            relay = null;
          }
        }
        if (relay != null) {
          relay.run();
        }
      }
    }

    private AttemptResult result(
        @Nullable HttpResponse response, @Nullable Throwable failure, long since) {
      if (failure instanceof IOException) {
        return AttemptResult.failed(
            attempt, outcome((IOException) failure), since(since), name(failure));
      }
      if (failure != null || response == null) {
        Throwable shown = failure == null ? new IllegalStateException("no answer") : failure;
        return AttemptResult.failed(attempt, Outcome.IO_ERROR, since(since), name(shown));
      }
      String requestId = HeaderMaps.requestId(response.headers().asMap()).orElse(null);
      return AttemptResult.answered(attempt, response.statusCode(), since(since), requestId);
    }
  }

  private static final Object NEW = new Object();
  private static final Object ENDED = new Object();

  private RequestListener.@Nullable AttemptEnd started(RequestAttempt attempt) {
    try {
      return listener.attemptStarted(attempt);
    } catch (RuntimeException e) {
      LOG.warn("request listener {} failed when {} started; ignored", listener, attempt, e);
      return null;
    }
  }

  private void ended(RequestListener.@Nullable AttemptEnd end, AttemptResult result) {
    if (end == null) {
      return;
    }
    try {
      end.attemptEnded(result);
    } catch (RuntimeException e) {
      LOG.warn("request listener {} failed when told {}; ignored", listener, result, e);
    }
  }

  private static Outcome outcome(IOException e) {
    boolean notSent = e instanceof RequestNotSentException;
    IOException cause =
        notSent && e.getCause() instanceof IOException ? (IOException) e.getCause() : e;
    if (Exchange.isTimeout(cause)) {
      return Outcome.TIMEOUT;
    }
    return notSent ? Outcome.NOT_SENT : Outcome.IO_ERROR;
  }

  /** The real failure's class, not the SDK's internal not-sent marker. */
  private static String name(Throwable e) {
    Throwable shown =
        e instanceof RequestNotSentException && e.getCause() != null ? e.getCause() : e;
    return shown.getClass().getSimpleName();
  }

  private static Duration since(long start) {
    return Duration.ofNanos(Math.max(0, System.nanoTime() - start));
  }

  @Override
  public String toString() {
    return "ObservingTransport{listener=" + listener + "}";
  }
}

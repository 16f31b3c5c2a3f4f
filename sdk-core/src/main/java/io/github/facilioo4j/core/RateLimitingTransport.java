package io.github.facilioo4j.core;

import io.github.facilioo4j.core.errors.FaciliooRateLimitedLocallyException;
import io.github.facilioo4j.core.errors.FaciliooTimeoutException;
import io.github.facilioo4j.core.http.HttpRequest;
import io.github.facilioo4j.core.http.HttpResponse;
import io.github.facilioo4j.core.http.RequestNotSentException;
import io.github.facilioo4j.core.internal.Async;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * Takes a permit from the {@link RateLimiter} right before each attempt reaches the network. It
 * wraps the OkHttp adapter directly, below retries and authentication, so that every attempt —
 * retries, replays after a 401 and login calls alike — takes one. The time spent waiting counts
 * against the attempt's call timeout: what is left of it is the timeout the attempt is sent with.
 * Thread-safe.
 *
 * <p>An async attempt waits without blocking the thread that sends it. From the SDK's own {@link
 * RateLimiter#tokenBucket} the permit is reserved at once and waited for on the client's timer, so
 * no thread waits. Any other limiter can only be waited on by blocking, so its {@code tryAcquire}
 * runs on the client's bounded blocking pool: at most {@link SharedResources#BLOCKING_THREADS}
 * attempts wait in it at once, shared with the application's other blocking code (token providers,
 * sleepers); the others wait in its queue, holding no thread, and their time in the queue counts
 * against their wait. Cancelling the call, or closing the client, ends the wait; nothing is sent.
 *
 * <ul>
 *   <li>No permit within {@code maxWait}, shorter than the timeout: {@link
 *       FaciliooRateLimitedLocallyException}, not retried.
 *   <li>No permit within the call timeout: {@link FaciliooTimeoutException}, not sent, not retried.
 *   <li>Interrupted while waiting: a not-sent {@link InterruptedIOException}, flag kept, which ends
 *       the call.
 * </ul>
 */
final class RateLimitingTransport implements SendingTransport {
  private final SendingTransport delegate;
  private final RateLimiter limiter;
  private final @Nullable Duration maxWait;
  private final Duration callTimeout;
  private final Clock clock;
  private final Timer timer;
  private final BlockingWaits waits;

  /**
   * Wraps a transport.
   *
   * @param delegate the transport that sends
   * @param limiter where permits come from
   * @param maxWait the longest wait for a permit, or {@code null} for as long as the timeout allows
   * @param callTimeout the timeout of an attempt whose request names none
   * @param clock measures the wait
   * @param timer times the async waits for a permit of the SDK's token bucket
   * @param waits where async attempts wait for a permit of any other limiter
   */
  RateLimitingTransport(
      SendingTransport delegate,
      RateLimiter limiter,
      @Nullable Duration maxWait,
      Duration callTimeout,
      Clock clock,
      Timer timer,
      BlockingWaits waits) {
    this.delegate = delegate;
    this.limiter = limiter;
    this.maxWait = maxWait;
    this.callTimeout = callTimeout;
    this.clock = clock;
    this.timer = timer;
    this.waits = waits;
  }

  @Override
  public HttpResponse execute(HttpRequest request) throws IOException {
    Duration timeout = timeout(request);
    Duration budget = budget(timeout);
    long start = clock.millis();
    boolean permitted;
    try {
      permitted = limiter.tryAcquire(budget);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw interrupted(e);
    }
    if (!permitted) {
      throw refused(request, timeout, budget);
    }
    return delegate.execute(withWhatIsLeft(request, timeout, start));
  }

  /**
   * {@inheritDoc}
   *
   * <p>The wait for the permit blocks neither the caller nor an OkHttp thread; see the class
   * documentation for where it waits. An interrupt of the wait (a limiter throwing {@link
   * InterruptedException}) ends the call, not sent, with an {@link InterruptedIOException} cause.
   */
  @Override
  public CompletableFuture<HttpResponse> executeAsync(
      HttpRequest request, Executor executor, SendHook hook) {
    Duration timeout = timeout(request);
    Duration budget = budget(timeout);
    long start = clock.millis();
    CompletableFuture<HttpResponse> result = new CompletableFuture<>();
    AtomicReference<CompletableFuture<?>> step = new AtomicReference<>();
    result.whenComplete(
        (response, failure) -> {
          CompletableFuture<?> current = step.get();
          if (result.isCancelled() && current != null) {
            current.cancel(true);
          }
        });
    CompletableFuture<Boolean> permit = Async.start(() -> permitAsync(budget, start));
    follow(step, permit, result);
    permit.whenComplete(
        (permitted, error) -> {
          if (result.isDone()) {
            return;
          }
          Throwable failure = error == null ? null : Async.unwrap(error);
          if (failure != null || !permitted) {
            Throwable ended =
                failure instanceof InterruptedException
                    ? interrupted((InterruptedException) failure)
                    : failure != null ? failure : refused(request, timeout, budget);
            // Ended without a call: the hook hears nothing, and a listener is told of the attempt
            // where the failure arrives.
            result.completeExceptionally(ended);
          } else {
            CompletableFuture<HttpResponse> sent =
                Async.start(
                    () ->
                        delegate.executeAsync(
                            withWhatIsLeft(request, timeout, start), executor, hook));
            follow(step, sent, result);
            sent.whenComplete((response, e) -> AsyncResponses.relay(result, response, e));
          }
        });
    return result;
  }

  /**
   * Takes a permit without blocking this thread: the SDK's token bucket reserves one and the timer
   * waits for it; any other limiter waits on the blocking pool for what is left of {@code budget}.
   */
  private CompletableFuture<Boolean> permitAsync(Duration budget, long start) {
    if (limiter instanceof TokenBucket && ((TokenBucket) limiter).waitsOnSystemTime()) {
      TokenBucket bucket = (TokenBucket) limiter;
      long waitNanos = bucket.reserve(budget);
      if (waitNanos <= 0) {
        return CompletableFuture.completedFuture(waitNanos == 0);
      }
      CompletableFuture<Void> due = timer.after(Duration.ofNanos(waitNanos));
      CompletableFuture<Boolean> permit = due.thenApply(v -> true);
      permit.whenComplete(
          (v, e) -> {
            if (permit.isCancelled()) {
              // Never used: the callers behind this one need not wait for it.
              due.cancel(false);
              bucket.giveBack();
            }
          });
      return permit;
    }
    return waits.submit(
        () -> {
          Duration queued = Duration.ofMillis(Math.max(0, clock.millis() - start));
          Duration left = budget.minus(queued);
          return limiter.tryAcquire(left.isNegative() ? Duration.ZERO : left);
        });
  }

  /** Makes {@code current} the step that a cancel of {@code result} cancels. */
  private static void follow(
      AtomicReference<CompletableFuture<?>> step,
      CompletableFuture<?> current,
      CompletableFuture<HttpResponse> result) {
    step.set(current);
    if (result.isCancelled()) {
      current.cancel(true);
    }
  }

  private Duration timeout(HttpRequest request) {
    return request.timeout().orElse(callTimeout);
  }

  /** The longest wait for a permit: the timeout, or {@code maxWait} when that is shorter. */
  private Duration budget(Duration timeout) {
    return maxWait == null || timeout.compareTo(maxWait) <= 0 ? timeout : maxWait;
  }

  private RuntimeException refused(HttpRequest request, Duration timeout, Duration budget) {
    String what = request.method() + " " + request.path();
    if (maxWait == null || timeout.compareTo(maxWait) <= 0) {
      InterruptedIOException cause = new InterruptedIOException("timeout");
      return new FaciliooTimeoutException(
          what + " timed out waiting for a rate-limit permit; it was not sent", cause, true);
    }
    return new FaciliooRateLimitedLocallyException(
        what + " not sent: no rate-limit permit within " + budget.toMillis() + " ms");
  }

  private static RequestNotSentException interrupted(InterruptedException e) {
    InterruptedIOException interrupted = new InterruptedIOException("interrupted");
    interrupted.initCause(e);
    return new RequestNotSentException("interrupted waiting for a rate-limit permit", interrupted);
  }

  /** The request with what is left of its timeout once the permit came. */
  private HttpRequest withWhatIsLeft(HttpRequest request, Duration timeout, long start) {
    Duration waited = Duration.ofMillis(Math.max(0, clock.millis() - start));
    if (waited.isZero()) {
      return request;
    }
    Duration left = timeout.minus(waited);
    if (left.compareTo(Duration.ofMillis(1)) < 0) {
      left = Duration.ofMillis(1);
    }
    return request.toBuilder().timeout(left).build();
  }

  @Override
  public String toString() {
    return "RateLimitingTransport{limiter=" + limiter + ", maxWait=" + maxWait + "}";
  }
}

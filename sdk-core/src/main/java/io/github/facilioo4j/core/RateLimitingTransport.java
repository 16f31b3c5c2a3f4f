package io.github.facilioo4j.core;

import io.github.facilioo4j.core.errors.FaciliooRateLimitedLocallyException;
import io.github.facilioo4j.core.errors.FaciliooTimeoutException;
import io.github.facilioo4j.core.http.HttpRequest;
import io.github.facilioo4j.core.http.HttpResponse;
import io.github.facilioo4j.core.http.HttpTransport;
import io.github.facilioo4j.core.http.RequestNotSentException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Takes a permit from the {@link RateLimiter} right before each attempt reaches the network. It
 * wraps the OkHttp adapter directly, below retries and authentication, so that every attempt —
 * retries, replays after a 401 and login calls alike — takes one. The time spent waiting counts
 * against the attempt's call timeout: what is left of it is the timeout the attempt is sent with.
 * Thread-safe.
 *
 * <ul>
 *   <li>No permit within {@code maxWait}, shorter than the timeout: {@link
 *       FaciliooRateLimitedLocallyException}, not retried.
 *   <li>No permit within the call timeout: {@link FaciliooTimeoutException}, not sent, not retried.
 *   <li>Interrupted while waiting: a not-sent {@link InterruptedIOException}, flag kept, which ends
 *       the call.
 * </ul>
 */
final class RateLimitingTransport implements HttpTransport {
  private final HttpTransport delegate;
  private final RateLimiter limiter;
  private final @Nullable Duration maxWait;
  private final Duration callTimeout;
  private final Clock clock;

  /**
   * Wraps a transport.
   *
   * @param delegate the transport that sends
   * @param limiter where permits come from
   * @param maxWait the longest wait for a permit, or {@code null} for as long as the timeout allows
   * @param callTimeout the timeout of an attempt whose request names none
   * @param clock measures the wait
   */
  RateLimitingTransport(
      HttpTransport delegate,
      RateLimiter limiter,
      @Nullable Duration maxWait,
      Duration callTimeout,
      Clock clock) {
    this.delegate = delegate;
    this.limiter = limiter;
    this.maxWait = maxWait;
    this.callTimeout = callTimeout;
    this.clock = clock;
  }

  @Override
  public HttpResponse execute(HttpRequest request) throws IOException {
    Duration timeout = request.timeout().orElse(callTimeout);
    boolean timeoutBounds = maxWait == null || timeout.compareTo(maxWait) <= 0;
    Duration budget = timeoutBounds ? timeout : maxWait;
    long start = clock.millis();
    boolean permitted;
    try {
      permitted = limiter.tryAcquire(budget);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      InterruptedIOException interrupted = new InterruptedIOException("interrupted");
      interrupted.initCause(e);
      throw new RequestNotSentException("interrupted waiting for a rate-limit permit", interrupted);
    }
    String what = request.method() + " " + request.path();
    if (!permitted) {
      if (timeoutBounds) {
        InterruptedIOException cause = new InterruptedIOException("timeout");
        throw new FaciliooTimeoutException(
            what + " timed out waiting for a rate-limit permit; it was not sent", cause, true);
      }
      throw new FaciliooRateLimitedLocallyException(
          what + " not sent: no rate-limit permit within " + budget.toMillis() + " ms");
    }
    Duration waited = Duration.ofMillis(Math.max(0, clock.millis() - start));
    if (waited.isZero()) {
      return delegate.execute(request);
    }
    Duration left = timeout.minus(waited);
    if (left.compareTo(Duration.ofMillis(1)) < 0) {
      left = Duration.ofMillis(1);
    }
    return delegate.execute(request.toBuilder().timeout(left).build());
  }

  @Override
  public String toString() {
    return "RateLimitingTransport{limiter=" + limiter + ", maxWait=" + maxWait + "}";
  }
}

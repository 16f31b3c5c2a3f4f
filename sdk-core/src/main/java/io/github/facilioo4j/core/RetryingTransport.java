package io.github.facilioo4j.core;

import io.github.facilioo4j.core.http.HttpRequest;
import io.github.facilioo4j.core.http.HttpResponse;
import io.github.facilioo4j.core.http.HttpTransport;
import io.github.facilioo4j.core.http.RequestNotSentException;
import io.github.facilioo4j.core.internal.Async;
import io.github.facilioo4j.core.internal.RetryAfter;
import io.github.facilioo4j.core.internal.mapping.InMemoryResponse;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.security.cert.CertificateException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.DoubleSupplier;
import javax.net.ssl.SSLPeerUnverifiedException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SDK's one retry loop. Thread-safe.
 *
 * <ul>
 *   <li>A request that provably never left the process ({@link RequestNotSentException}) is retried
 *       whatever its method, unless the server's TLS certificate was refused, which no retry
 *       changes.
 *   <li>Idempotent requests (GET, HEAD, OPTIONS, PUT, DELETE) are also retried after any other I/O
 *       failure, including one while reading the body (which is read here, bounded, while a retry
 *       is still possible), and after status 408, 429, 502, 503 or 504.
 *   <li>POST and PATCH are never sent again once they may have reached the server: the API has no
 *       idempotency keys, so a second create could duplicate a process.
 *   <li>No other status is retried: a burst of retried 4xx answers gets clients blocked.
 *   <li>Nothing is retried once the calling thread is interrupted: the interrupt ends the call. An
 *       async attempt that failed because one of its waits was interrupted ends its call likewise.
 * </ul>
 *
 * <p>The wait before retry {@code n} (1-based) is {@code 500 ms * 2^(n-1)} scaled by a random
 * factor between 0.75 and 1, or what the server asks for with {@code Retry-After}; either is capped
 * by the maximum delay.
 */
final class RetryingTransport implements HttpTransport {
  private static final Logger LOG = LoggerFactory.getLogger(RetryingTransport.class);
  private static final Duration BASE_DELAY = Duration.ofMillis(500);

  private final HttpTransport delegate;
  private final int maxRetries;
  private final Duration maxDelay;
  private final Sleeper sleeper;
  private final Clock clock;
  private final DoubleSupplier random;
  private final Timer timer;

  /**
   * Wraps a transport.
   *
   * @param delegate the transport to retry
   * @param maxRetries how many retries at most; 0 disables retrying
   * @param maxDelay the longest wait before a retry
   * @param sleeper waits between attempts
   * @param clock reads {@code Retry-After} dates
   * @param random returns values in {@code [0, 1)} for the jitter
   * @param timer times the waits of async calls when {@code sleeper} is the system's
   */
  public RetryingTransport(
      HttpTransport delegate,
      int maxRetries,
      Duration maxDelay,
      Sleeper sleeper,
      Clock clock,
      DoubleSupplier random,
      Timer timer) {
    this.delegate = delegate;
    this.maxRetries = maxRetries;
    this.maxDelay = maxDelay;
    this.sleeper = sleeper;
    this.clock = clock;
    this.random = random;
    this.timer = timer;
  }

  @Override
  public HttpResponse execute(HttpRequest request) throws IOException {
    for (int attempt = 1; ; attempt++) {
      HttpRequest current =
          request.attempt() == attempt ? request : request.toBuilder().attempt(attempt).build();
      boolean last = attempt > maxRetries;
      HttpResponse response;
      try {
        response = delegate.execute(current);
        if (!last && request.isIdempotent()) {
          // A body cut off or stalled is retried like a failure before the headers: read it here.
          response = InMemoryResponse.read(response);
        }
      } catch (IOException e) {
        if (last
            || Thread.currentThread().isInterrupted()
            || !(e instanceof RequestNotSentException || request.isIdempotent())
            || isCertificateFailure(e)) {
          logNotRetried(current, "failed (" + e.getClass().getSimpleName() + ")", "", e);
          throw e;
        }
        Duration delay = backoff(attempt);
        LOG.debug(
            "{} {} attempt {} failed ({}); retrying in {} ms",
            request.method(),
            request.path(),
            attempt,
            e.getClass().getSimpleName(),
            delay.toMillis());
        sleep(delay);
        continue;
      }
      if (last || !request.isIdempotent() || !isRetryableStatus(response.statusCode())) {
        if (isRetryableStatus(response.statusCode())) {
          logNotRetried(
              current,
              "answered " + response.statusCode(),
              LoggingTransport.requestId(response),
              null);
        }
        return response;
      }
      Duration delay = delayFor(response, attempt);
      LOG.debug(
          "{} {} attempt {} answered {}; retrying in {} ms",
          request.method(),
          request.path(),
          attempt,
          response.statusCode(),
          delay.toMillis());
      // Every response must be closed, so close the failed one before retrying.
      response.close();
      sleep(delay);
    }
  }

  /**
   * Says at DEBUG why a failure that a retry could have helped is the call's answer, such as {@code
   * POST /api/processes answered 503; not retried: the POST may have reached the server, and the
   * API has no idempotency keys (createProcess /api/processes)}.
   */
  private void logNotRetried(
      HttpRequest request, String what, String requestId, @Nullable IOException failure) {
    if (!LOG.isDebugEnabled()) {
      return;
    }
    String reason;
    if (failure != null && isCertificateFailure(failure)) {
      reason = "the server's certificate was refused";
    } else if (!request.isIdempotent() && !(failure instanceof RequestNotSentException)) {
      reason =
          "the "
              + request.method()
              + " may have reached the server, and the API has no"
              + " idempotency keys";
    } else {
      reason = "no retries left after attempt " + request.attempt();
    }
    LOG.debug(
        "{} {} {}{}; not retried: {}{}",
        request.method(),
        request.path(),
        what,
        requestId,
        reason,
        LoggingTransport.operation(request));
  }

  /**
   * {@inheritDoc}
   *
   * <p>The same loop without a thread: each attempt is the delegate's async call, and the wait
   * before a retry is a timer's, so that no thread sleeps. A {@link Sleeper} other than the
   * system's (a test's) is called on {@code executor} instead. Cancelling the future cancels the
   * attempt or wait under way.
   */
  @Override
  public CompletableFuture<HttpResponse> executeAsync(HttpRequest request, Executor executor) {
    CompletableFuture<HttpResponse> result = new CompletableFuture<>();
    AtomicReference<CompletableFuture<?>> step = new AtomicReference<>();
    result.whenComplete(
        (response, failure) -> {
          CompletableFuture<?> current = step.get();
          if (result.isCancelled() && current != null) {
            current.cancel(true);
          }
        });
    attemptAsync(request, 1, executor, result, step);
    return result;
  }

  private void attemptAsync(
      HttpRequest request,
      int attempt,
      Executor executor,
      CompletableFuture<HttpResponse> result,
      AtomicReference<CompletableFuture<?>> step) {
    HttpRequest current =
        request.attempt() == attempt ? request : request.toBuilder().attempt(attempt).build();
    boolean last = attempt > maxRetries;
    CompletableFuture<HttpResponse> sent =
        Async.start(() -> delegate.executeAsync(current, executor));
    follow(step, sent, result);
    sent.whenComplete(
        (answer, error) -> {
          HttpResponse response = answer;
          Throwable failure = error == null ? null : Async.unwrap(error);
          if (failure == null && !last && request.isIdempotent()) {
            try {
              // A body cut off or stalled is retried like a failure before the headers.
              response = InMemoryResponse.read(response);
            } catch (IOException e) {
              failure = e;
            }
          }
          if (result.isDone()) {
            if (failure == null) {
              response.close();
            }
            return;
          }
          Duration delay;
          if (failure != null) {
            if (last
                || !(failure instanceof IOException)
                || isInterrupt(failure)
                || !(failure instanceof RequestNotSentException || request.isIdempotent())
                || isCertificateFailure((IOException) failure)) {
              if (failure instanceof IOException) {
                logNotRetried(
                    current,
                    "failed (" + failure.getClass().getSimpleName() + ")",
                    "",
                    (IOException) failure);
              }
              result.completeExceptionally(failure);
              return;
            }
            delay = backoff(attempt);
            LOG.debug(
                "{} {} attempt {} failed ({}); retrying in {} ms",
                request.method(),
                request.path(),
                attempt,
                failure.getClass().getSimpleName(),
                delay.toMillis());
          } else {
            if (last || !request.isIdempotent() || !isRetryableStatus(response.statusCode())) {
              if (isRetryableStatus(response.statusCode())) {
                logNotRetried(
                    current,
                    "answered " + response.statusCode(),
                    LoggingTransport.requestId(response),
                    null);
              }
              if (!result.complete(response)) {
                response.close();
              }
              return;
            }
            delay = delayFor(response, attempt);
            LOG.debug(
                "{} {} attempt {} answered {}; retrying in {} ms",
                request.method(),
                request.path(),
                attempt,
                response.statusCode(),
                delay.toMillis());
            // Every response must be closed, so close the failed one before retrying.
            response.close();
          }
          CompletableFuture<Void> wait = Async.start(() -> waitAsync(delay, executor));
          follow(step, wait, result);
          wait.whenComplete(
              (v, waitFailure) -> {
                if (waitFailure != null) {
                  result.completeExceptionally(Async.unwrap(waitFailure));
                } else if (!result.isDone()) {
                  attemptAsync(request, attempt + 1, executor, result, step);
                }
              });
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

  private CompletableFuture<Void> waitAsync(Duration delay, Executor executor) {
    if (sleeper == Sleeper.system()) {
      return timer.after(delay);
    }
    CompletableFuture<Void> done = new CompletableFuture<>();
    executor.execute(
        () -> {
          try {
            sleep(delay);
            done.complete(null);
          } catch (IOException | RuntimeException | Error e) {
            done.completeExceptionally(e);
          }
        });
    return done;
  }

  /**
   * An untrusted or mismatching server certificate fails the same way on every attempt; retrying
   * only delays the answer.
   */
  static boolean isCertificateFailure(IOException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof CertificateException || t instanceof SSLPeerUnverifiedException) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether an async attempt failed because a thread of its was interrupted (an application's rate
   * limiter, say): as an interrupt of the calling thread ends a blocking call, it ends this one.
   */
  static boolean isInterrupt(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof InterruptedException) {
        return true;
      }
    }
    return false;
  }

  static boolean isRetryableStatus(int status) {
    return status == 408 || status == 429 || status == 502 || status == 503 || status == 504;
  }

  private Duration delayFor(HttpResponse response, int attempt) {
    Optional<Duration> asked =
        RetryAfter.parse(response.headers().first(HeaderNames.RETRY_AFTER).orElse(null), clock);
    if (asked.isPresent()) {
      return min(asked.get(), maxDelay);
    }
    return backoff(attempt);
  }

  /** The exponential back-off before retry number {@code attempt}, with jitter, capped. */
  Duration backoff(int attempt) {
    int shift = Math.min(attempt - 1, 20);
    Duration nominal = min(BASE_DELAY.multipliedBy(1L << shift), maxDelay);
    double factor = 0.75 + 0.25 * Math.max(0.0, Math.min(1.0, random.getAsDouble()));
    return Duration.ofMillis((long) (nominal.toMillis() * factor));
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  private void sleep(Duration delay) throws IOException {
    if (Thread.currentThread().isInterrupted()) {
      // Also with a sleeper that does not look at the flag, such as a test's.
      throw new InterruptedIOException("interrupted");
    }
    try {
      sleeper.sleep(delay);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      InterruptedIOException interrupted = new InterruptedIOException("interrupted");
      interrupted.initCause(e);
      throw interrupted;
    }
  }

  @Override
  public String toString() {
    return "RetryingTransport{maxRetries=" + maxRetries + ", maxDelay=" + maxDelay + "}";
  }
}

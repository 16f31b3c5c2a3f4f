package io.github.facilioo4j.core;

import io.github.facilioo4j.core.errors.FaciliooException;
import io.github.facilioo4j.core.errors.FaciliooIoException;
import io.github.facilioo4j.core.errors.FaciliooServiceException;
import io.github.facilioo4j.core.errors.FaciliooTimeoutException;
import io.github.facilioo4j.core.errors.RateLimitException;
import io.github.facilioo4j.core.errors.ServerException;
import io.github.facilioo4j.core.internal.RetryAfter;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The token a {@link LoginTokenProvider} holds for one issuing API, and the one login or refresh
 * under way for it. Thread-safe.
 *
 * <ul>
 *   <li>A renewal runs on a thread of its own, never on a caller's: every caller, the one that
 *       needed it first included, only waits for it, each up to its own timeout and until it is
 *       interrupted. A stalled login thus holds up no caller beyond its budget, and an interrupt or
 *       a short timeout of one caller does not fail the login for the others.
 *   <li>All callers waiting for a renewal share its outcome, failure included: a refused password
 *       costs one login POST, not one per waiting thread.
 *   <li>A login answered with {@code Retry-After} (429, 503) is not repeated before that time on
 *       the client's clock (at most {@link #MAX_PAUSE}); until then calls fail at once with the
 *       same type of exception, naming the remaining wait.
 *   <li>While the old token has not expired, a failed or late renewal does not fail the call: the
 *       old token is sent.
 * </ul>
 */
final class LoginSession {
  private static final Logger LOG = LoggerFactory.getLogger(LoginSession.class);

  /** The longest a login answer's {@code Retry-After} holds the next login back. */
  static final Duration MAX_PAUSE = Duration.ofHours(1);

  private static final AtomicInteger THREADS = new AtomicInteger();

  private final LoginTokenProvider provider;
  private final Object lock = new Object();
  private volatile LoginToken current;
  // Guarded by lock; the lock is never held while a call is made.
  private CompletableFuture<LoginToken> renewal;
  private Instant pausedUntil;
  private FaciliooServiceException pauseCause;

  LoginSession(LoginTokenProvider provider) {
    this.provider = provider;
  }

  /**
   * Returns a token to send now, renewing it first when needed.
   *
   * @param endpoint the calling client's login endpoint for this API
   * @param maxWait the longest the caller waits for a renewal
   */
  String token(AuthEndpoint endpoint, Duration maxWait) {
    Object token = acquire(endpoint);
    if (token instanceof String) {
      return (String) token;
    }
    @SuppressWarnings("unchecked")
    CompletableFuture<LoginToken> renewal = (CompletableFuture<LoginToken>) token;
    return await(renewal, endpoint.clock, maxWait);
  }

  /**
   * Like {@link #token}, but waits for a renewal without a thread: the future completes when the
   * renewal does, or when {@code maxWait} has passed on {@code timer}, with what {@link #token}
   * would have returned or thrown.
   */
  CompletableFuture<String> tokenAsync(AuthEndpoint endpoint, Duration maxWait, Timer timer) {
    CompletableFuture<String> result = new CompletableFuture<>();
    Object token;
    try {
      token = acquire(endpoint);
    } catch (RuntimeException e) {
      result.completeExceptionally(e);
      return result;
    }
    if (token instanceof String) {
      result.complete((String) token);
      return result;
    }
    @SuppressWarnings("unchecked")
    CompletableFuture<LoginToken> renewal = (CompletableFuture<LoginToken>) token;
    CompletableFuture<Void> deadline = timer.after(maxWait);
    renewal.whenComplete(
        (renewed, failure) -> {
          deadline.cancel(false);
          try {
            result.complete(
                failure == null ? renewed.access : afterFailure(failure, endpoint.clock));
          } catch (RuntimeException | Error e) {
            result.completeExceptionally(e);
          }
        });
    deadline.thenRun(
        () -> {
          if (!result.isDone()) {
            try {
              result.complete(afterTimeout(endpoint.clock, maxWait, null));
            } catch (RuntimeException e) {
              result.completeExceptionally(e);
            }
          }
        });
    return result;
  }

  /**
   * The token to send now, as a {@code String}, or the renewal to wait for, started here when none
   * is under way.
   */
  private Object acquire(AuthEndpoint endpoint) {
    Instant now = endpoint.clock.instant();
    LoginToken token = current;
    if (token != null && !token.needsRenewal(now)) {
      return token.access;
    }
    CompletableFuture<LoginToken> waitFor;
    boolean start = false;
    synchronized (lock) {
      token = current;
      if (token != null && !token.needsRenewal(now)) {
        return token.access;
      }
      waitFor = renewal;
      if (waitFor == null) {
        if (pausedUntil != null && now.isBefore(pausedUntil)) {
          if (token != null && token.isUsable(now)) {
            return token.access;
          }
          throw paused(now);
        }
        waitFor = new CompletableFuture<>();
        renewal = waitFor;
        start = true;
      }
    }
    if (start) {
      start(endpoint, token, waitFor);
    }
    return waitFor;
  }

  /** Marks {@code rejectedToken} as rejected when it is the current token. */
  void invalidate(String rejectedToken) {
    synchronized (lock) {
      LoginToken token = current;
      if (token != null && token.access.equals(rejectedToken)) {
        current = token.rejected();
      }
    }
  }

  private void start(AuthEndpoint endpoint, LoginToken previous, CompletableFuture<LoginToken> f) {
    Runnable renew =
        () -> {
          LoginToken renewed = null;
          Throwable failure = null;
          try {
            renewed = provider.renew(endpoint, previous);
          } catch (RuntimeException | Error e) {
            failure = e;
          }
          finish(endpoint.clock, f, renewed, failure);
        };
    Thread thread = new Thread(renew, "facilioo-login-" + THREADS.incrementAndGet());
    thread.setDaemon(true);
    try {
      thread.start();
    } catch (RuntimeException | Error e) {
      // No thread to be had (OutOfMemoryError: unable to create native thread): fail, not hang.
      finish(endpoint.clock, f, null, e);
    }
  }

  private void finish(
      Clock clock, CompletableFuture<LoginToken> f, LoginToken renewed, Throwable failure) {
    synchronized (lock) {
      renewal = null;
      if (renewed != null) {
        current = renewed;
        pausedUntil = null;
        pauseCause = null;
      } else {
        pause(failure, clock);
      }
    }
    // Completed after the state is updated, so that a woken caller's next call sees it.
    if (renewed != null) {
      f.complete(renewed);
    } else {
      f.completeExceptionally(failure);
    }
  }

  /** Remembers a failure whose answer asked to wait before the next login. Holds the lock. */
  private void pause(Throwable failure, Clock clock) {
    Duration wait = retryAfter(failure, clock);
    if (wait == null || wait.isZero() || wait.isNegative()) {
      return;
    }
    pausedUntil = clock.instant().plus(wait.compareTo(MAX_PAUSE) < 0 ? wait : MAX_PAUSE);
    pauseCause = (FaciliooServiceException) failure;
    LOG.debug("{} asked to wait; no login before {}", provider.loginName(), pausedUntil);
  }

  private static Duration retryAfter(Throwable failure, Clock clock) {
    if (failure instanceof RateLimitException) {
      return ((RateLimitException) failure).retryAfter().orElse(null);
    }
    if (failure instanceof ServerException) {
      for (Map.Entry<String, List<String>> header :
          ((ServerException) failure).headers().entrySet()) {
        if (header.getKey().equalsIgnoreCase(HeaderNames.RETRY_AFTER)
            && !header.getValue().isEmpty()) {
          return RetryAfter.parse(header.getValue().get(0), clock).orElse(null);
        }
      }
    }
    return null;
  }

  /** A new exception of the paused login's type, saying how long the pause still lasts. */
  private FaciliooServiceException paused(Instant now) {
    FaciliooServiceException cause = pauseCause;
    Duration left = Duration.between(now, pausedUntil);
    String message =
        provider.loginName()
            + " not attempted: the last login was answered "
            + cause.statusCode()
            + " and asked to wait until "
            + pausedUntil
            + " ("
            + Math.max(1, left.getSeconds())
            + " s from now)";
    if (cause instanceof RateLimitException) {
      return new RateLimitException(
          message,
          cause.statusCode(),
          cause.headers(),
          cause.rawBody(),
          cause.isRawBodyTruncated(),
          cause.problem(),
          left);
    }
    return new ServerException(
        message,
        cause.statusCode(),
        cause.headers(),
        cause.rawBody(),
        cause.isRawBodyTruncated(),
        cause.problem());
  }

  private String await(CompletableFuture<LoginToken> f, Clock clock, Duration maxWait) {
    try {
      return f.get(nanos(maxWait), TimeUnit.NANOSECONDS).access;
    } catch (TimeoutException e) {
      return afterTimeout(clock, maxWait, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      InterruptedIOException interrupted =
          new InterruptedIOException("interrupted while waiting for the login");
      interrupted.initCause(e);
      throw new FaciliooIoException(
          "Interrupted while waiting for the login to facilioo as " + provider.email(),
          interrupted);
    } catch (ExecutionException e) {
      return afterFailure(e.getCause(), clock);
    }
  }

  /** The still valid token once a wait ran out, else the timeout. */
  private String afterTimeout(Clock clock, Duration maxWait, TimeoutException e) {
    String stillValid = stillValid(clock);
    if (stillValid != null) {
      return stillValid;
    }
    InterruptedIOException timeout = new InterruptedIOException("timeout");
    if (e != null) {
      timeout.initCause(e);
    }
    throw new FaciliooTimeoutException(
        provider.loginName()
            + " did not finish within the call's timeout of "
            + maxWait.toMillis()
            + " ms",
        timeout);
  }

  /** The still valid token once a renewal failed, else the renewal's very failure. */
  private String afterFailure(Throwable failure, Clock clock) {
    String stillValid = failure instanceof FaciliooException ? stillValid(clock) : null;
    if (stillValid != null) {
      LOG.debug(
          "Renewing the facilioo token failed ({}); the current one is still valid",
          failure.getClass().getSimpleName());
      return stillValid;
    }
    if (failure instanceof FaciliooException) {
      // The very exception of the one login, shared by every caller that waited for it.
      throw (FaciliooException) failure;
    }
    if (failure instanceof Error) {
      throw (Error) failure;
    }
    throw new FaciliooException(provider.loginName() + " failed", failure);
  }

  /** The current token when it has neither expired nor been rejected, else {@code null}. */
  private String stillValid(Clock clock) {
    LoginToken token = current;
    return token != null && token.isUsable(clock.instant()) ? token.access : null;
  }

  private static long nanos(Duration duration) {
    try {
      return duration.toNanos();
    } catch (ArithmeticException e) {
      return Long.MAX_VALUE;
    }
  }
}

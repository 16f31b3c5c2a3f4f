package io.github.facilioo4j.core;

import io.github.facilioo4j.core.AttemptResult.Outcome;
import io.github.facilioo4j.core.http.HttpRequest;
import io.github.facilioo4j.core.http.HttpResponse;
import io.github.facilioo4j.core.http.HttpTransport;
import io.github.facilioo4j.core.http.RequestNotSentException;
import io.github.facilioo4j.core.internal.HeaderMaps;
import java.io.IOException;
import java.time.Duration;
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

  private final HttpTransport delegate;
  private final RequestListener listener;

  private ObservingTransport(HttpTransport delegate, RequestListener listener) {
    this.delegate = delegate;
    this.listener = listener;
  }

  /** Wraps {@code delegate}, or returns it as it is when there is no listener. */
  static HttpTransport wrap(HttpTransport delegate, @Nullable RequestListener listener) {
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

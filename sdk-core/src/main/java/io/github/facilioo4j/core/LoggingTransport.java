package io.github.facilioo4j.core;

import io.github.facilioo4j.core.http.HttpRequest;
import io.github.facilioo4j.core.http.HttpResponse;
import io.github.facilioo4j.core.internal.Async;
import io.github.facilioo4j.core.internal.HeaderMaps;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs every attempt at DEBUG: method, URL path (no query), attempt number, status or failure,
 * duration, the answer's request id, and the operation id and route template when the request
 * carries them. Headers and bodies are never logged, so tokens and passwords cannot leak.
 * Thread-safe.
 */
final class LoggingTransport implements SendingTransport {
  private static final Logger LOG = LoggerFactory.getLogger("io.github.facilioo4j.http");

  private final SendingTransport delegate;

  /**
   * Wraps a transport.
   *
   * @param delegate the transport whose attempts are logged
   */
  public LoggingTransport(SendingTransport delegate) {
    this.delegate = delegate;
  }

  @Override
  public HttpResponse execute(HttpRequest request) throws IOException {
    if (!LOG.isDebugEnabled()) {
      return delegate.execute(request);
    }
    long start = System.nanoTime();
    try {
      HttpResponse response = delegate.execute(request);
      LOG.debug(
          "{} {} attempt {} -> {} in {} ms{}{}",
          request.method(),
          request.path(),
          request.attempt(),
          response.statusCode(),
          TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start),
          requestId(response),
          operation(request));
      return response;
    } catch (IOException | RuntimeException e) {
      LOG.debug(
          "{} {} attempt {} -> {} in {} ms{}",
          request.method(),
          request.path(),
          request.attempt(),
          e.getClass().getSimpleName(),
          TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start),
          operation(request));
      throw e;
    }
  }

  /**
   * Logs the attempt when the delegate's future completes, on the thread that completes it, and
   * only then completes the future returned: what waits for the answer (a request listener's end,
   * say) comes after the line.
   */
  @Override
  public CompletableFuture<HttpResponse> executeAsync(
      HttpRequest request, Executor executor, SendHook hook) {
    if (!LOG.isDebugEnabled()) {
      return delegate.executeAsync(request, executor, hook);
    }
    long start = System.nanoTime();
    CompletableFuture<HttpResponse> sent =
        Async.start(() -> delegate.executeAsync(request, executor, hook));
    CompletableFuture<HttpResponse> logged = new CompletableFuture<>();
    AsyncResponses.cancelling(logged, sent);
    sent.whenComplete(
        (response, error) -> {
          try {
            Throwable failure = error == null ? null : Async.unwrap(error);
            LOG.debug(
                "{} {} attempt {} -> {} in {} ms{}{}",
                request.method(),
                request.path(),
                request.attempt(),
                failure == null
                    ? String.valueOf(response.statusCode())
                    : failure.getClass().getSimpleName(),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start),
                failure == null ? requestId(response) : "",
                operation(request));
          } finally {
            AsyncResponses.relay(logged, response, error);
          }
        });
    return logged;
  }

  /** Such as {@code ", request id 0HN1..."}, or empty when the answer carries none. */
  static String requestId(HttpResponse response) {
    return HeaderMaps.requestId(response.headers().asMap())
        .map(id -> ", request id " + id)
        .orElse("");
  }

  /**
   * Such as {@code " (retrieveProcess /api/processes/{id})"}, or empty for a hand-built request.
   */
  static String operation(HttpRequest request) {
    if (!request.operationId().isPresent()) {
      return "";
    }
    return " (" + request.operationId().get() + " " + request.route().orElse("") + ")";
  }

  @Override
  public String toString() {
    return "LoggingTransport";
  }
}

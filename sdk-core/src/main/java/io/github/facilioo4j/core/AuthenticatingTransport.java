package io.github.facilioo4j.core;

import io.github.facilioo4j.core.http.HttpRequest;
import io.github.facilioo4j.core.http.HttpResponse;
import io.github.facilioo4j.core.http.HttpTransport;
import io.github.facilioo4j.core.internal.Async;
import io.github.facilioo4j.core.internal.Durations;
import io.github.facilioo4j.core.internal.mapping.Redaction;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adds {@code Authorization: Bearer <token>} to every attempt. When the server answers 401 and the
 * token source can renew, it invalidates the rejected token, asks for a new one and replays the
 * request once; requests hold their body in memory, so every request can be replayed. A second 401
 * is returned as is. Every answer carries the tokens sent ({@link Redaction#attach}), so that
 * whoever turns it into a value or an exception can keep them out of what it shows, should the
 * server echo them; the answer itself is passed on unchanged.
 *
 * <p>Waiting for a token counts against the request's own timeout: a request that waited for a
 * login is sent with what is left of it. Thread-safe.
 */
final class AuthenticatingTransport implements HttpTransport {
  private static final Logger LOG = LoggerFactory.getLogger(AuthenticatingTransport.class);

  /** Waits shorter than this leave the request's timeout as it is. */
  private static final long NOTICEABLE_WAIT_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

  private final HttpTransport delegate;
  private final TokenSource tokens;
  private final Duration callTimeout;
  private final Timer timer;
  // Calls of one client mostly send the same token: its redaction patterns are reused.
  private volatile @Nullable Sent last;

  /**
   * Wraps a transport.
   *
   * @param delegate the transport that sends the authenticated requests
   * @param tokens where the client's tokens come from
   * @param callTimeout the client's whole-call timeout, for requests that set none; positive
   * @param timer ends async waits for a login at the request's timeout
   */
  public AuthenticatingTransport(
      HttpTransport delegate, TokenSource tokens, Duration callTimeout, Timer timer) {
    this.delegate = delegate;
    this.tokens = tokens;
    this.callTimeout = Durations.requirePositive(callTimeout, "callTimeout");
    this.timer = timer;
  }

  @Override
  public HttpResponse execute(HttpRequest request) throws IOException {
    Duration timeout = request.timeout().orElse(callTimeout);
    long asked = System.nanoTime();
    String token = tokens.token(timeout);
    HttpResponse response = delegate.execute(sendable(request, token, timeout, asked));
    if (response.statusCode() != 401 || !tokens.canRenew()) {
      return carrying(response, token);
    }
    String renewed;
    try {
      tokens.invalidate(token);
      asked = System.nanoTime();
      renewed = tokens.token(timeout);
    } catch (RuntimeException | Error e) {
      // Every response must be closed, also when no token for the replay can be had.
      response.close();
      throw e;
    }
    if (renewed.equals(token)) {
      return carrying(response, token);
    }
    LOG.debug(
        "{} {} answered 401; replaying once with a renewed token",
        request.method(),
        request.path());
    // Every response must be closed, so close the rejected one before replaying.
    response.close();
    return Redaction.attach(
        delegate.execute(sendable(request, renewed, timeout, asked)),
        Redaction.of(Arrays.asList(token, renewed)));
  }

  /**
   * {@inheritDoc}
   *
   * <p>The same steps without blocking: a token that has to wait for a login comes from a future
   * the login completes, and an application's own provider, which may block, is asked on {@code
   * executor}.
   */
  @Override
  public CompletableFuture<HttpResponse> executeAsync(HttpRequest request, Executor executor) {
    Duration timeout = request.timeout().orElse(callTimeout);
    long asked = System.nanoTime();
    CompletableFuture<String> token =
        Async.start(() -> tokens.tokenAsync(timeout, executor, timer));
    return Step.then(
        token,
        first ->
            Step.then(
                delegate.executeAsync(sendable(request, first, timeout, asked), executor),
                response -> afterAnswer(request, first, response, timeout, executor)));
  }

  /** The answer itself, or the replay with a renewed token after a 401. */
  private CompletableFuture<HttpResponse> afterAnswer(
      HttpRequest request,
      String token,
      HttpResponse response,
      Duration timeout,
      Executor executor) {
    CompletableFuture<String> renewal;
    long asked;
    try {
      if (response.statusCode() != 401 || !tokens.canRenew()) {
        return CompletableFuture.completedFuture(carrying(response, token));
      }
      tokens.invalidate(token);
      asked = System.nanoTime();
      renewal = Async.start(() -> tokens.tokenAsync(timeout, executor, timer));
    } catch (RuntimeException | Error e) {
      // Every response must be closed, also when no token for the replay can be had.
      response.close();
      throw e;
    }
    renewal.whenComplete(
        (renewed, failure) -> {
          if (failure != null) {
            response.close();
          }
        });
    return Step.then(
        renewal,
        renewed -> {
          if (renewed.equals(token)) {
            return CompletableFuture.completedFuture(carrying(response, token));
          }
          LOG.debug(
              "{} {} answered 401; replaying once with a renewed token",
              request.method(),
              request.path());
          response.close();
          return Step.then(
              delegate.executeAsync(sendable(request, renewed, timeout, asked), executor),
              replayed ->
                  CompletableFuture.completedFuture(
                      Redaction.attach(replayed, Redaction.of(Arrays.asList(token, renewed)))));
        });
  }

  /**
   * The request with its token and, when getting the token took noticeable time (a login), with
   * what is left of its timeout, so that waiting and sending together stay within it.
   */
  private HttpRequest sendable(HttpRequest request, String token, Duration timeout, long asked) {
    HttpRequest authorized = withToken(request, token);
    long waited = System.nanoTime() - asked;
    if (waited < NOTICEABLE_WAIT_NANOS) {
      return authorized;
    }
    // Whole milliseconds, as the transport counts them, and never zero, which would mean none.
    long left = TimeUnit.NANOSECONDS.toMillis(Math.max(0, saturatedNanos(timeout) - waited));
    return authorized.toBuilder().timeout(Duration.ofMillis(Math.max(1, left))).build();
  }

  private static long saturatedNanos(Duration duration) {
    try {
      return duration.toNanos();
    } catch (ArithmeticException e) {
      return Long.MAX_VALUE;
    }
  }

  private static HttpRequest withToken(HttpRequest request, String token) {
    return request.toBuilder().header(HeaderNames.AUTHORIZATION, "Bearer " + token).build();
  }

  /**
   * A server may echo the request's token in any answer; it must not reach an exception's message,
   * raw body, snippet, problem or headers. The bytes are not touched here: parsing needs them as
   * sent.
   */
  private HttpResponse carrying(HttpResponse response, String token) {
    Sent sent = last;
    if (sent == null || !sent.token.equals(token)) {
      sent = new Sent(token);
      last = sent;
    }
    return Redaction.attach(response, sent.redaction);
  }

  /** The redaction of one token, built once per token: its patterns are made on first use. */
  private static final class Sent {
    final String token;
    final Redaction redaction;

    Sent(String token) {
      this.token = token;
      this.redaction = Redaction.of(Collections.singletonList(token));
    }
  }

  @Override
  public String toString() {
    return "AuthenticatingTransport{tokens=" + tokens + "}";
  }
}

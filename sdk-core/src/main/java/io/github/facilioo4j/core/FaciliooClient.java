package io.github.facilioo4j.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import io.github.facilioo4j.core.errors.FaciliooException;
import io.github.facilioo4j.core.errors.FaciliooIoException;
import io.github.facilioo4j.core.errors.InvalidResponseException;
import io.github.facilioo4j.core.http.HttpHeaders;
import io.github.facilioo4j.core.http.HttpRequest;
import io.github.facilioo4j.core.http.HttpTransport;
import io.github.facilioo4j.core.internal.DependencyFloors;
import io.github.facilioo4j.core.internal.Json;
import java.net.URI;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;

/**
 * The connection to the facilioo API that every SDK module sends its requests through.
 *
 * <pre>{@code
 * try (FaciliooClient client = FaciliooClient.create(FaciliooOptions.fromEnv())) {
 *   ProcessesClient processes = ProcessesClient.create(client);
 *   // ...
 * }
 * }</pre>
 *
 * <p>A client is thread-safe: create one per configuration and share it. It holds pooled
 * connections and threads, so close it when done; a closed client refuses calls with {@link
 * IllegalStateException}. When the SDK created the OkHttp client, {@link #close()} shuts its
 * dispatcher down and evicts its pooled connections; an OkHttp client the application supplied is
 * left untouched.
 *
 * <p>Every request carries {@code Authorization}, {@code api-version}, {@code Accept}, {@code
 * User-Agent} and, when configured, {@code Accept-Language}, {@code x-client-name} and {@code
 * x-client-version}. Failures surface as subclasses of {@link FaciliooException}.
 *
 * <p>Applications use the typed clients of the SDK modules, such as {@code ProcessesClient}; the
 * {@code execute} methods send an {@link ApiRequest} for a route that has no typed call yet.
 */
public final class FaciliooClient implements AutoCloseable {
  private final FaciliooOptions options;
  private final SharedResources shared;
  private final OkHttpTransport okHttp;
  private final HttpTransport transport;
  private final DoubleSupplier random;
  private final Executor blocking;
  private final AtomicBoolean closed = new AtomicBoolean();
  // The options are immutable, so the headers of a call without per-call options are built once,
  // and the base URL is parsed once.
  private final HttpHeaders defaultHeaders;
  private final URI baseUrl;

  private FaciliooClient(
      FaciliooOptions options,
      SharedResources shared,
      OkHttpTransport okHttp,
      DoubleSupplier random) {
    this.options = options;
    this.shared = shared;
    this.okHttp = okHttp;
    this.random = random;
    this.defaultHeaders = DefaultHeaders.of(options, RequestOptions.none());
    this.baseUrl = okHttp.apiBase.uri;
    HttpTransport logged =
        ObservingTransport.wrap(
            new LoggingTransport(rateLimited(okHttp, options, shared)),
            options.requestListener().orElse(null));
    // Login calls go through the same connections but never through the auth decorator. The
    // provider is not bound to this client: the client asks for its own API's token on each call.
    TokenSource tokens = ClientTokens.of(options, retrying(logged, options, random, shared));
    this.transport =
        retrying(
            new AuthenticatingTransport(logged, tokens, options.callTimeout(), shared.timer),
            options,
            random,
            shared);
    this.blocking = blockingExecutor(shared);
  }

  /**
   * The rate limiter sits nearest the network, so that every attempt takes a permit: retries,
   * replays after a 401, and login calls, which bypass the auth decorator but share this transport.
   */
  private static SendingTransport rateLimited(
      SendingTransport delegate, FaciliooOptions options, SharedResources shared) {
    if (!options.rateLimiter().isPresent()) {
      return delegate;
    }
    return new RateLimitingTransport(
        delegate,
        options.rateLimiter().get(),
        options.rateLimitWait().orElse(null),
        options.callTimeout(),
        options.clock(),
        shared.timer,
        shared.waits);
  }

  private static HttpTransport retrying(
      HttpTransport delegate,
      FaciliooOptions options,
      DoubleSupplier random,
      SharedResources shared) {
    return new RetryingTransport(
        delegate,
        options.maxRetries(),
        options.maxRetryDelay(),
        options.sleeper(),
        options.clock(),
        random,
        shared.timer);
  }

  /** Where async calls run the application's code that may block; refuses once closed. */
  private static Executor blockingExecutor(SharedResources shared) {
    return task -> {
      try {
        shared.blocking.execute(task);
      } catch (RejectedExecutionException e) {
        throw new IllegalStateException("client is closed", e);
      }
    };
  }

  /**
   * Creates a client.
   *
   * @param options the configuration
   * @return a new client, which the caller must close
   * @throws IllegalStateException if the class path has a Jackson older than 2.13.0 or an OkHttp
   *     older than 4.9.0; the message names the version needed
   */
  public static FaciliooClient create(FaciliooOptions options) {
    return create(options, () -> ThreadLocalRandom.current().nextDouble());
  }

  /** Creates a client whose retry jitter comes from {@code random}; for tests. */
  static FaciliooClient create(FaciliooOptions options, DoubleSupplier random) {
    Objects.requireNonNull(options, "options");
    DependencyFloors.check();
    SharedResources shared = new SharedResources(options, timeouts(options));
    return new FaciliooClient(options, shared, shared.root, random);
  }

  private static OkHttpTransport.Timeouts timeouts(FaciliooOptions options) {
    return new OkHttpTransport.Timeouts(
        options.connectTimeout(),
        options.readTimeout(),
        options.writeTimeout(),
        options.callTimeout());
  }

  /**
   * Returns the configuration.
   *
   * @return the options
   */
  public FaciliooOptions options() {
    return options;
  }

  /**
   * Derives a client with changed options, for example another language or api version.
   *
   * <p>The derived client shares this client's connection pool, dispatcher and async threads
   * (unless the change supplies a different OkHttp client). Closing the derived client only marks
   * it closed; closing this client releases the shared resources and so closes every client derived
   * from it as well.
   *
   * <pre>{@code
   * FaciliooClient english = client.withOptions(o -> o.language(Language.of("en")));
   * }</pre>
   *
   * @param change adjusts a builder pre-filled with this client's options
   * @return the derived client
   * @throws IllegalArgumentException when the changed options are invalid
   * @throws IllegalStateException when this client is closed
   */
  public FaciliooClient withOptions(Consumer<FaciliooOptions.Builder> change) {
    Objects.requireNonNull(change, "change");
    checkOpen();
    FaciliooOptions.Builder builder = options.toBuilder();
    change.accept(builder);
    FaciliooOptions derived = builder.build();
    if (derived.okHttpClient().orElse(null) == options.okHttpClient().orElse(null)) {
      return new FaciliooClient(
          derived, shared, shared.root.derive(timeouts(derived), derived.baseUrl()), random);
    }
    // Its own OkHttp client, but closed with the root like every derived client.
    OkHttpTransport own =
        OkHttpTransport.create(
            derived.okHttpClient().orElse(null),
            timeouts(derived),
            shared.root,
            shared.dispatcher(derived),
            derived.clock(),
            derived.baseUrl());
    return new FaciliooClient(derived, shared, own, random);
  }

  /**
   * Sends a request and decodes a 2xx answer's JSON body.
   *
   * <p>Retries, token renewal and headers are applied as described in the class documentation. Any
   * 2xx status is a success.
   *
   * @param request the request
   * @param type the body type; {@code Void.class} ignores the body and yields a {@code null} value
   * @param <T> the body type
   * @return the response with the decoded body
   * @throws io.github.facilioo4j.core.errors.FaciliooServiceException (a subclass per status) for a
   *     non-2xx answer
   * @throws InvalidResponseException when a 2xx body is not the expected JSON; the request itself
   *     succeeded
   * @throws io.github.facilioo4j.core.errors.FaciliooTimeoutException when the call timed out
   * @throws FaciliooIoException for other network failures
   * @throws IllegalStateException when the client is closed
   */
  public <T> ApiResponse<T> execute(ApiRequest request, Class<T> type) {
    Objects.requireNonNull(type, "type");
    return execute(request, Json.mapper().constructType(type));
  }

  private <T> ApiResponse<T> execute(ApiRequest request, JavaType type) {
    Objects.requireNonNull(request, "request");
    checkOpen();
    return Exchange.run(transport, toHttp(request), type, options.clock());
  }

  /**
   * Sends a request without blocking the caller, and without a thread per call: the request goes
   * out through OkHttp's asynchronous dispatch, at most {@link FaciliooOptions#maxRequests()} at
   * once ({@link FaciliooOptions#maxRequestsPerHost()} per host); further calls wait in the
   * dispatcher's queue, holding no thread. Back-off waits between retries and waits for a login are
   * timed by one timer thread, as is the wait for a permit of {@link RateLimiter#tokenBucket}; only
   * an application's own {@link TokenProvider} (other than a fixed token), {@link Sleeper} or other
   * {@link RateLimiter}, which may block, runs on a small pool of its own. The future completes on
   * an OkHttp dispatcher thread: dependent stages that block hold up that thread.
   *
   * <p>Cancelling the returned future (with either argument) stops the call: one still queued never
   * starts and sends nothing; one in flight has its HTTP call cancelled at once, and any wait for a
   * token or a retry ends, so a request not yet written is never sent (one already written may have
   * reached the server). Cancelling a future derived from it, for example with {@code thenApply},
   * does not reach the call.
   *
   * <p>When the client is closed, calls still queued complete exceptionally with {@link
   * IllegalStateException} ({@code "client is closed"}) without sending anything; a running call
   * finishes its current exchange, but sends nothing more (no retry, no renewal).
   *
   * @param request the request
   * @param type the body type; {@code Void.class} ignores the body
   * @param <T> the body type
   * @return a future that completes with the response, or exceptionally with the very exception
   *     {@link #execute(ApiRequest, Class)} would have thrown (not wrapped)
   * @throws IllegalStateException when the client is closed
   */
  public <T> CompletableFuture<ApiResponse<T>> executeAsync(ApiRequest request, Class<T> type) {
    Objects.requireNonNull(type, "type");
    return executeAsync(request, Json.mapper().constructType(type));
  }

  private <T> CompletableFuture<ApiResponse<T>> executeAsync(ApiRequest request, JavaType type) {
    Objects.requireNonNull(request, "request");
    checkOpen();
    HttpRequest http = toHttp(request);
    return Exchange.<T>runAsync(transport, http, type, options.clock(), blocking);
  }

  private HttpRequest toHttp(ApiRequest request) {
    HttpRequest.Builder http =
        HttpRequest.builder()
            .method(request.method())
            .baseUrl(baseUrl)
            .pathSegments(request.pathSegments())
            .query(request.query())
            .operation(request.operationId().orElse(null), request.route())
            .headers(
                DefaultHeaders.overridesNothing(request.options())
                    ? defaultHeaders
                    : DefaultHeaders.of(options, request.options()))
            .timeout(request.options().timeout().orElse(null));
    if (request.body().isPresent()) {
      try {
        // The bytes were just written and nobody else holds them: hand them over without a copy.
        http.adoptBody(
            Json.mapper().writeValueAsBytes(request.body().get()),
            "application/json; charset=utf-8");
      } catch (JsonProcessingException e) {
        throw new IllegalArgumentException(
            "the body of " + request + " cannot be written as JSON: " + e.getOriginalMessage(), e);
      }
    }
    return http.build();
  }

  private void checkOpen() {
    if (isClosed()) {
      throw new IllegalStateException("client is closed");
    }
  }

  /**
   * Tells whether this client, or the client it was derived from, has been closed.
   *
   * @return whether calls are refused
   */
  public boolean isClosed() {
    return closed.get() || shared.closed.get();
  }

  /**
   * Closes the client. Once it returns, nothing more goes out through this client (nor through the
   * clients derived from it, when this is the client made with {@link #create}):
   *
   * <ul>
   *   <li>new calls are refused with {@link IllegalStateException};
   *   <li>async calls still queued complete exceptionally with {@link IllegalStateException} and
   *       are never sent;
   *   <li>a call whose request is already being written or answered finishes that exchange; a call
   *       that has not begun sending (connecting, waiting for a token or to retry) fails with
   *       {@link IllegalStateException} instead of sending.
   * </ul>
   *
   * <p>For a client made with {@link #create}, the SDK's threads (its dispatcher's, its timer's,
   * and those of application code run for async calls) and, when the SDK created the OkHttp client,
   * its pooled connections are released; the dispatcher of an application's OkHttp client is never
   * touched, as the SDK does not use it. A derived client only stops its own calls. Calling it
   * again has no effect.
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    boolean root = shared.root == okHttp;
    // From here on the transport refuses to send; it releases threads and connections only when
    // it created them.
    okHttp.close();
    if (root) {
      shared.close();
    }
  }

  /** Used by tests to check that the async threads end. */
  SharedResources sharedResources() {
    return shared;
  }

  /** Used by tests to check that no connection leaked. */
  OkHttpTransport okHttpTransport() {
    return okHttp;
  }

  /** Describes the client; never shows a secret. */
  @Override
  public String toString() {
    return "FaciliooClient{" + options + (isClosed() ? ", closed" : "") + "}";
  }
}

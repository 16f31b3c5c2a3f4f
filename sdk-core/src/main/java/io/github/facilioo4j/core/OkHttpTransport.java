package io.github.facilioo4j.core;

import io.github.facilioo4j.core.http.HttpHeaders;
import io.github.facilioo4j.core.http.HttpRequest;
import io.github.facilioo4j.core.http.HttpResponse;
import io.github.facilioo4j.core.http.RequestNotSentException;
import io.github.facilioo4j.core.internal.Durations;
import io.github.facilioo4j.core.internal.Paths;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSink;
import org.jspecify.annotations.Nullable;

/**
 * The OkHttp adapter: the only class of the SDK that talks to OkHttp. Thread-safe.
 *
 * <p>Every {@link #execute} is one SDK attempt and one OkHttp call. What reaches the network is
 * decided by {@link NetworkGate}, a network interceptor added after every other one, whatever the
 * OkHttp client (the application's own included, with its interceptors and authenticator) would do:
 *
 * <ul>
 *   <li>A POST or PATCH reaches the network at most once per attempt. When OkHttp or an interceptor
 *       tries to send it again, nothing is sent and this transport returns the first answer (a
 *       {@code 503} stays a {@code 503}), or rethrows the first failure.
 *   <li>A failure before the request may have reached the network is thrown as {@link
 *       RequestNotSentException}.
 *   <li>A POST or PATCH about to be written to a pooled connection that the server already closed
 *       is provably unsent: the connection is dropped and the request goes out on another one (3
 *       connections at most); if every connection tried was closed, the attempt ends with {@link
 *       RequestNotSentException}. Exactly one copy can reach the server.
 *   <li>After {@link #close()}, nothing more goes out: a call that has not begun sending fails with
 *       {@link IllegalStateException}, also when it was already under way (connecting, waiting to
 *       retry); a request already being written completes.
 *   <li>{@link Thread#interrupt()} cancels the call, also while it is blocked reading: the attempt
 *       ends with an {@link java.io.InterruptedIOException} and the interrupt flag stays set.
 * </ul>
 *
 * <p>OkHttp's own {@code retryOnConnectionFailure} is switched off so that only the SDK retries,
 * and redirects are not followed: a 3xx answer reaches the caller as an {@code
 * UnexpectedStatusException} carrying the {@code Location} header. Timeouts are rounded up to whole
 * milliseconds, so a positive timeout never becomes OkHttp's 0, "no timeout".
 */
final class OkHttpTransport implements SendingTransport {
  /** How many pooled connections closed by the server one attempt skips before giving up. */
  static final int STALE_CONNECTIONS = 3;

  private static final String JSON = "application/json; charset=utf-8";
  private static final MediaType JSON_MEDIA_TYPE = MediaType.get(JSON);

  /**
   * The first application interceptor: tells an async attempt's hook on the thread that runs the
   * call, before the application's own interceptors (which may read a tracing context) see it.
   */
  private static final Interceptor SENDING =
      chain -> {
        Attempt attempt = chain.call().request().tag(Attempt.class);
        if (attempt != null) {
          attempt.hook.sending();
        }
        return chain.proceed(chain.request());
      };

  private final OkHttpClient client;

  /** When each connection last carried an answer; shared with the transports derived from this. */
  final ConnectionUse connections;

  /** The base URL of the client this transport serves. */
  final ApiBase apiBase;

  /** Keeps okio's watchdog asleep between calls; shared with the transports derived from this. */
  private final WatchdogAnchor anchor;

  private final boolean ownsResources;

  /** The transport this one was derived from or shares its lifecycle with, or {@code null}. */
  private final OkHttpTransport parent;

  private volatile boolean closed;

  private OkHttpTransport(
      OkHttpClient client,
      boolean ownsResources,
      @Nullable OkHttpTransport parent,
      ConnectionUse connections,
      ApiBase apiBase,
      WatchdogAnchor anchor) {
    this.client = client;
    this.ownsResources = ownsResources;
    this.parent = parent;
    this.connections = connections;
    this.apiBase = apiBase;
    this.anchor = anchor;
  }

  /**
   * Creates a transport whose calls run on {@code dispatcher}.
   *
   * @param base the application's client to derive from, or {@code null} to create a new client
   *     whose connection pool this transport owns
   * @param timeouts connect, read, write and call timeouts
   * @param parent the transport whose {@link #close()} also closes this one, or {@code null}
   * @param dispatcher the SDK's own dispatcher, with its limits and threads, used also when the
   *     application supplied a client
   * @param clock the client's clock, which times how long pooled connections sat idle
   * @param baseUrl the base URL of the client this transport serves
   * @return the transport
   */
  static OkHttpTransport create(
      @Nullable OkHttpClient base,
      Timeouts timeouts,
      @Nullable OkHttpTransport parent,
      Dispatcher dispatcher,
      Clock clock,
      String baseUrl) {
    OkHttpClient.Builder builder = base == null ? new OkHttpClient.Builder() : base.newBuilder();
    builder.dispatcher(dispatcher);
    if (base == null) {
      // OkHttp's default pool keeps 5 idle connections: with more requests in flight, every round
      // of async calls would close connections and open new ones.
      builder.connectionPool(
          new ConnectionPool(
              Math.max(
                  5, Math.min(dispatcher.getMaxRequests(), dispatcher.getMaxRequestsPerHost())),
              5,
              TimeUnit.MINUTES));
    }
    return new OkHttpTransport(
        configure(builder, base, timeouts),
        base == null,
        parent,
        parent == null ? new ConnectionUse(clock) : parent.connections,
        new ApiBase(baseUrl),
        parent == null ? new WatchdogAnchor() : parent.anchor);
  }

  /**
   * Derives a transport that shares this one's connection pool and dispatcher but not their
   * ownership: closing the derived transport releases nothing, and closing this one closes the
   * derived one too.
   *
   * @param timeouts the derived transport's timeouts
   * @param baseUrl the base URL of the client the derived transport serves
   * @return the derived transport
   */
  public OkHttpTransport derive(Timeouts timeouts, String baseUrl) {
    OkHttpClient.Builder builder = client.newBuilder();
    // The gate and the hook's interceptor are already in the lists; configure puts each back where
    // it must be (the gate last, the hook's first), exactly once.
    builder.networkInterceptors().remove(NetworkGate.INSTANCE);
    builder.interceptors().remove(SENDING);
    return new OkHttpTransport(
        configure(builder, client, timeouts),
        false,
        this,
        connections,
        new ApiBase(baseUrl),
        anchor);
  }

  private static OkHttpClient configure(
      OkHttpClient.Builder builder, @Nullable OkHttpClient source, Timeouts timeouts) {
    LoopbackRoutes.apply(builder, source);
    builder.interceptors().add(0, SENDING);
    return builder
        .retryOnConnectionFailure(false)
        // Never follow redirects: a 307/308 would send a create again, a 301-303 would turn it
        // into a GET whose answer is read as if it were the create's, and a redirect may lead the
        // request (and, through an application's own interceptors, its credentials) elsewhere.
        .followRedirects(false)
        .followSslRedirects(false)
        .connectTimeout(Durations.toMillisRoundingUp(timeouts.connect), TimeUnit.MILLISECONDS)
        .readTimeout(Durations.toMillisRoundingUp(timeouts.read), TimeUnit.MILLISECONDS)
        .writeTimeout(Durations.toMillisRoundingUp(timeouts.write), TimeUnit.MILLISECONDS)
        .callTimeout(Durations.toMillisRoundingUp(timeouts.call), TimeUnit.MILLISECONDS)
        .addNetworkInterceptor(NetworkGate.INSTANCE)
        .build();
  }

  /**
   * Tells whether this transport created its OkHttp client and so must release it.
   *
   * @return whether {@link #close()} releases threads and connections
   */
  public boolean ownsResources() {
    return ownsResources;
  }

  /**
   * Closes the transport: from now on it sends nothing (see the class documentation), nor does any
   * transport derived from it. It also releases the dispatcher's threads and the pooled connections
   * when this transport owns them; a client the application supplied, and the shared resources of a
   * derived transport, are left untouched. A transport not derived from another also takes its
   * {@link WatchdogAnchor} out of okio's queue. Calling it again has no effect.
   */
  public void close() {
    closed = true;
    if (parent == null) {
      anchor.close();
    }
    // Async calls still waiting for a slot in the dispatcher would only be refused by the gate
    // once a slot frees up: fail them now, so that close() leaves none of them pending.
    for (Call queued : client.dispatcher().queuedCalls()) {
      Attempt attempt = queued.request().tag(Attempt.class);
      if (attempt != null && attempt.transport.isClosed()) {
        attempt.failClosed();
      }
    }
    if (ownsResources) {
      // The dispatcher's threads are the client's shared ones, shut down by its SharedResources.
      client.connectionPool().evictAll();
    }
  }

  /**
   * Tells whether this transport, or the one it was derived from, was closed.
   *
   * @return whether requests are refused
   */
  public boolean isClosed() {
    return closed || (parent != null && parent.isClosed());
  }

  /**
   * Tells whether the OkHttp dispatcher's threads were shut down, for tests of the lifecycle.
   *
   * @return whether the dispatcher's executor is shut down
   */
  public boolean isDispatcherShutDown() {
    return client.dispatcher().executorService().isShutdown();
  }

  /**
   * Counts connections in the pool, for tests that check nothing leaked.
   *
   * @return the number of pooled connections, idle or in use
   */
  public int connectionCount() {
    return client.connectionPool().connectionCount();
  }

  /**
   * Counts idle connections in the pool, for tests that check nothing leaked.
   *
   * @return the number of idle pooled connections
   */
  public int idleConnectionCount() {
    return client.connectionPool().idleConnectionCount();
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalStateException when the transport was closed before the request began sending
   * @throws java.io.InterruptedIOException when the thread was interrupted; the flag stays set
   */
  @Override
  public HttpResponse execute(HttpRequest request) throws IOException {
    for (int stale = 1; ; stale++) {
      Attempt attempt = new Attempt(this, !request.isIdempotent(), SendHook.NONE);
      try {
        return execute(request, attempt);
      } catch (RequestNotSentException e) {
        if (!attempt.staleConnection
            || stale == STALE_CONNECTIONS
            || Thread.currentThread().isInterrupted()) {
          throw e;
        }
        // The server closed the pooled connection before the request was written to it: send the
        // request on another connection. Nothing of it reached the server.
      }
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>Runs on OkHttp's own asynchronous dispatch: a call waiting for a slot (see {@link
   * FaciliooOptions#maxRequests()}) holds no thread, and {@code executor} is not used. The future
   * completes on a dispatcher thread, the one that ran the call and told {@code hook}. Cancelling
   * it cancels the OkHttp call: one still queued is never sent.
   */
  @Override
  public CompletableFuture<HttpResponse> executeAsync(
      HttpRequest request, Executor executor, SendHook hook) {
    CompletableFuture<HttpResponse> result = new CompletableFuture<>();
    if (isClosed()) {
      result.completeExceptionally(new IllegalStateException("client is closed"));
      return result;
    }
    Attempt attempt = new Attempt(this, !request.isIdempotent(), hook);
    Call call = newCall(request, attempt);
    attempt.bindAsync(result);
    cancelling(result, call);
    call.enqueue(
        new Callback() {
          @Override
          public void onResponse(Call call, Response response) {
            HttpResponse adapted = new OkHttpResponse(response, attempt);
            if (!result.complete(adapted)) {
              adapted.close();
            }
            hook.callEnded(adapted, null);
          }

          @Override
          public void onFailure(Call call, IOException e) {
            HttpResponse first = null;
            Throwable failure = null;
            try {
              first = failed(attempt, e);
            } catch (RequestNotSentException notSent) {
              if (attempt.staleConnection && !result.isDone()) {
                // As in execute: the pooled connection was closed before anything was written.
                // The request goes out again on this very thread, so that the attempt ends on the
                // thread where it began.
                retryStale(request, result, hook);
                return;
              }
              failure = notSent;
            } catch (IOException | RuntimeException other) {
              failure = other;
            }
            AsyncResponses.relay(result, first, failure);
            hook.callEnded(first, failure);
          }
        });
    return result;
  }

  /**
   * Sends an async attempt again, blocking this dispatcher thread, after its call found only a
   * pooled connection that the server had closed; as in {@link #execute(HttpRequest)}, at most
   * {@link #STALE_CONNECTIONS} calls in all.
   */
  private void retryStale(
      HttpRequest request, CompletableFuture<HttpResponse> result, SendHook hook) {
    HttpResponse response = null;
    Throwable failure = null;
    for (int stale = 2; ; stale++) {
      Attempt attempt = new Attempt(this, !request.isIdempotent(), hook);
      try {
        if (isClosed()) {
          throw new IllegalStateException("client is closed");
        }
        cancelling(result, newCall(request, attempt));
        if (result.isDone()) {
          // Cancelled meanwhile: nothing more goes out, but the hook still hears the end.
          failure = new IOException("Canceled");
          break;
        }
        response = sent(attempt);
        break;
      } catch (RequestNotSentException e) {
        if (!attempt.staleConnection || stale == STALE_CONNECTIONS || result.isDone()) {
          failure = e;
          break;
        }
      } catch (IOException | RuntimeException e) {
        failure = e;
        break;
      }
    }
    AsyncResponses.relay(result, response, failure);
    hook.callEnded(response, failure);
  }

  private static void cancelling(CompletableFuture<HttpResponse> result, Call call) {
    result.whenComplete(
        (response, failure) -> {
          if (result.isCancelled()) {
            call.cancel();
          }
        });
  }

  private Call newCall(HttpRequest request, Attempt attempt) {
    anchor.beforeCall();
    Call call = client.newCall(toOkHttp(request, attempt));
    attempt.bind(call);
    if (request.timeout().isPresent()) {
      call.timeout()
          .timeout(Durations.toMillisRoundingUp(request.timeout().get()), TimeUnit.MILLISECONDS);
    }
    return call;
  }

  private HttpResponse execute(HttpRequest request, Attempt attempt) throws IOException {
    if (isClosed()) {
      throw new IllegalStateException("client is closed");
    }
    newCall(request, attempt);
    return sent(attempt);
  }

  /** Runs the call already bound to {@code attempt}, on this thread. */
  private HttpResponse sent(Attempt attempt) throws IOException {
    try {
      return new OkHttpResponse(attempt.execute(), attempt);
    } catch (IOException e) {
      return failed(attempt, e);
    }
  }

  /**
   * What the caller gets when the OkHttp call failed: the first answer when the gate refused a
   * replay, else the failure, marked "not sent" when nothing can have reached the server.
   */
  private HttpResponse failed(Attempt attempt, IOException e) throws IOException {
    if (attempt.replayRefused) {
      // Something above the network tried to send the request again; the caller gets what the
      // one request that went out got.
      FirstAnswer first = attempt.firstAnswer;
      if (first != null) {
        return first.toResponse();
      }
      IOException failure = attempt.firstFailure;
      if (failure != null && failure != e) {
        failure.addSuppressed(e);
        throw failure;
      }
    }
    if (!attempt.reachedNetwork) {
      if (isClosed() && !Thread.currentThread().isInterrupted()) {
        throw new IllegalStateException("client is closed", e);
      }
      throw new RequestNotSentException("request was not sent: " + e, e);
    }
    throw e;
  }

  private Request toOkHttp(HttpRequest request, Attempt attempt) {
    Request.Builder builder = new Request.Builder().url(url(request));
    for (Map.Entry<String, List<String>> header : request.headers().asMap().entrySet()) {
      for (String value : header.getValue()) {
        builder.addHeader(header.getKey(), value);
      }
    }
    RequestBody body = null;
    // Written from a read-only view of the request's bytes: body() would copy the array each call.
    Optional<ByteBuffer> bytes = request.bodyBuffer();
    if (bytes.isPresent()) {
      String type = request.contentType().orElse("application/json");
      body =
          new BufferBody(
              request,
              bytes.get().remaining(),
              JSON.equals(type) ? JSON_MEDIA_TYPE : MediaType.get(type),
              attempt.sendsOnce);
    } else if (requiresBody(request.method())) {
      body = RequestBody.create(new byte[0], null);
    }
    return builder.method(request.method(), body).tag(Attempt.class, attempt).build();
  }

  /**
   * Builds the wire URL from the request's parts: OkHttp encodes each path segment and query
   * parameter, so no URL string is assembled or parsed on the way. For the client's own base URL
   * the fixed leading segments of the request's route (such as {@code /api/processes} of {@code
   * /api/processes/{id}}) come from {@link ApiBase#prefix}, built once per route, as a hand-written
   * client keeps its endpoints' URLs; only the rest is added per call. Another base (a login host)
   * is put together from its parts here.
   */
  HttpUrl url(HttpRequest request) {
    java.net.URI base = request.baseUrl();
    List<String> segments = request.pathSegments();
    List<Map.Entry<String, String>> query = request.query();
    HttpUrl.Builder url;
    int from = 0;
    if (base == apiBase.uri || base.equals(apiBase.uri)) {
      RoutePrefix prefix = apiBase.prefix(request.route().orElse(null));
      if (prefix != null && prefix.begins(segments)) {
        if (segments.size() == prefix.size() && query.isEmpty()) {
          return prefix.url;
        }
        url = prefix.url.newBuilder();
        from = prefix.size();
      } else {
        url = apiBase.url.newBuilder();
      }
    } else {
      url = baseUrl(base).newBuilder();
    }
    for (int i = from, n = segments.size(); i < n; i++) {
      url.addPathSegment(segments.get(i));
    }
    for (int i = 0, n = query.size(); i < n; i++) {
      url.addQueryParameter(query.get(i).getKey(), query.get(i).getValue());
    }
    return url.build();
  }

  private static HttpUrl baseUrl(java.net.URI base) {
    HttpUrl.Builder url = new HttpUrl.Builder().scheme(base.getScheme()).host(base.getHost());
    if (base.getPort() != -1) {
      url.port(base.getPort());
    }
    String basePath = base.getRawPath();
    if (basePath != null && !basePath.isEmpty()) {
      url.encodedPath(basePath);
    }
    return url.build();
  }

  /**
   * Converts the headers of an OkHttp response in one copy, names in lower case as OkHttp's {@code
   * toMultimap()} gives them.
   *
   * @param lines the response's header lines
   * @return the headers
   */
  static HttpHeaders received(Headers lines) {
    HttpHeaders.Received headers = HttpHeaders.received();
    for (int i = 0, n = lines.size(); i < n; i++) {
      headers.add(lines.name(i).toLowerCase(Locale.ROOT), lines.value(i));
    }
    return headers.build();
  }

  /**
   * A client's base URL, as the client parsed it and as OkHttp's URL, and the URLs of its routes'
   * fixed leading segments. Thread-safe.
   */
  static final class ApiBase {
    /**
     * How many routes get a prefix URL. The generated operations have a few dozen; a route an
     * application builds with values in it (not placeholders) still works beyond this, built per
     * call, so that no input can grow the map without bound.
     */
    static final int MAX_ROUTES = 256;

    final java.net.URI uri;
    final HttpUrl url;
    private final ConcurrentHashMap<String, RoutePrefix> prefixes = new ConcurrentHashMap<>();

    /**
     * Parses a base URL once.
     *
     * @param baseUrl an absolute http(s) URL, as {@code FaciliooOptions} checked it
     */
    ApiBase(String baseUrl) {
      this.uri = java.net.URI.create(baseUrl);
      this.url = baseUrl(uri);
    }

    /**
     * Returns the URL of a route's fixed leading segments, built on first use.
     *
     * @param route a route template such as {@code /api/processes/{id}}, or {@code null}
     * @return the prefix, or {@code null} when there is no route, it begins with a placeholder, or
     *     {@link #MAX_ROUTES} routes have one already
     */
    @Nullable RoutePrefix prefix(@Nullable String route) {
      if (route == null) {
        return null;
      }
      RoutePrefix prefix = prefixes.get(route);
      if (prefix == null && prefixes.size() < MAX_ROUTES) {
        prefix = RoutePrefix.of(url, route);
        RoutePrefix raced = prefixes.putIfAbsent(route, prefix);
        if (raced != null) {
          prefix = raced;
        }
      }
      return prefix == null || prefix.size() == 0 ? null : prefix;
    }
  }

  /** The fixed leading segments of a route and the base URL with them added. Immutable. */
  static final class RoutePrefix {
    private final String[] segments;
    final HttpUrl url;

    private RoutePrefix(String[] segments, HttpUrl url) {
      this.segments = segments;
      this.url = url;
    }

    /**
     * Takes the segments of {@code route} up to its first placeholder. Only segments of letters,
     * digits and {@code - . _ ~} count, which read the same encoded or not; the prefix ends before
     * any other.
     */
    static RoutePrefix of(HttpUrl base, String route) {
      List<String> fixed = new ArrayList<>();
      int start = route.startsWith("/") ? 1 : 0;
      while (start < route.length()) {
        int end = route.indexOf('/', start);
        String segment = route.substring(start, end < 0 ? route.length() : end);
        if (segment.isEmpty() || !plain(segment)) {
          break;
        }
        fixed.add(segment);
        if (end < 0) {
          break;
        }
        start = end + 1;
      }
      HttpUrl.Builder url = base.newBuilder();
      for (String segment : fixed) {
        url.addPathSegment(segment);
      }
      return new RoutePrefix(fixed.toArray(new String[0]), url.build());
    }

    private static boolean plain(String segment) {
      return !segment.equals(".") && !segment.equals("..") && Paths.isUnreserved(segment);
    }

    int size() {
      return segments.length;
    }

    /** Whether the request's path begins with exactly these segments. */
    boolean begins(List<String> path) {
      if (path.size() < segments.length) {
        return false;
      }
      for (int i = 0; i < segments.length; i++) {
        if (!segments[i].equals(path.get(i))) {
          return false;
        }
      }
      return true;
    }
  }

  private static boolean requiresBody(String method) {
    return method.equals("POST")
        || method.equals("PUT")
        || method.equals("PATCH")
        || method.equals("PROPPATCH")
        || method.equals("REPORT");
  }

  @Override
  public String toString() {
    return "OkHttpTransport{ownsResources=" + ownsResources + "}";
  }

  /** Connect, read, write and whole-call timeouts. */
  public static final class Timeouts {
    final Duration connect;
    final Duration read;
    final Duration write;
    final Duration call;

    /**
     * Groups the timeouts.
     *
     * @param connect connect timeout
     * @param read read timeout
     * @param write write timeout
     * @param call whole-call timeout
     */
    public Timeouts(Duration connect, Duration read, Duration write, Duration call) {
      this.connect = connect;
      this.read = read;
      this.write = write;
      this.call = call;
    }
  }

  /**
   * A body written from the request's bytes without copying them first. A POST's or PATCH's body is
   * one-shot, so that OkHttp itself does not even try a follow-up; {@link NetworkGate} refuses any
   * that would still be tried.
   */
  private static final class BufferBody extends RequestBody {
    private final HttpRequest request;
    private final MediaType type;
    private final long length;
    private final boolean oneShot;

    BufferBody(HttpRequest request, long length, MediaType type, boolean oneShot) {
      this.request = request;
      this.type = type;
      this.length = length;
      this.oneShot = oneShot;
    }

    @Override
    public boolean isOneShot() {
      return oneShot;
    }

    @Override
    public MediaType contentType() {
      return type;
    }

    @Override
    public long contentLength() {
      return length;
    }

    @Override
    public void writeTo(BufferedSink sink) throws IOException {
      Optional<ByteBuffer> bytes = request.bodyBuffer();
      if (bytes.isPresent()) {
        ByteBuffer buffer = bytes.get();
        while (buffer.hasRemaining()) {
          sink.write(buffer);
        }
      }
    }
  }

  /** Adapts an OkHttp response; its body is read interruptibly. */
  private static final class OkHttpResponse implements HttpResponse {
    private final Response response;
    private final Attempt attempt;
    private final HttpHeaders headers;

    OkHttpResponse(Response response, Attempt attempt) {
      this.response = response;
      this.attempt = attempt;
      this.headers = received(response.headers());
    }

    @Override
    public int statusCode() {
      return response.code();
    }

    @Override
    public HttpHeaders headers() {
      return headers;
    }

    @Override
    public InputStream body() {
      ResponseBody body = response.body();
      return body == null
          ? new ByteArrayInputStream(new byte[0])
          : new InterruptibleStream(body.byteStream(), attempt);
    }

    @Override
    public byte[] bodyBytes() throws IOException {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (InputStream in = body()) {
        byte[] buffer = new byte[8192];
        for (int n; (n = in.read(buffer)) != -1; ) {
          out.write(buffer, 0, n);
        }
      }
      return out.toByteArray();
    }

    @Override
    public void close() {
      response.close();
    }
  }

  /** A body stream whose reads end when the reading thread is interrupted. */
  private static final class InterruptibleStream extends FilterInputStream {
    private final Attempt attempt;

    InterruptibleStream(InputStream in, Attempt attempt) {
      super(in);
      this.attempt = attempt;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n == -1 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      if (in.available() > 0) {
        // Bytes already buffered are read without blocking: no need to arm the interrupt.
        return in.read(buffer, offset, length);
      }
      return attempt.read(in, buffer, offset, length);
    }
  }
}

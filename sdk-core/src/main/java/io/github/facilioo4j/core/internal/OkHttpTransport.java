package io.github.facilioo4j.core.internal;

import io.github.facilioo4j.core.http.HttpHeaders;
import io.github.facilioo4j.core.http.HttpRequest;
import io.github.facilioo4j.core.http.HttpResponse;
import io.github.facilioo4j.core.http.HttpTransport;
import io.github.facilioo4j.core.http.RequestNotSentException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSink;

/**
 * The OkHttp adapter: the only class of the SDK that talks to OkHttp. Thread-safe.
 *
 * <p>It tells a request that never left the process from one that may have reached the server: a
 * network interceptor, added after every other, marks the request just before OkHttp writes it to a
 * connection. A failure before that mark is thrown as {@link RequestNotSentException}.
 *
 * <p>OkHttp's own {@code retryOnConnectionFailure} is switched off so that only the SDK retries,
 * and redirects are not followed: a 3xx answer reaches the caller as an {@code
 * UnexpectedStatusException} carrying the {@code Location} header.
 */
public final class OkHttpTransport implements HttpTransport {
  private static final Interceptor MARK_SENT =
      chain -> {
        SendMark mark = chain.request().tag(SendMark.class);
        if (mark != null) {
          mark.reachedNetwork = true;
        }
        return chain.proceed(chain.request());
      };

  private static final String JSON = "application/json; charset=utf-8";
  private static final MediaType JSON_MEDIA_TYPE = MediaType.get(JSON);

  private final OkHttpClient client;
  private final boolean ownsResources;
  private final OkHttpUrls urls = new OkHttpUrls();

  private OkHttpTransport(OkHttpClient client, boolean ownsResources) {
    this.client = client;
    this.ownsResources = ownsResources;
  }

  /**
   * Creates a transport.
   *
   * @param base the application's client to derive from, or {@code null} to create a new client
   *     whose dispatcher and connection pool this transport owns
   * @param timeouts connect, read, write and call timeouts
   * @return the transport
   */
  public static OkHttpTransport create(OkHttpClient base, Timeouts timeouts) {
    if (base == null) {
      return new OkHttpTransport(configure(new OkHttpClient.Builder(), null, timeouts), true);
    }
    return new OkHttpTransport(configure(base.newBuilder(), base, timeouts), false);
  }

  /**
   * Derives a transport that shares this one's connection pool and dispatcher but not their
   * ownership: closing the derived transport releases nothing.
   *
   * @param timeouts the derived transport's timeouts
   * @return the derived transport
   */
  public OkHttpTransport derive(Timeouts timeouts) {
    OkHttpClient.Builder builder = client.newBuilder();
    // Our marker is already in the list; it must stay the last network interceptor, exactly once.
    builder.networkInterceptors().remove(MARK_SENT);
    return new OkHttpTransport(configure(builder, client, timeouts), false);
  }

  private static OkHttpClient configure(
      OkHttpClient.Builder builder, OkHttpClient source, Timeouts timeouts) {
    LoopbackRoutes.apply(builder, source);
    return builder
        .retryOnConnectionFailure(false)
        // Never follow redirects: a 307/308 would send a create again, a 301-303 would turn it
        // into a GET whose answer is read as if it were the create's, and a redirect may lead the
        // request (and, through an application's own interceptors, its credentials) elsewhere.
        .followRedirects(false)
        .followSslRedirects(false)
        .connectTimeout(timeouts.connect.toMillis(), TimeUnit.MILLISECONDS)
        .readTimeout(timeouts.read.toMillis(), TimeUnit.MILLISECONDS)
        .writeTimeout(timeouts.write.toMillis(), TimeUnit.MILLISECONDS)
        .callTimeout(timeouts.call.toMillis(), TimeUnit.MILLISECONDS)
        .addNetworkInterceptor(MARK_SENT)
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
   * Releases the dispatcher's threads and the pooled connections when this transport owns them;
   * does nothing for a client the application supplied or for a derived transport.
   */
  public void close() {
    if (ownsResources) {
      client.dispatcher().executorService().shutdown();
      client.connectionPool().evictAll();
    }
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

  @Override
  public HttpResponse execute(HttpRequest request) throws IOException {
    Request.Builder builder = new Request.Builder().url(urls.get(request.url()));
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
              JSON.equals(type) ? JSON_MEDIA_TYPE : MediaType.get(type));
    } else if (requiresBody(request.method())) {
      body = RequestBody.create(new byte[0], null);
    }
    SendMark mark = new SendMark();
    builder.method(request.method(), body).tag(SendMark.class, mark);
    Call call = client.newCall(builder.build());
    if (request.timeout().isPresent()) {
      call.timeout().timeout(request.timeout().get().toMillis(), TimeUnit.MILLISECONDS);
    }
    try {
      return new OkHttpResponse(call.execute());
    } catch (IOException e) {
      if (!mark.reachedNetwork) {
        throw new RequestNotSentException("request was not sent: " + e, e);
      }
      throw e;
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

  /** Set once the request reached the network layer; written and read by the calling thread. */
  private static final class SendMark {
    volatile boolean reachedNetwork;
  }

  /** A replayable body written from the request's bytes without copying them first. */
  private static final class BufferBody extends RequestBody {
    private final HttpRequest request;
    private final MediaType type;
    private final long length;

    BufferBody(HttpRequest request, long length, MediaType type) {
      this.request = request;
      this.type = type;
      this.length = length;
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

  /** Adapts an OkHttp response. */
  private static final class OkHttpResponse implements HttpResponse {
    private final Response response;
    private final HttpHeaders headers;

    OkHttpResponse(Response response) {
      this.response = response;
      this.headers = HttpHeaders.of(response.headers().toMultimap());
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
      return body == null ? new java.io.ByteArrayInputStream(new byte[0]) : body.byteStream();
    }

    @Override
    public byte[] bodyBytes() throws IOException {
      ResponseBody body = response.body();
      return body == null ? new byte[0] : body.bytes();
    }

    @Override
    public void close() {
      response.close();
    }
  }
}

package io.github.facilioo4j.benchmarks;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;

/**
 * An OkHttp application interceptor that answers from memory: no socket, no server thread.
 *
 * <p>It writes the request body out as the network would (so that lazily serialized bodies are paid
 * for), checks that the request carries the headers every contender must send, and answers with the
 * canned JSON of {@link Fixtures}. Every contender gets an {@link OkHttpClient} from {@link
 * #client()}, so all three run on the same OkHttp configuration. Thread-safe.
 */
public final class InMemoryTransport implements Interceptor {
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  private final boolean pageByNumber;

  private InMemoryTransport(boolean pageByNumber) {
    this.pageByNumber = pageByNumber;
  }

  /**
   * The OkHttp client all per-call contenders share: default settings plus this interceptor. List
   * calls always get page 1.
   *
   * @return a new client
   */
  public static OkHttpClient client() {
    return new OkHttpClient.Builder().addInterceptor(new InMemoryTransport(false)).build();
  }

  /**
   * Like {@link #client()}, but list calls get the page that the {@code pageNumber} query asks for,
   * out of {@link Fixtures#TOTAL_PAGES}.
   *
   * @return a new client
   */
  public static OkHttpClient pagingClient() {
    return new OkHttpClient.Builder().addInterceptor(new InMemoryTransport(true)).build();
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    requireHeader(request, "Authorization");
    requireHeader(request, "api-version");
    requireHeader(request, "Accept");
    RequestBody body = request.body();
    if (body != null) {
      Buffer sink = new Buffer();
      body.writeTo(sink);
      if (sink.size() == 0) {
        throw new IOException("empty request body");
      }
      sink.clear();
    }
    return new Response.Builder()
        .request(request)
        .protocol(Protocol.HTTP_1_1)
        .code(200)
        .message("OK")
        .header("Content-Type", "application/json; charset=utf-8")
        .body(ResponseBody.create(answer(request), JSON))
        .build();
  }

  private byte[] answer(Request request) throws IOException {
    String path = request.url().encodedPath();
    if ("POST".equals(request.method()) && path.equals("/api/processes")) {
      return Fixtures.processJson();
    }
    if ("GET".equals(request.method()) && path.equals("/api/processes")) {
      if (!pageByNumber) {
        return Fixtures.firstPageJson();
      }
      String pageNumber = request.url().queryParameter("pageNumber");
      return Fixtures.page(pageNumber == null ? 1 : Integer.parseInt(pageNumber));
    }
    if ("GET".equals(request.method()) && path.startsWith("/api/processes/")) {
      return Fixtures.processJson();
    }
    throw new IOException("no canned answer for " + request.method() + " " + path);
  }

  private static void requireHeader(Request request, String name) throws IOException {
    if (request.header(name) == null) {
      throw new IOException("request without " + name + " header: " + request.url());
    }
  }
}

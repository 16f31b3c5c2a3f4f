package io.github.facilioo4j.core.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class HttpTransportTest {
  static final HttpRequest REQUEST = HttpRequest.builder().url("https://x.de/api/a?b=c").build();

  @Test
  void defaultAsyncRunsTheSyncCallOnTheGivenExecutor() throws Exception {
    HttpResponse answer = new FixedResponse(204);
    HttpTransport transport = request -> answer;

    CompletableFuture<HttpResponse> future = transport.executeAsync(REQUEST, Runnable::run);

    assertSame(answer, future.get());
  }

  @Test
  void defaultAsyncCompletesWithTheVeryExceptionThrown() throws Exception {
    IOException failure = new RequestNotSentException("refused", new ConnectException("refused"));
    HttpTransport transport =
        request -> {
          throw failure;
        };

    Throwable seen = transport.executeAsync(REQUEST, Runnable::run).handle((r, e) -> e).get();

    assertSame(failure, seen);
  }

  @Test
  void requestPrintsNeitherHeadersNorQuery() {
    HttpRequest request = REQUEST.toBuilder().header("Authorization", "Bearer abc").build();

    assertEquals("HttpRequest{GET /api/a, attempt=1}", request.toString());
    assertEquals("/api/a", request.path());
    assertEquals("HttpHeaders[Authorization]", request.headers().toString());
  }

  private static final class FixedResponse implements HttpResponse {
    private final int status;

    FixedResponse(int status) {
      this.status = status;
    }

    @Override
    public int statusCode() {
      return status;
    }

    @Override
    public HttpHeaders headers() {
      return HttpHeaders.empty();
    }

    @Override
    public InputStream body() {
      return new ByteArrayInputStream(new byte[0]);
    }

    @Override
    public byte[] bodyBytes() {
      return new byte[0];
    }

    @Override
    public void close() {}
  }
}

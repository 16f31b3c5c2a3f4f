package io.github.facilioo4j.core;

import io.github.facilioo4j.core.http.HttpHeaders;
import io.github.facilioo4j.core.http.HttpResponse;
import io.github.facilioo4j.core.internal.mapping.Bodies;
import io.github.facilioo4j.core.internal.mapping.InMemoryResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.GZIPInputStream;
import okhttp3.Headers;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;

/**
 * A copy of the first answer the network gave to a request that must not be sent twice, so that the
 * caller gets it when something above the network tries to send the request again. Immutable.
 */
final class FirstAnswer {
  private static final long LIMIT = Bodies.MAX_BYTES + 1L;

  private final int status;
  private final Headers headers;
  private final Buffer body;

  private FirstAnswer(int status, Headers headers, Buffer body) {
    this.status = status;
    this.headers = headers;
    this.body = body;
  }

  /**
   * Reads the body of a network response ahead (at most {@link Bodies#MAX_BYTES} plus one byte, the
   * most the SDK ever reads) and keeps a copy. The response itself stays readable: its bytes wait
   * in its source's buffer. The copy shares okio's segments with that buffer, so no byte is copied
   * unless the answer is ever needed, which is rare.
   */
  static FirstAnswer copyOf(Response response) throws IOException {
    ResponseBody body = response.body();
    Buffer copy = new Buffer();
    if (body != null) {
      BufferedSource source = body.source();
      source.request(LIMIT);
      Buffer ahead = source.getBuffer();
      ahead.copyTo(copy, 0, Math.min(ahead.size(), LIMIT));
    }
    return new FirstAnswer(response.code(), response.headers(), copy);
  }

  /**
   * The answer as the SDK's layers expect it. OkHttp had not yet decoded it: a gzip body is decoded
   * here as OkHttp would have, dropping {@code Content-Encoding} and {@code Content-Length}.
   */
  HttpResponse toResponse() throws IOException {
    HttpHeaders headers = OkHttpTransport.received(this.headers);
    // A copy of the copy: the answer may be asked for more than once.
    byte[] body = this.body.clone().readByteArray();
    if (!headers.first("Content-Encoding").map("gzip"::equalsIgnoreCase).orElse(false)) {
      return new InMemoryResponse(status, headers, body);
    }
    byte[] decoded;
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
      decoded = Bodies.read(in);
    }
    HttpHeaders plain =
        headers.toBuilder().remove("Content-Encoding").remove("Content-Length").build();
    return new InMemoryResponse(status, plain, decoded);
  }
}

package io.github.facilioo4j.core;

import com.fasterxml.jackson.databind.JavaType;
import io.github.facilioo4j.core.errors.FaciliooIoException;
import io.github.facilioo4j.core.errors.FaciliooTimeoutException;
import io.github.facilioo4j.core.errors.InvalidResponseException;
import io.github.facilioo4j.core.http.HttpRequest;
import io.github.facilioo4j.core.http.HttpResponse;
import io.github.facilioo4j.core.http.HttpTransport;
import io.github.facilioo4j.core.http.RequestNotSentException;
import io.github.facilioo4j.core.internal.Json;
import io.github.facilioo4j.core.internal.mapping.ErrorMapper;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.time.Clock;

/** Sends one request through the transport chain and turns the answer into a value or exception. */
final class Exchange {
  /**
   * The largest body the SDK reads. A larger 2xx body is an {@link InvalidResponseException}; a
   * larger error body is mapped from its beginning.
   */
  static final int MAX_BODY_BYTES = Bodies.MAX_BYTES;

  private Exchange() {}

  static <T> ApiResponse<T> run(
      HttpTransport transport, HttpRequest request, JavaType type, Clock clock) {
    try (HttpResponse response = transport.execute(request)) {
      int status = response.statusCode();
      boolean ignoreBody = type.getRawClass() == Void.class || type.getRawClass() == void.class;
      if (status >= 200 && status < 300 && ignoreBody) {
        return ApiResponse.<T>sharing(status, response.headers(), null);
      }
      boolean success = status >= 200 && status < 300;
      byte[] body = readBody(response);
      if (!success) {
        throw ErrorMapper.toException(status, response.headers().asMap(), body, clock);
      }
      if (body.length > MAX_BODY_BYTES) {
        throw tooLarge(status, body, type);
      }
      return ApiResponse.<T>sharing(status, response.headers(), decode(status, body, type));
    } catch (IOException e) {
      throw ioFailure(request, e);
    }
  }

  /** Reads a body, bounded by {@link Bodies#MAX_BYTES}. */
  static byte[] readBody(HttpResponse response) throws IOException {
    return Bodies.read(response);
  }

  private static InvalidResponseException tooLarge(int status, byte[] body, JavaType type) {
    return new InvalidResponseException(
        status,
        body,
        type.getRawClass().getSimpleName(),
        new IOException(
            "the body is larger than the SDK's limit of " + MAX_BODY_BYTES + " bytes (32 MiB)"));
  }

  private static <T> T decode(int status, byte[] body, JavaType type) {
    String expected = type.getRawClass().getSimpleName();
    if (body.length == 0) {
      throw new InvalidResponseException(status, body, expected, null);
    }
    T value;
    try {
      value = Json.mapper().readValue(body, type);
    } catch (IOException | RuntimeException e) {
      throw new InvalidResponseException(status, body, expected, e);
    }
    if (value == null) {
      throw new InvalidResponseException(status, body, expected, null);
    }
    return value;
  }

  static FaciliooIoException ioFailure(HttpRequest request, IOException e) {
    IOException cause = e;
    boolean notSent = e instanceof RequestNotSentException;
    if (notSent && e.getCause() instanceof IOException) {
      cause = (IOException) e.getCause();
    }
    String what = request.method() + " " + request.path();
    if (isTimeout(cause)) {
      return new FaciliooTimeoutException(
          what + " timed out" + (notSent ? " before it was sent" : ""), cause);
    }
    String reason =
        cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    // The cause is the real failure (ConnectException, SSLHandshakeException, ...), not the SDK's
    // internal not-sent marker, so that callers can inspect it.
    return new FaciliooIoException(
        what + " failed" + (notSent ? " before it was sent" : "") + ": " + reason, cause);
  }

  static boolean isTimeout(IOException e) {
    return e instanceof SocketTimeoutException
        || (e instanceof InterruptedIOException && "timeout".equals(e.getMessage()));
  }
}

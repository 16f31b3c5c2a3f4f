package io.github.facilioo4j.core;

import com.fasterxml.jackson.databind.JavaType;
import io.github.facilioo4j.core.errors.FaciliooIoException;
import io.github.facilioo4j.core.errors.FaciliooTimeoutException;
import io.github.facilioo4j.core.errors.InvalidResponseException;
import io.github.facilioo4j.core.http.HttpRequest;
import io.github.facilioo4j.core.http.HttpResponse;
import io.github.facilioo4j.core.http.HttpTransport;
import io.github.facilioo4j.core.http.RequestNotSentException;
import io.github.facilioo4j.core.internal.ErrorMapper;
import io.github.facilioo4j.core.internal.Json;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.time.Clock;

/** Sends one request through the transport chain and turns the answer into a value or exception. */
final class Exchange {
  private Exchange() {}

  static <T> ApiResponse<T> run(
      HttpTransport transport, HttpRequest request, JavaType type, Clock clock) {
    try (HttpResponse response = transport.execute(request)) {
      int status = response.statusCode();
      boolean ignoreBody = type.getRawClass() == Void.class || type.getRawClass() == void.class;
      if (status >= 200 && status < 300 && ignoreBody) {
        return ApiResponse.<T>of(status, response.headers().asMap(), null);
      }
      byte[] body = response.bodyBytes();
      if (status < 200 || status >= 300) {
        throw ErrorMapper.toException(status, response.headers().asMap(), body, clock);
      }
      return ApiResponse.<T>of(status, response.headers().asMap(), decode(status, body, type));
    } catch (IOException e) {
      throw ioFailure(request, e);
    }
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
          what + " timed out" + (notSent ? " before it was sent" : ""), e);
    }
    String reason =
        cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    return new FaciliooIoException(
        what + " failed" + (notSent ? " before it was sent" : "") + ": " + reason, e);
  }

  private static boolean isTimeout(IOException e) {
    return e instanceof SocketTimeoutException
        || (e instanceof InterruptedIOException && "timeout".equals(e.getMessage()));
  }
}

package io.github.facilioo4j.core;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.databind.JavaType;
import io.github.facilioo4j.core.errors.FaciliooIoException;
import io.github.facilioo4j.core.errors.FaciliooTimeoutException;
import io.github.facilioo4j.core.errors.InvalidResponseException;
import io.github.facilioo4j.core.http.HttpRequest;
import io.github.facilioo4j.core.http.HttpResponse;
import io.github.facilioo4j.core.http.HttpTransport;
import io.github.facilioo4j.core.http.RequestNotSentException;
import io.github.facilioo4j.core.internal.Async;
import io.github.facilioo4j.core.internal.Json;
import io.github.facilioo4j.core.internal.mapping.Bodies;
import io.github.facilioo4j.core.internal.mapping.ErrorMapper;
import io.github.facilioo4j.core.internal.mapping.Redaction;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.nio.charset.Charset;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Sends one request through the transport chain and turns the answer into a value or exception.
 *
 * <p>The body is always read and parsed as the server sent it. The secrets that the request
 * carried, which the authentication layer attaches to the answer ({@link Redaction#attach}), are
 * then kept out of every exception: error answers through {@link ErrorMapper}, and the snippet,
 * message and cause of an {@link InvalidResponseException} for a success answer that cannot be
 * read. A successful value is returned as the server sent it.
 */
final class Exchange {
  /**
   * The largest body the SDK reads. A larger 2xx body is an {@link InvalidResponseException}; a
   * larger error body is mapped from its beginning.
   */
  static final int MAX_BODY_BYTES = Bodies.MAX_BYTES;

  /**
   * How much of a body is decoded for an {@link InvalidResponseException}'s snippet: the snippet's
   * characters at up to 4 bytes each, and as much again, where a secret cut by the snippet ends.
   */
  /** The longest success body searched for an echoed secret: 1 MiB. */
  private static final int ECHO_SEARCH_BYTES = 1024 * 1024;

  private static final int SNIPPET_BYTES =
      2 * 4 * InvalidResponseException.MAX_SNIPPET_CHARS + 64 * 1024;

  private Exchange() {}

  static <T> ApiResponse<T> run(
      HttpTransport transport, HttpRequest request, JavaType type, Clock clock) {
    try (HttpResponse response = transport.execute(request)) {
      return read(response, type, clock);
    } catch (IOException e) {
      throw ioFailure(request, e);
    }
  }

  /**
   * Like {@link #run}, through the transports' async path: no thread waits for the answer, which is
   * read on the thread that completes it (an OkHttp dispatcher thread). Cancelling the future
   * cancels the call.
   */
  static <T> CompletableFuture<ApiResponse<T>> runAsync(
      HttpTransport transport, HttpRequest request, JavaType type, Clock clock, Executor executor) {
    CompletableFuture<HttpResponse> sent =
        Async.start(() -> transport.executeAsync(request, executor));
    CompletableFuture<ApiResponse<T>> result = new CompletableFuture<>();
    result.whenComplete(
        (value, failure) -> {
          if (result.isCancelled()) {
            sent.cancel(true);
          }
        });
    sent.whenComplete(
        (answer, error) -> {
          if (error != null) {
            Throwable failure = Async.unwrap(error);
            result.completeExceptionally(
                failure instanceof IOException
                    ? ioFailure(request, (IOException) failure)
                    : failure);
            return;
          }
          ApiResponse<T> value;
          // Closed before the caller learns the outcome, so that nothing is open once it does.
          try (HttpResponse response = answer) {
            if (result.isDone()) {
              return;
            }
            value = Exchange.<T>read(response, type, clock);
          } catch (IOException e) {
            result.completeExceptionally(ioFailure(request, e));
            return;
          } catch (RuntimeException | Error e) {
            result.completeExceptionally(e);
            return;
          }
          result.complete(value);
        });
    return result;
  }

  private static <T> ApiResponse<T> read(HttpResponse response, JavaType type, Clock clock)
      throws IOException {
    int status = response.statusCode();
    boolean ignoreBody = type.getRawClass() == Void.class || type.getRawClass() == void.class;
    if (status >= 200 && status < 300 && ignoreBody) {
      return ApiResponse.<T>sharing(status, response.headers(), null);
    }
    boolean success = status >= 200 && status < 300;
    byte[] body = readBody(response);
    Redaction redaction = Redaction.of(response);
    if (!success) {
      throw ErrorMapper.toException(status, response.headers().asMap(), body, clock, redaction);
    }
    if (body.length > MAX_BODY_BYTES) {
      throw tooLarge(status, response, body, type, redaction);
    }
    return ApiResponse.<T>sharing(
        status, response.headers(), decode(status, response, body, type, redaction));
  }

  /** Reads a body, bounded by {@link Bodies#MAX_BYTES}. */
  static byte[] readBody(HttpResponse response) throws IOException {
    return Bodies.read(response);
  }

  private static InvalidResponseException tooLarge(
      int status, HttpResponse response, byte[] body, JavaType type, Redaction redaction) {
    return invalid(
        status,
        response,
        body,
        type,
        new IOException(
            "the body is larger than the SDK's limit of " + MAX_BODY_BYTES + " bytes (32 MiB)"),
        redaction);
  }

  private static <T> T decode(
      int status, HttpResponse response, byte[] body, JavaType type, Redaction redaction) {
    if (body.length == 0) {
      throw invalid(status, response, body, type, null, redaction);
    }
    T value;
    try {
      value = Json.mapper().readValue(body, type);
    } catch (IOException | RuntimeException e) {
      throw invalid(status, response, body, type, e, redaction);
    }
    if (value == null) {
      throw invalid(status, response, body, type, null, redaction);
    }
    return value;
  }

  /**
   * The exception for a success answer the SDK cannot read. Its snippet is the body's beginning
   * decoded in the body's charset, searched a little beyond the cut so that no secret is left half;
   * the parser's message is masked too, as it may quote the body.
   */
  private static InvalidResponseException invalid(
      int status,
      HttpResponse response,
      byte[] body,
      JavaType type,
      Throwable cause,
      Redaction redaction) {
    Charset charset = Bodies.charset(response.headers().first("Content-Type").orElse(null), body);
    int window = Math.min(body.length, SNIPPET_BYTES);
    String head = new String(body, 0, window, charset);
    String snippet = redaction.text(head, InvalidResponseException.MAX_SNIPPET_CHARS);
    // Whether the parser's message may quote a piece of an echoed secret; a body too long to
    // search in reasonable time counts as one that may.
    boolean echoed =
        !redaction.isEmpty()
            && (body.length > ECHO_SEARCH_BYTES || redaction.occursIn(new String(body, charset)));
    return new InvalidResponseException(
        status, snippet, body.length, expected(type), redaction.cause(cause, echoed));
  }

  /** What was expected, for messages: a type's {@link JsonClassDescription}, else its name. */
  private static String expected(JavaType type) {
    JsonClassDescription described = type.getRawClass().getAnnotation(JsonClassDescription.class);
    return described != null ? described.value() : type.getRawClass().getSimpleName();
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
          what + " timed out" + (notSent ? " before it was sent" : ""), cause, notSent);
    }
    String reason =
        cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    // The cause is the real failure (ConnectException, SSLHandshakeException, ...), not the SDK's
    // internal not-sent marker, so that callers can inspect it.
    return new FaciliooIoException(
        what + " failed" + (notSent ? " before it was sent" : "") + ": " + reason, cause, notSent);
  }

  static boolean isTimeout(IOException e) {
    return e instanceof SocketTimeoutException
        || (e instanceof InterruptedIOException && "timeout".equals(e.getMessage()));
  }
}

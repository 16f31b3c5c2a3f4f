package io.github.facilioo4j.core.internal.mapping;

import io.github.facilioo4j.core.http.HttpHeaders;
import io.github.facilioo4j.core.http.HttpResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * An answer whose body was already read into memory; closing it releases nothing. It keeps the
 * secrets attached to the answer it was read from ({@link Redaction#attach}).
 */
public final class InMemoryResponse implements HttpResponse {
  private final int status;
  private final HttpHeaders headers;
  private final byte[] body;
  private final Redaction redaction;

  /**
   * Holds an answer read elsewhere, with no secrets attached.
   *
   * @param status the status code
   * @param headers the headers
   * @param body the body; owned by this answer from now on
   */
  public InMemoryResponse(int status, HttpHeaders headers, byte[] body) {
    this(status, headers, body, Redaction.none());
  }

  private InMemoryResponse(int status, HttpHeaders headers, byte[] body, Redaction redaction) {
    this.status = status;
    this.headers = headers;
    this.body = body;
    this.redaction = redaction;
  }

  /**
   * Reads an answer's body (bounded by {@link Bodies#MAX_BYTES}) and closes the answer.
   *
   * @param response the answer; closed by this method
   * @return the answer in memory, with the same secrets attached
   * @throws IOException when reading fails; the answer is closed then too
   */
  public static InMemoryResponse read(HttpResponse response) throws IOException {
    try (HttpResponse r = response) {
      return new InMemoryResponse(
          r.statusCode(), r.headers(), Bodies.read(r.body()), Redaction.of(r));
    }
  }

  @Override
  public int statusCode() {
    return status;
  }

  @Override
  public HttpHeaders headers() {
    return headers;
  }

  @Override
  public InputStream body() {
    return new ByteArrayInputStream(body);
  }

  @Override
  public byte[] bodyBytes() {
    return body.clone();
  }

  /** The secrets of the request this answers. */
  Redaction redaction() {
    return redaction;
  }

  /** The body itself, not a copy, for {@link Bodies#read(HttpResponse)}; never changed. */
  byte[] bytes() {
    return body;
  }

  @Override
  public void close() {}
}

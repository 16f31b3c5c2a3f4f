package io.github.facilioo4j.core.http;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

/**
 * A received HTTP response whose body has not been read yet.
 *
 * <p>The caller owns the response and must close it, whether it reads the body or not, so that the
 * connection returns to the pool. Instances are not thread-safe.
 */
public interface HttpResponse extends Closeable {
  /**
   * Returns the status code.
   *
   * @return such as {@code 200}
   */
  int statusCode();

  /**
   * Returns the response headers.
   *
   * @return the headers
   */
  HttpHeaders headers();

  /**
   * Returns the body as a stream that may be read once.
   *
   * @return the body; an empty stream when the response has none
   */
  InputStream body();

  /**
   * Reads the whole body into memory. The response should still be closed afterwards.
   *
   * @return the body bytes; empty when the response has none
   * @throws IOException when reading fails
   */
  byte[] bodyBytes() throws IOException;

  /** Releases the body and its connection; calling it again has no effect. */
  @Override
  void close();
}

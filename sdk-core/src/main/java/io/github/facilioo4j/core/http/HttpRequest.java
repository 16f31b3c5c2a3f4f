package io.github.facilioo4j.core.http;

import io.github.facilioo4j.core.internal.Durations;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One HTTP request as the transport sees it: method, absolute URL, headers and an optional body
 * held in memory.
 *
 * <p>Instances are immutable and thread-safe. Because the body is a byte array, every request can
 * be replayed. {@link #toString()} never prints header values or the body.
 */
public final class HttpRequest {
  private final String method;
  private final String url;
  private final HttpHeaders headers;
  private final byte[] body;
  private final String contentType;
  private final Duration timeout;
  private final int attempt;

  private HttpRequest(Builder builder) {
    this.method = builder.method;
    this.url = builder.url;
    this.headers = builder.headers;
    this.body = builder.body;
    this.contentType = builder.contentType;
    this.timeout = builder.timeout;
    this.attempt = builder.attempt;
  }

  /**
   * Starts a request.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder pre-filled with this request.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.method = method;
    builder.url = url;
    builder.headers = headers;
    builder.body = body;
    builder.contentType = contentType;
    builder.timeout = timeout;
    builder.attempt = attempt;
    return builder;
  }

  /**
   * Returns the method in upper case, such as {@code GET}.
   *
   * @return the method
   */
  public String method() {
    return method;
  }

  /**
   * Returns the absolute URL including the query.
   *
   * @return the URL
   */
  public String url() {
    return url;
  }

  /**
   * Returns the URL path without host and query, suitable for logs.
   *
   * @return the path, such as {@code /api/processes/7}
   */
  public String path() {
    int start = url.indexOf("://");
    start = start < 0 ? 0 : url.indexOf('/', start + 3);
    if (start < 0) {
      return "/";
    }
    int end = url.indexOf('?', start);
    return end < 0 ? url.substring(start) : url.substring(start, end);
  }

  /**
   * Returns the header fields.
   *
   * @return the headers
   */
  public HttpHeaders headers() {
    return headers;
  }

  /**
   * Returns a copy of the body.
   *
   * @return the body bytes, or empty when the request has no body
   */
  public Optional<byte[]> body() {
    return body == null ? Optional.<byte[]>empty() : Optional.of(body.clone());
  }

  /**
   * Returns a read-only view of the body, without copying it: transports use it to write the body
   * out. Each call returns a new buffer positioned at the start of the body.
   *
   * @return a read-only buffer holding the body, or empty when the request has no body
   */
  public Optional<ByteBuffer> bodyBuffer() {
    return body == null
        ? Optional.<ByteBuffer>empty()
        : Optional.of(ByteBuffer.wrap(body).asReadOnlyBuffer());
  }

  /**
   * Returns the body's media type.
   *
   * @return the media type, or empty when the request has no body
   */
  public Optional<String> contentType() {
    return body == null ? Optional.<String>empty() : Optional.of(contentType);
  }

  /**
   * Returns the whole-call timeout for this request, overriding the client's.
   *
   * @return the timeout, or empty to use the client's call timeout
   */
  public Optional<Duration> timeout() {
    return Optional.ofNullable(timeout);
  }

  /**
   * Returns the 1-based number of this attempt, set by the retry layer for logging.
   *
   * @return the attempt number, at least 1
   */
  public int attempt() {
    return attempt;
  }

  /**
   * Tells whether the request method is one that the HTTP specification calls idempotent and the
   * facilioo API treats as such: GET, HEAD, OPTIONS, PUT and DELETE.
   *
   * @return whether sending the request twice has the same effect as sending it once
   */
  public boolean isIdempotent() {
    switch (method) {
      case "GET":
      case "HEAD":
      case "OPTIONS":
      case "PUT":
      case "DELETE":
        return true;
      default:
        return false;
    }
  }

  /** Prints method and path only; headers, query and body are left out as they may hold secrets. */
  @Override
  public String toString() {
    return "HttpRequest{" + method + " " + path() + ", attempt=" + attempt + "}";
  }

  /** Collects the parts of a request; not thread-safe. */
  public static final class Builder {
    private String method = "GET";
    private String url;
    // Headers are immutable, so headers given whole are kept as they are, and setting one header
    // copies the map only: a request passing through the decorators is not copied each time.
    private HttpHeaders headers = HttpHeaders.empty();
    private byte[] body;
    private String contentType;
    private Duration timeout;
    private int attempt = 1;

    private Builder() {}

    /**
     * Sets the method; it is upper-cased.
     *
     * @param method such as {@code GET} or {@code post}
     * @return this builder
     */
    public Builder method(String method) {
      String upper = Objects.requireNonNull(method, "method").trim().toUpperCase(Locale.ROOT);
      if (upper.isEmpty()) {
        throw new IllegalArgumentException("method must not be empty");
      }
      this.method = upper;
      return this;
    }

    /**
     * Sets the absolute URL.
     *
     * @param url an absolute {@code http} or {@code https} URL, including any query
     * @return this builder
     */
    public Builder url(String url) {
      this.url = Objects.requireNonNull(url, "url");
      return this;
    }

    /**
     * Replaces all headers.
     *
     * @param headers the headers
     * @return this builder
     */
    public Builder headers(HttpHeaders headers) {
      this.headers = Objects.requireNonNull(headers, "headers");
      return this;
    }

    /**
     * Replaces every value of one header.
     *
     * @param name the header name
     * @param value the value
     * @return this builder
     */
    public Builder header(String name, String value) {
      headers = headers.with(name, value);
      return this;
    }

    /**
     * Sets the body; the array is copied.
     *
     * @param body the bytes, or {@code null} for no body
     * @param contentType the media type; required when {@code body} is not {@code null}
     * @return this builder
     */
    public Builder body(byte[] body, String contentType) {
      if (body == null) {
        this.body = null;
        this.contentType = null;
      } else {
        this.body = Arrays.copyOf(body, body.length);
        this.contentType = Objects.requireNonNull(contentType, "contentType");
      }
      return this;
    }

    /**
     * Sets the body without copying it: the builder, and every request built from it, take
     * ownership of the array. The caller must not change the array afterwards; use {@link
     * #body(byte[], String)} to keep it. Meant for bodies that were just serialized, such as the
     * SDK's own JSON.
     *
     * @param body the bytes, or {@code null} for no body; owned by the request from now on
     * @param contentType the media type; required when {@code body} is not {@code null}
     * @return this builder
     */
    public Builder adoptBody(byte[] body, String contentType) {
      if (body == null) {
        this.body = null;
        this.contentType = null;
      } else {
        this.contentType = Objects.requireNonNull(contentType, "contentType");
        this.body = body;
      }
      return this;
    }

    /**
     * Sets a whole-call timeout for this request.
     *
     * @param timeout a positive duration, or {@code null} for the client's call timeout
     * @return this builder
     */
    public Builder timeout(Duration timeout) {
      this.timeout = timeout == null ? null : Durations.requirePositive(timeout, "timeout");
      return this;
    }

    /**
     * Sets the 1-based attempt number.
     *
     * @param attempt at least 1
     * @return this builder
     */
    public Builder attempt(int attempt) {
      if (attempt < 1) {
        throw new IllegalArgumentException("attempt must be at least 1: " + attempt);
      }
      this.attempt = attempt;
      return this;
    }

    /**
     * Creates the request.
     *
     * @return the request
     * @throws IllegalStateException when no URL was set
     */
    public HttpRequest build() {
      if (url == null) {
        throw new IllegalStateException("url is required");
      }
      return new HttpRequest(this);
    }
  }
}

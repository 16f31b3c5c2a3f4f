package io.github.facilioo4j.core.http;

import io.github.facilioo4j.core.internal.Durations;
import io.github.facilioo4j.core.internal.Paths;
import java.io.UnsupportedEncodingException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One HTTP request as the transport sees it, kept structured all the way down: method, the base URL
 * (parsed once per client), the path segments and query parameters after it (raw, not encoded),
 * headers, an optional body held in memory, and which operation of the API it is.
 *
 * <p>The transport adapter builds the wire URL from these parts once; nothing before it encodes or
 * parses a URL string. Instances are immutable and thread-safe. Because the body is a byte array,
 * every request can be replayed. {@link #toString()} never prints header values, the query or the
 * body.
 */
public final class HttpRequest {
  private final String method;
  private final URI baseUrl;
  private final List<String> pathSegments;
  private final List<Map.Entry<String, String>> query;
  private final @Nullable String operationId;
  private final @Nullable String route;
  private final HttpHeaders headers;
  private final byte @Nullable [] body;
  private final @Nullable String contentType;
  private final @Nullable Duration timeout;
  private final int attempt;

  private HttpRequest(Builder builder, URI baseUrl) {
    this.method = builder.method;
    this.baseUrl = baseUrl;
    this.pathSegments = builder.pathSegments;
    this.query = builder.query;
    this.operationId = builder.operationId;
    this.route = builder.route;
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
    builder.baseUrl = baseUrl;
    builder.pathSegments = pathSegments;
    builder.query = query;
    builder.operationId = operationId;
    builder.route = route;
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
   * Returns the base URL every path of the client starts with, such as {@code
   * https://api.facilioo.de}; its path, if any, comes before {@link #pathSegments()}.
   *
   * @return the absolute {@code http} or {@code https} base URL, without query or fragment
   */
  public URI baseUrl() {
    return baseUrl;
  }

  /**
   * Returns the path segments after the base URL's path, raw: the transport encodes them.
   *
   * @return such as {@code [api, processes, 7]}; unmodifiable
   */
  public List<String> pathSegments() {
    return pathSegments;
  }

  /**
   * Returns the query parameters in order, raw: the transport encodes them.
   *
   * @return the name-value pairs; unmodifiable
   */
  public List<Map.Entry<String, String>> query() {
    return query;
  }

  /**
   * Returns the API operation this request performs, as the OpenAPI document names it.
   *
   * @return such as {@code retrieveProcess}, or empty for requests that are no documented operation
   */
  public Optional<String> operationId() {
    return Optional.ofNullable(operationId);
  }

  /**
   * Returns the route template of the operation, before its parameters were filled in.
   *
   * @return such as {@code /api/processes/{id}}, or empty when not known
   */
  public Optional<String> route() {
    return Optional.ofNullable(route);
  }

  /**
   * Returns the URL path without host and query, percent-encoded, suitable for logs.
   *
   * @return the path, such as {@code /api/processes/7}
   */
  public String path() {
    String base = baseUrl.getRawPath();
    StringBuilder sb = new StringBuilder(base == null ? "" : base);
    if (sb.length() > 0 && sb.charAt(sb.length() - 1) == '/') {
      sb.setLength(sb.length() - 1);
    }
    for (String segment : pathSegments) {
      sb.append('/').append(Paths.encodeSegment(segment));
    }
    return sb.length() == 0 ? "/" : sb.toString();
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
    return body == null ? Optional.<String>empty() : Optional.ofNullable(contentType);
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
    private @Nullable URI baseUrl;
    private List<String> pathSegments = Collections.emptyList();
    private List<Map.Entry<String, String>> query = Collections.emptyList();
    private @Nullable String operationId;
    private @Nullable String route;
    // Headers are immutable, so headers given whole are kept as they are, and setting one header
    // copies the map only: a request passing through the decorators is not copied each time.
    private HttpHeaders headers = HttpHeaders.empty();
    private byte @Nullable [] body;
    private @Nullable String contentType;
    private @Nullable Duration timeout;
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
     * Sets the base URL; every request of a client shares one, parsed once.
     *
     * @param baseUrl an absolute {@code http} or {@code https} URL without query or fragment
     * @return this builder
     * @throws IllegalArgumentException when the URL is not such a URL
     */
    public Builder baseUrl(URI baseUrl) {
      Objects.requireNonNull(baseUrl, "baseUrl");
      String scheme = baseUrl.getScheme();
      if (!("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))
          || baseUrl.getHost() == null
          || baseUrl.getRawQuery() != null
          || baseUrl.getRawFragment() != null) {
        throw new IllegalArgumentException(
            "baseUrl must be an absolute http(s) URL without query: " + baseUrl);
      }
      this.baseUrl = baseUrl;
      return this;
    }

    /**
     * Sets the path segments that follow the base URL's path.
     *
     * @param segments the raw segments, such as {@code [api, processes, 7]}; copied
     * @return this builder
     */
    public Builder pathSegments(List<String> segments) {
      List<String> copy = new ArrayList<>(segments.size());
      for (String segment : segments) {
        copy.add(Objects.requireNonNull(segment, "path segment"));
      }
      this.pathSegments = Collections.unmodifiableList(copy);
      return this;
    }

    /**
     * Sets the query parameters.
     *
     * @param query the raw name-value pairs in order; copied
     * @return this builder
     */
    public Builder query(List<Map.Entry<String, String>> query) {
      List<Map.Entry<String, String>> copy = new ArrayList<>(query.size());
      for (Map.Entry<String, String> parameter : query) {
        copy.add(
            new AbstractMap.SimpleImmutableEntry<>(
                Objects.requireNonNull(parameter.getKey(), "query name"),
                Objects.requireNonNull(parameter.getValue(), "query value")));
      }
      this.query = Collections.unmodifiableList(copy);
      return this;
    }

    /**
     * Names the API operation and its route template, for logs and observability hooks.
     *
     * @param operationId such as {@code retrieveProcess}, or {@code null}
     * @param route such as {@code /api/processes/{id}}, or {@code null}
     * @return this builder
     */
    public Builder operation(@Nullable String operationId, @Nullable String route) {
      this.operationId = operationId;
      this.route = route;
      return this;
    }

    /**
     * Sets base URL, path and query from one absolute URL string: a convenience for tests and
     * one-off calls. The SDK's own calls set the parts with {@link #baseUrl}, {@link #pathSegments}
     * and {@link #query} instead, so that no URL string is parsed per call.
     *
     * @param url an absolute {@code http} or {@code https} URL, including any query
     * @return this builder
     * @throws IllegalArgumentException when the URL cannot be parsed
     */
    public Builder url(String url) {
      URI uri;
      try {
        uri = new URI(Objects.requireNonNull(url, "url"));
      } catch (URISyntaxException e) {
        throw new IllegalArgumentException("url is not valid: " + e.getReason(), e);
      }
      try {
        baseUrl(new URI(uri.getScheme(), uri.getRawAuthority(), null, null, null));
      } catch (URISyntaxException e) {
        throw new IllegalArgumentException("url is not valid: " + e.getReason(), e);
      }
      List<String> segments = new ArrayList<>();
      String path = uri.getRawPath();
      if (path != null && !path.isEmpty()) {
        for (String segment : path.substring(1).split("/", -1)) {
          segments.add(decode(segment.replace("+", "%2B")));
        }
      }
      pathSegments(segments);
      List<Map.Entry<String, String>> pairs = new ArrayList<>();
      if (uri.getRawQuery() != null) {
        for (String pair : uri.getRawQuery().split("&")) {
          int eq = pair.indexOf('=');
          String name = eq < 0 ? pair : pair.substring(0, eq);
          String value = eq < 0 ? "" : pair.substring(eq + 1);
          pairs.add(new AbstractMap.SimpleImmutableEntry<>(decode(name), decode(value)));
        }
      }
      return query(pairs);
    }

    private static String decode(String text) {
      try {
        return URLDecoder.decode(text, "UTF-8");
      } catch (UnsupportedEncodingException e) {
        throw new AssertionError(e);
      }
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
    public Builder body(byte @Nullable [] body, @Nullable String contentType) {
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
    public Builder adoptBody(byte @Nullable [] body, @Nullable String contentType) {
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
    public Builder timeout(@Nullable Duration timeout) {
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
     * @throws IllegalStateException when no base URL was set
     */
    public HttpRequest build() {
      URI base = baseUrl;
      if (base == null) {
        throw new IllegalStateException("baseUrl is required");
      }
      return new HttpRequest(this, base);
    }
  }
}

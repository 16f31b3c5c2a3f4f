package io.github.facilioo4j.core;

import java.io.UnsupportedEncodingException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One call to the facilioo API as SDK modules describe it: method, path, query, body and
 * per-request options. Immutable and thread-safe as long as the body object is not changed.
 *
 * <p>Meant for SDK modules; applications use the typed clients such as {@code ProcessesClient}.
 *
 * <pre>{@code
 * ApiRequest request = ApiRequest.builder()
 *     .method("GET")
 *     .path("/api/processes/{id}", 42)
 *     .query("pageNumber", 1)
 *     .build();
 * }</pre>
 *
 * <p>{@link #toString()} prints method and path only, never the body.
 */
public final class ApiRequest {
  private final String method;
  private final String path;
  private final List<Map.Entry<String, String>> query;
  private final Object body;
  private final RequestOptions options;

  private ApiRequest(Builder builder) {
    this.method = builder.method;
    this.path = builder.path;
    this.query =
        builder.query.isEmpty()
            ? Collections.<Map.Entry<String, String>>emptyList()
            : Collections.unmodifiableList(new ArrayList<>(builder.query));
    this.body = builder.body;
    this.options = builder.options;
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
    builder.path = path;
    builder.query.addAll(query);
    builder.body = body;
    builder.options = options;
    return builder;
  }

  /**
   * Returns the method.
   *
   * @return the upper-case method, such as {@code GET}
   */
  public String method() {
    return method;
  }

  /**
   * Returns the path with its parameters filled in and encoded.
   *
   * @return such as {@code /api/processes/42}
   */
  public String path() {
    return path;
  }

  /**
   * Returns the query parameters in the order they were added; names and values are not encoded.
   *
   * @return the parameters; unmodifiable
   */
  public List<Map.Entry<String, String>> query() {
    return query;
  }

  /**
   * Returns the path and the encoded query string.
   *
   * @return such as {@code /api/processes?pageNumber=1}
   */
  public String pathAndQuery() {
    if (query.isEmpty()) {
      return path;
    }
    StringBuilder sb = new StringBuilder(path);
    char separator = '?';
    for (Map.Entry<String, String> parameter : query) {
      sb.append(separator)
          .append(encodeQuery(parameter.getKey()))
          .append('=')
          .append(encodeQuery(parameter.getValue()));
      separator = '&';
    }
    return sb.toString();
  }

  /**
   * Returns the body object, serialized to JSON when the request is sent.
   *
   * @return the body, or empty for a request without body
   */
  public Optional<Object> body() {
    return Optional.ofNullable(body);
  }

  /**
   * Returns the per-request options.
   *
   * @return the options; {@link RequestOptions#none()} unless set
   */
  public RequestOptions options() {
    return options;
  }

  /** Prints method and path; the query and body are left out. */
  @Override
  public String toString() {
    return "ApiRequest{" + method + " " + path + "}";
  }

  private static String encodeQuery(String value) {
    try {
      return URLEncoder.encode(value, "UTF-8").replace("+", "%20");
    } catch (UnsupportedEncodingException e) {
      throw new AssertionError(e);
    }
  }

  /**
   * Percent-encodes a path segment: everything except the RFC 3986 unreserved characters.
   *
   * @param segment the raw text
   * @return the encoded text
   */
  static String encodePathSegment(String segment) {
    if (isUnreserved(segment)) {
      // Such as an id: nothing to encode.
      return segment;
    }
    StringBuilder sb = new StringBuilder();
    for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || c == '-'
          || c == '.'
          || c == '_'
          || c == '~') {
        sb.append(c);
      } else {
        sb.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xff));
      }
    }
    return sb.toString();
  }

  private static boolean isUnreserved(String segment) {
    for (int i = 0; i < segment.length(); i++) {
      char c = segment.charAt(i);
      if (!((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || c == '-'
          || c == '.'
          || c == '_'
          || c == '~')) {
        return false;
      }
    }
    return true;
  }

  /** Collects the parts of a request; not thread-safe. */
  public static final class Builder {
    private String method = "GET";
    private String path;
    private final List<Map.Entry<String, String>> query = new ArrayList<>();
    private Object body;
    private RequestOptions options = RequestOptions.none();

    private Builder() {}

    /**
     * Sets the method; {@code GET} unless set.
     *
     * @param method such as {@code GET}, {@code POST}, {@code PATCH}; upper-cased
     * @return this builder
     */
    public Builder method(String method) {
      String upper = Objects.requireNonNull(method, "method").trim().toUpperCase(Locale.ROOT);
      // A loop, not String.matches: that compiles a pattern on every call.
      boolean valid = !upper.isEmpty();
      for (int i = 0; i < upper.length() && valid; i++) {
        valid = upper.charAt(i) >= 'A' && upper.charAt(i) <= 'Z';
      }
      if (!valid) {
        throw new IllegalArgumentException("method is not valid: " + method);
      }
      this.method = upper;
      return this;
    }

    /**
     * Sets the path, filling each {@code {name}} placeholder in order with the next parameter,
     * percent-encoded as a path segment.
     *
     * @param template such as {@code /api/processes/{id}}; must start with {@code /}
     * @param parameters one non-null value per placeholder, converted with {@code toString()}
     * @return this builder
     * @throws IllegalArgumentException when the template does not start with {@code /} or the
     *     number of parameters does not match the placeholders
     */
    public Builder path(String template, Object... parameters) {
      Objects.requireNonNull(template, "template");
      if (!template.startsWith("/")) {
        throw new IllegalArgumentException("path must start with /: " + template);
      }
      if (parameters.length == 0 && template.indexOf('{') < 0) {
        // A fixed path, such as /api/processes: nothing to fill in.
        this.path = template;
        return this;
      }
      StringBuilder sb = new StringBuilder(template.length() + 16);
      int used = 0;
      int i = 0;
      while (i < template.length()) {
        char c = template.charAt(i);
        if (c == '{') {
          int end = template.indexOf('}', i);
          if (end < 0) {
            throw new IllegalArgumentException("unclosed placeholder in path " + template);
          }
          if (used >= parameters.length) {
            throw new IllegalArgumentException(
                "path " + template + " needs more than " + parameters.length + " parameters");
          }
          Object parameter = parameters[used];
          if (parameter == null) {
            throw new IllegalArgumentException(
                "path parameter " + template.substring(i, end + 1) + " must not be null");
          }
          sb.append(encodePathSegment(parameter.toString()));
          used++;
          i = end + 1;
        } else {
          sb.append(c);
          i++;
        }
      }
      if (used != parameters.length) {
        throw new IllegalArgumentException(
            "path "
                + template
                + " has "
                + used
                + " placeholders but got "
                + parameters.length
                + " parameters");
      }
      this.path = sb.toString();
      return this;
    }

    /**
     * Appends a query parameter; a {@code null} value is skipped, so optional filters can be passed
     * straight through.
     *
     * @param name the parameter name
     * @param value the value, converted with {@code toString()}; {@code null} adds nothing
     * @return this builder
     */
    public Builder query(String name, Object value) {
      Objects.requireNonNull(name, "name");
      if (value != null) {
        query.add(new AbstractMap.SimpleImmutableEntry<>(name, value.toString()));
      }
      return this;
    }

    /**
     * Sets the body, serialized with the SDK's Jackson set-up when the request is sent.
     *
     * @param body the body, or {@code null} for none
     * @return this builder
     */
    public Builder body(Object body) {
      this.body = body;
      return this;
    }

    /**
     * Sets per-request options.
     *
     * @param options the options
     * @return this builder
     */
    public Builder options(RequestOptions options) {
      this.options = Objects.requireNonNull(options, "options");
      return this;
    }

    /**
     * Creates the request.
     *
     * @return the request
     * @throws IllegalStateException when no path was set
     */
    public ApiRequest build() {
      if (path == null) {
        throw new IllegalStateException("path is required");
      }
      return new ApiRequest(this);
    }
  }
}

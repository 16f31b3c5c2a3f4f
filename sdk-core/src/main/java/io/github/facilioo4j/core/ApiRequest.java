package io.github.facilioo4j.core;

import io.github.facilioo4j.core.internal.Paths;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One call to the facilioo API, kept structured: method, route template and its filled-in path
 * segments, query parameters, body, per-request options and the operation's id in the OpenAPI
 * document. Immutable and thread-safe as long as the body object is not changed.
 *
 * <p>The SDK's typed clients build these from the generated operations; applications may build one
 * for a route the SDK has no typed call for yet and send it with {@link
 * FaciliooClient#execute(ApiRequest, Class)}.
 *
 * <pre>{@code
 * ApiRequest request = ApiRequest.builder()
 *     .method("GET")
 *     .path("/api/processes/{id}", 42)
 *     .query("pageNumber", 1)
 *     .build();
 * }</pre>
 *
 * <p>{@link #toString()} prints method and path only, never the query or the body.
 */
public final class ApiRequest {
  private final String method;
  private final String route;
  private final List<String> pathSegments;
  private final List<Map.Entry<String, String>> query;
  private final @Nullable Object body;
  private final RequestOptions options;
  private final @Nullable String operationId;

  private ApiRequest(Builder builder, String route, List<String> pathSegments) {
    this.method = builder.method;
    this.route = route;
    this.pathSegments = pathSegments;
    this.operationId = builder.operationId;
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
    builder.route = route;
    builder.pathSegments = pathSegments;
    builder.query.addAll(query);
    builder.body = body;
    builder.options = options;
    builder.operationId = operationId;
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
   * Returns the path with its parameters filled in and percent-encoded, for messages and logs.
   *
   * @return such as {@code /api/processes/42}
   */
  public String path() {
    StringBuilder sb = new StringBuilder();
    for (String segment : pathSegments) {
      sb.append('/').append(Paths.encodeSegment(segment));
    }
    return sb.length() == 0 ? "/" : sb.toString();
  }

  /**
   * Returns the route template the path was filled from.
   *
   * @return such as {@code /api/processes/{id}}
   */
  public String route() {
    return route;
  }

  /**
   * Returns the path segments with their parameters filled in, raw: the transport encodes them.
   *
   * @return such as {@code [api, processes, 42]}; unmodifiable
   */
  public List<String> pathSegments() {
    return pathSegments;
  }

  /**
   * Returns the id of the operation in the OpenAPI document.
   *
   * @return such as {@code retrieveProcess}, or empty when the request was built by hand
   */
  public Optional<String> operationId() {
    return Optional.ofNullable(operationId);
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
    return "ApiRequest{" + method + " " + path() + "}";
  }

  /** Collects the parts of a request; not thread-safe. */
  public static final class Builder {
    private String method = "GET";
    private @Nullable String route;
    private List<String> pathSegments = Collections.emptyList();
    private final List<Map.Entry<String, String>> query = new ArrayList<>();
    private @Nullable Object body;
    private RequestOptions options = RequestOptions.none();
    private @Nullable String operationId;

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
    public Builder path(String template, @Nullable Object... parameters) {
      Objects.requireNonNull(template, "template");
      if (!template.startsWith("/")) {
        throw new IllegalArgumentException("path must start with /: " + template);
      }
      // One pass over the template: a segment without a placeholder is one substring, a segment
      // that is one placeholder is its parameter's text; only mixed segments need a builder.
      List<String> segments = new ArrayList<>();
      int used = 0;
      int length = template.length();
      int start = 1;
      while (true) {
        int slash = template.indexOf('/', start);
        int end = slash < 0 ? length : slash;
        int open = template.indexOf('{', start);
        if (open < 0 || open >= end) {
          segments.add(template.substring(start, end));
        } else {
          StringBuilder sb = null;
          int i = start;
          while (i < end) {
            open = template.indexOf('{', i);
            if (open < 0 || open >= end) {
              open = end;
            }
            int close = open < end ? template.indexOf('}', open) : -1;
            if (open < end && (close < 0 || close >= end)) {
              throw new IllegalArgumentException("unclosed placeholder in path " + template);
            }
            if (open == start && close == end - 1) {
              segments.add(parameter(template, parameters, used++, open, close));
              break;
            }
            if (sb == null) {
              sb = new StringBuilder(end - start + 16);
            }
            sb.append(template, i, open);
            if (open == end) {
              break;
            }
            sb.append(parameter(template, parameters, used++, open, close));
            i = close + 1;
          }
          if (sb != null) {
            segments.add(sb.toString());
          }
        }
        if (slash < 0) {
          break;
        }
        start = slash + 1;
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
      this.route = template;
      this.pathSegments = Collections.unmodifiableList(segments);
      return this;
    }

    /** The text of parameter {@code index} for the placeholder at {@code open..close}. */
    private static String parameter(
        String template, @Nullable Object[] parameters, int index, int open, int close) {
      if (index >= parameters.length) {
        throw new IllegalArgumentException(
            "path " + template + " needs more than " + parameters.length + " parameters");
      }
      Object parameter = parameters[index];
      if (parameter == null) {
        throw new IllegalArgumentException(
            "path parameter " + template.substring(open, close + 1) + " must not be null");
      }
      return parameter.toString();
    }

    /**
     * Appends a query parameter; a {@code null} value is skipped, so optional filters can be passed
     * straight through.
     *
     * @param name the parameter name
     * @param value the value, converted with {@code toString()}; {@code null} adds nothing
     * @return this builder
     */
    public Builder query(String name, @Nullable Object value) {
      Objects.requireNonNull(name, "name");
      if (value != null) {
        query.add(new AbstractMap.SimpleImmutableEntry<>(name, value.toString()));
      }
      return this;
    }

    /**
     * Replaces every value of a query parameter with one value, keeping its position when present;
     * used to ask for another page of the same listing.
     *
     * @param name the parameter name
     * @param value the value, converted with {@code toString()}
     * @return this builder
     */
    public Builder setQuery(String name, Object value) {
      Objects.requireNonNull(name, "name");
      Map.Entry<String, String> entry =
          new AbstractMap.SimpleImmutableEntry<>(
              name, Objects.requireNonNull(value, "value").toString());
      int at = -1;
      for (int i = query.size() - 1; i >= 0; i--) {
        if (query.get(i).getKey().equals(name)) {
          query.remove(i);
          at = i;
        }
      }
      if (at < 0) {
        query.add(entry);
      } else {
        query.add(at, entry);
      }
      return this;
    }

    /**
     * Names the operation of the OpenAPI document this request performs.
     *
     * @param operationId such as {@code retrieveProcess}, or {@code null}
     * @return this builder
     */
    public Builder operationId(@Nullable String operationId) {
      this.operationId = operationId;
      return this;
    }

    /**
     * Sets the body, serialized with the SDK's Jackson set-up when the request is sent.
     *
     * @param body the body, or {@code null} for none
     * @return this builder
     */
    public Builder body(@Nullable Object body) {
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
      String template = route;
      if (template == null) {
        throw new IllegalStateException("path is required");
      }
      return new ApiRequest(this, template, pathSegments);
    }
  }
}

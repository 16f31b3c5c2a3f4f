package io.github.facilioo4j.core;

import io.github.facilioo4j.core.http.HttpHeaders;
import io.github.facilioo4j.core.internal.HeaderMaps;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A successful (2xx) answer: its status, its headers and the decoded body.
 *
 * <pre>{@code
 * ApiResponse<ProcessRead> response = ...;
 * log.info("created process {} (request {})", response.value().id(),
 *     response.requestId().orElse("-"));
 * }</pre>
 *
 * <p>Immutable and thread-safe as long as the value is. {@link #toString()} shows only the status
 * and the request id, never header values or the body.
 *
 * @param <T> the type of the decoded body; {@link Void} when the body is ignored
 */
public final class ApiResponse<T> {
  private final int statusCode;
  private final Map<String, List<String>> headers;
  private final T value;

  private ApiResponse(int statusCode, Map<String, List<String>> headers, T value) {
    this.statusCode = statusCode;
    this.headers = headers;
    this.value = value;
  }

  /**
   * Creates a response.
   *
   * @param statusCode the HTTP status code
   * @param headers the response headers; {@code null} means none; copied into a map whose keys
   *     compare case-insensitively
   * @param value the decoded body; {@code null} only for a {@link Void} response
   * @param <T> the type of the decoded body
   * @return the response; never {@code null}
   */
  public static <T> ApiResponse<T> of(int statusCode, Map<String, List<String>> headers, T value) {
    return new ApiResponse<>(statusCode, HeaderMaps.copyOf(headers), value);
  }

  /**
   * Creates a response that shares the headers' map, which is already immutable and compares keys
   * case-insensitively: the SDK's own path, without the copy that {@link #of} makes.
   */
  static <T> ApiResponse<T> sharing(int statusCode, HttpHeaders headers, T value) {
    return new ApiResponse<>(statusCode, headers.asMap(), value);
  }

  /**
   * Returns a response with the same status and headers and another value, for example the page
   * built from a decoded envelope.
   *
   * @param newValue the new value; may be {@code null}
   * @param <U> the type of the new value
   * @return a new response; never {@code null}
   */
  public <U> ApiResponse<U> withValue(U newValue) {
    return new ApiResponse<>(statusCode, headers, newValue);
  }

  /**
   * Returns the HTTP status code, between 200 and 299 for answers the SDK returns.
   *
   * @return the status code
   */
  public int statusCode() {
    return statusCode;
  }

  /**
   * Returns the response headers.
   *
   * @return an unmodifiable map whose keys compare case-insensitively, with unmodifiable value
   *     lists; never {@code null}
   */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /**
   * Returns the first value of a header.
   *
   * @param name the header name, in any case; must not be {@code null}
   * @return the first value, or empty when the header is absent
   * @throws NullPointerException if {@code name} is {@code null}
   */
  public Optional<String> header(String name) {
    return HeaderMaps.first(headers, Objects.requireNonNull(name, "name is required"));
  }

  /**
   * Returns the request or trace id of the answer, from the first of the headers {@code
   * x-request-id}, {@code request-id}, {@code x-correlation-id}, {@code x-ms-request-id} and {@code
   * traceparent}.
   *
   * @return the id, or empty when the answer carried none
   */
  public Optional<String> requestId() {
    return HeaderMaps.requestId(headers);
  }

  /**
   * Returns the decoded body.
   *
   * @return the value; {@code null} only for a {@link Void} response
   */
  public T value() {
    return value;
  }

  /**
   * Compares status, headers and value.
   *
   * @param o the other object; may be {@code null}
   * @return whether both are equal responses
   */
  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ApiResponse)) {
      return false;
    }
    ApiResponse<?> that = (ApiResponse<?>) o;
    return statusCode == that.statusCode
        && headers.equals(that.headers)
        && Objects.equals(value, that.value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(statusCode, headers, value);
  }

  /**
   * Returns {@code ApiResponse{statusCode=200, requestId=...}}; header values (which might carry
   * secrets) and the body are left out.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "ApiResponse{statusCode="
        + statusCode
        + ", requestId="
        + requestId().orElse("none")
        + "}";
  }
}

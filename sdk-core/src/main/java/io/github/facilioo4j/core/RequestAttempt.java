package io.github.facilioo4j.core;

import io.github.facilioo4j.core.http.HttpRequest;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One attempt the client is about to send, as a {@link RequestListener} sees it: the operation, its
 * route template, the method and the attempt number. It never holds the concrete path, query,
 * headers or body. Immutable and thread-safe.
 */
public final class RequestAttempt {
  private final @Nullable String operationId;
  private final @Nullable String route;
  private final String method;
  private final int number;

  private RequestAttempt(
      @Nullable String operationId, @Nullable String route, String method, int number) {
    this.operationId = operationId;
    this.route = route;
    this.method = method;
    this.number = number;
  }

  /**
   * Describes an attempt; for tests of listeners.
   *
   * @param operationId such as {@code retrieveProcess}, or {@code null} when not known
   * @param route such as {@code /api/processes/{id}}, or {@code null} when not known
   * @param method such as {@code GET}
   * @param number the 1-based attempt number
   * @return the attempt
   * @throws IllegalArgumentException when {@code number} is less than 1
   */
  public static RequestAttempt of(
      @Nullable String operationId, @Nullable String route, String method, int number) {
    Objects.requireNonNull(method, "method is required");
    if (number < 1) {
      throw new IllegalArgumentException("number must be at least 1: " + number);
    }
    return new RequestAttempt(operationId, route, method, number);
  }

  static RequestAttempt of(HttpRequest request) {
    return new RequestAttempt(
        request.operationId().orElse(null),
        request.route().orElse(null),
        request.method(),
        request.attempt());
  }

  /**
   * Returns the operation, as the OpenAPI document names it; {@code login} and {@code refresh} for
   * the calls of a {@link LoginTokenProvider}.
   *
   * @return such as {@code createProcess}; empty for an {@link ApiRequest} that names none
   */
  public Optional<String> operationId() {
    return Optional.ofNullable(operationId);
  }

  /**
   * Returns the route template, before its parameters were filled in.
   *
   * @return such as {@code /api/processes/{id}}; empty when not known
   */
  public Optional<String> route() {
    return Optional.ofNullable(route);
  }

  /**
   * Returns the method.
   *
   * @return such as {@code GET}, upper case
   */
  public String method() {
    return method;
  }

  /**
   * Returns the 1-based attempt number within the call: 1 for the first, 2 for the first retry. A
   * replay after a renewed token keeps the number of the attempt it replays.
   *
   * @return at least 1
   */
  public int number() {
    return number;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof RequestAttempt)) {
      return false;
    }
    RequestAttempt that = (RequestAttempt) other;
    return number == that.number
        && method.equals(that.method)
        && Objects.equals(operationId, that.operationId)
        && Objects.equals(route, that.route);
  }

  @Override
  public int hashCode() {
    return Objects.hash(operationId, route, method, number);
  }

  @Override
  public String toString() {
    return "RequestAttempt{"
        + (operationId == null ? "" : operationId + " ")
        + method
        + " "
        + (route == null ? "?" : route)
        + ", number="
        + number
        + "}";
  }
}

package io.github.facilioo4j.core.spi;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.facilioo4j.core.ApiResponse;
import io.github.facilioo4j.core.errors.InvalidResponseException;
import io.github.facilioo4j.core.internal.Json;
import java.io.InvalidObjectException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The one response check: a 2xx answer must hold what the OpenAPI document says it always holds
 * (its required properties, such as a process's {@code id}); the generated model states that in its
 * {@code constraintViolations()}. A 2xx answer of another shape (a page where one process was
 * expected, {@code {}}, a page holding {@code null}) would otherwise decode into a value without
 * id, and a create would seem to have succeeded without saying what it created.
 */
final class ResponseCheck {
  private ResponseCheck() {}

  static <T> ApiResponse<T> value(
      ApiResponse<T> response, Function<T, Map<String, List<String>>> constraints) {
    T value = response.value();
    String problem = problem(constraints.apply(value), null);
    if (problem != null) {
      throw invalid(response, value.getClass().getSimpleName(), problem);
    }
    return response;
  }

  static <T> void items(
      ApiResponse<?> response,
      List<@Nullable T> items,
      Function<T, Map<String, List<String>>> constraints) {
    for (int i = 0; i < items.size(); i++) {
      T item = items.get(i);
      String expected = "a page of items";
      if (item == null) {
        throw invalid(response, expected, "items[" + i + "] is null");
      }
      String problem = problem(constraints.apply(item), "items[" + i + "]");
      if (problem != null) {
        throw invalid(response, "a page of " + item.getClass().getSimpleName(), problem);
      }
    }
  }

  /** Words the first violation, or returns {@code null} when there is none. */
  private static @Nullable String problem(
      Map<String, List<String>> violations, @Nullable String where) {
    for (Map.Entry<String, List<String>> entry : violations.entrySet()) {
      for (String message : entry.getValue()) {
        if (message.equals("is required")) {
          return where == null
              ? "the required property " + entry.getKey() + " is missing"
              : where + " lacks the required property " + entry.getKey();
        }
        return (where == null ? "" : where + ".") + entry.getKey() + " " + message;
      }
    }
    return null;
  }

  private static InvalidResponseException invalid(
      ApiResponse<?> response, String expected, String problem) {
    byte[] body;
    try {
      // The original bytes are gone; what was read, written back, is what the snippet shows.
      body = Json.mapper().writeValueAsBytes(response.value());
    } catch (JsonProcessingException | RuntimeException e) {
      body = new byte[0];
    }
    return new InvalidResponseException(
        response.statusCode(), body, expected, new InvalidObjectException(problem));
  }
}

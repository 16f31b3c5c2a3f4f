package io.github.facilioo4j.core.spi;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The words of the one response check: a 2xx answer must hold what the OpenAPI document says it
 * always holds (its required properties, such as a process's {@code id}), as the generated model
 * states in its {@code constraintViolations()}. A 2xx answer of another shape (a page where one
 * process was expected, {@code {}}, a page holding {@code null}) would otherwise decode into a
 * value without id, and a create would seem to have succeeded without saying what it created.
 */
final class ResponseCheck {
  private ResponseCheck() {}

  /** Words the first violation, or returns {@code null} when there is none. */
  static @Nullable String problem(Map<String, List<String>> violations, @Nullable String where) {
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
}

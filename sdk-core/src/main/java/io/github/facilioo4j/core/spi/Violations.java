package io.github.facilioo4j.core.spi;

import io.github.facilioo4j.core.errors.ValidationException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Collects the problems of a call before it is sent, keyed by the API's camelCase property names,
 * so that one {@link ValidationException} lists every problem at once. The checks are those the
 * OpenAPI document states; generated calls invoke them. Not thread-safe.
 */
public final class Violations {
  private final Map<String, List<String>> problems = new LinkedHashMap<>();

  /** Starts with no problems. */
  public Violations() {}

  /**
   * Records a problem; the same message for the same field is recorded once.
   *
   * @param field the property or parameter name
   * @param message what is wrong, such as {@code is required}
   */
  public void add(String field, String message) {
    List<String> messages = problems.get(field);
    if (messages == null) {
      messages = new ArrayList<>();
      problems.put(field, messages);
    }
    if (!messages.contains(message)) {
      messages.add(message);
    }
  }

  /**
   * Records every problem of a map, such as a generated model's {@code constraintViolations()}.
   *
   * @param more field names to their problems
   */
  public void addAll(Map<String, List<String>> more) {
    for (Map.Entry<String, List<String>> entry : more.entrySet()) {
      for (String message : entry.getValue()) {
        add(entry.getKey(), message);
      }
    }
  }

  /**
   * Checks that a required value is present ({@code required: true}).
   *
   * @param field the name
   * @param value the value, or {@code null} when missing
   */
  public void required(String field, @Nullable Object value) {
    if (value == null) {
      add(field, "is required");
    }
  }

  /**
   * Checks a number against the document's {@code minimum} and {@code maximum}.
   *
   * @param field the name
   * @param value the value; {@code null} is not checked
   * @param minimum the smallest allowed value, or {@code null} for none
   * @param maximum the largest allowed value, or {@code null} for none
   */
  public void range(
      String field, @Nullable Number value, @Nullable Long minimum, @Nullable Long maximum) {
    if (value == null) {
      return;
    }
    long v = value.longValue();
    boolean low = minimum != null && v < minimum;
    boolean high = maximum != null && v > maximum;
    if (!low && !high) {
      return;
    }
    if (minimum != null && maximum != null) {
      add(field, "must be between " + minimum + " and " + maximum + " but was " + v);
    } else if (low) {
      add(field, "must be at least " + minimum + " but was " + v);
    } else {
      add(field, "must be at most " + maximum + " but was " + v);
    }
  }

  /**
   * Checks text marked {@code x-not-blank}: the server's required check also refuses text made only
   * of whitespace. Empty text is left to {@code minLength}.
   *
   * @param field the name
   * @param value the text; {@code null} is not checked
   */
  public void notBlank(String field, @Nullable String value) {
    if (value != null && !value.isEmpty() && value.trim().isEmpty()) {
      add(field, "must not be blank");
    }
  }

  /**
   * Tells whether no problem was recorded.
   *
   * @return whether the call may be sent
   */
  public boolean isEmpty() {
    return problems.isEmpty();
  }

  /**
   * Throws the problems recorded so far, if any.
   *
   * @throws ValidationException with {@code isLocal()} true, listing every problem
   */
  public void throwIfAny() {
    if (!problems.isEmpty()) {
      throw ValidationException.local(problems);
    }
  }
}

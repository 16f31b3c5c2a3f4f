package io.github.facilioo4j.processes;

import io.github.facilioo4j.core.errors.ValidationException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the problems of a request before it is sent, keyed by the SDK's camelCase property
 * names, so that one {@link ValidationException} lists every problem at once. Not thread-safe.
 */
final class Violations {
  /** The largest page size the API accepts. */
  static final int MAX_PAGE_SIZE = 100;

  private final Map<String, List<String>> problems = new LinkedHashMap<>();

  void add(String field, String message) {
    List<String> messages = problems.get(field);
    if (messages == null) {
      messages = new ArrayList<>();
      problems.put(field, messages);
    }
    if (!messages.contains(message)) {
      messages.add(message);
    }
  }

  void addAll(Map<String, List<String>> more) {
    for (Map.Entry<String, List<String>> entry : more.entrySet()) {
      for (String message : entry.getValue()) {
        add(entry.getKey(), message);
      }
    }
  }

  /** A required id: present and positive. */
  void requiredId(String field, Integer value) {
    if (value == null) {
      add(field, "is required");
    } else {
      positiveId(field, value);
    }
  }

  /** An optional id: when present, positive. */
  void positiveId(String field, Integer value) {
    if (value != null && value <= 0) {
      add(field, "must be greater than 0 but was " + value);
    }
  }

  /**
   * Text the server requires: the spec asks for at least one character, and ASP.NET's required
   * check also rejects text made only of whitespace, so blank text is refused here as well.
   */
  void notBlank(String field, String value) {
    if (value != null && !value.isEmpty() && value.trim().isEmpty()) {
      add(field, "must not be blank");
    }
  }

  void pageSize(Integer value) {
    if (value == null) {
      add("pageSize", "is required");
    } else if (value < 1 || value > MAX_PAGE_SIZE) {
      add("pageSize", "must be between 1 and " + MAX_PAGE_SIZE + " but was " + value);
    }
  }

  void pageNumber(int value) {
    if (value < 1) {
      add("pageNumber", "must be at least 1 but was " + value);
    }
  }

  boolean isEmpty() {
    return problems.isEmpty();
  }

  ValidationException toException() {
    return ValidationException.local(problems);
  }
}

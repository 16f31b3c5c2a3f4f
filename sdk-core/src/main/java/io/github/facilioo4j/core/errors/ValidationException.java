package io.github.facilioo4j.core.errors;

import io.github.facilioo4j.core.internal.FieldNames;
import io.github.facilioo4j.core.internal.Text;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The request failed validation: the service answered 400 or 422 naming the fields at fault, or the
 * SDK found the problems itself before sending anything ({@link #local(Map)}).
 *
 * <pre>{@code
 * catch (ValidationException e) {
 *   List<String> reportProblems = e.fieldErrors().get("report");
 * }
 * }</pre>
 *
 * <p>Field keys are normalized to the SDK's property paths: {@code "Report"} and {@code "$.report"}
 * become {@code "report"}, {@code "Items[0].Name"} becomes {@code "items[0].name"}, and {@code ""}
 * stands for the body as a whole. The raw keys stay available in {@link ProblemDetails#errors()}.
 * Immutable and thread-safe.
 */
public class ValidationException extends BadRequestException {
  private static final long serialVersionUID = 1L;

  /** Longest message of a local exception; a longer list of problems is cut. */
  private static final int MAX_MESSAGE_LENGTH = 4000;

  // The map is an unmodifiable copy built from serializable JDK collections.
  @SuppressWarnings("serial")
  private final Map<String, List<String>> fieldErrors;

  private final boolean local;

  /**
   * Creates the exception for a server answer. Applications normally do not call this; the SDK's
   * error mapper does.
   *
   * @param message the one-line message; may be {@code null}
   * @param statusCode the HTTP status (400 or 422)
   * @param headers the response headers; {@code null} means none; copied
   * @param rawBody the (already bounded) body text; {@code null} means empty
   * @param rawBodyTruncated whether {@code rawBody} was cut
   * @param problem the parsed problem details; {@code null} means {@link ProblemDetails#empty()}
   * @param fieldErrors the field problems; {@code null} means none; keys are normalized, copied
   */
  public ValidationException(
      @Nullable String message,
      int statusCode,
      @Nullable Map<String, List<String>> headers,
      @Nullable String rawBody,
      boolean rawBodyTruncated,
      @Nullable ProblemDetails problem,
      @Nullable Map<String, List<String>> fieldErrors) {
    this(message, statusCode, headers, rawBody, rawBodyTruncated, problem, fieldErrors, false);
  }

  private ValidationException(
      @Nullable String message,
      int statusCode,
      @Nullable Map<String, List<String>> headers,
      @Nullable String rawBody,
      boolean rawBodyTruncated,
      @Nullable ProblemDetails problem,
      @Nullable Map<String, List<String>> fieldErrors,
      boolean local) {
    super(message, statusCode, headers, rawBody, rawBodyTruncated, problem);
    this.fieldErrors = normalize(fieldErrors);
    this.local = local;
  }

  /**
   * Creates the exception for problems the SDK found before sending: {@link #statusCode()} is 0,
   * {@link #isLocal()} is {@code true}, headers and body are empty, and the message lists every
   * problem.
   *
   * @param fieldErrors the problems by property path; must not be {@code null} or empty; {@code
   *     null} messages are skipped
   * @return the exception, to be thrown by the caller
   * @throws NullPointerException if {@code fieldErrors} is {@code null}
   * @throws IllegalArgumentException if {@code fieldErrors} is empty
   */
  public static ValidationException local(Map<String, List<String>> fieldErrors) {
    Objects.requireNonNull(fieldErrors, "fieldErrors is required");
    if (fieldErrors.isEmpty()) {
      throw new IllegalArgumentException("fieldErrors must not be empty");
    }
    Map<String, List<String>> normalized = normalize(fieldErrors);
    String message = "Invalid request, not sent: " + FieldNames.describe(normalized);
    return new ValidationException(
        Text.abbreviate(message, MAX_MESSAGE_LENGTH), 0, null, null, false, null, normalized, true);
  }

  /**
   * Returns the problems by normalized property path, in the order the server or caller gave them.
   *
   * @return an unmodifiable map of unmodifiable, non-empty lists; never {@code null}; may be empty
   *     only for a subclass or test double created so
   */
  public Map<String, List<String>> fieldErrors() {
    return fieldErrors;
  }

  /**
   * Tells whether the SDK raised this before sending the request.
   *
   * @return {@code true} for {@link #local(Map)}, {@code false} for a server answer
   */
  public boolean isLocal() {
    return local;
  }

  private static Map<String, List<String>> normalize(Map<String, List<String>> raw) {
    if (raw == null || raw.isEmpty()) {
      return Collections.emptyMap();
    }
    Map<String, List<String>> merged = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> entry : raw.entrySet()) {
      if (entry.getValue() == null) {
        continue;
      }
      List<String> list =
          merged.computeIfAbsent(FieldNames.normalize(entry.getKey()), k -> new ArrayList<>());
      for (String message : entry.getValue()) {
        if (message != null) {
          list.add(message);
        }
      }
    }
    Map<String, List<String>> out = new LinkedHashMap<>();
    merged.forEach(
        (k, v) -> {
          if (!v.isEmpty()) {
            out.put(k, Collections.unmodifiableList(v));
          }
        });
    return Collections.unmodifiableMap(out);
  }
}

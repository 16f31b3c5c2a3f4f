package io.github.facilioo4j.examples.cli;

import io.github.facilioo4j.core.errors.FaciliooException;
import io.github.facilioo4j.core.errors.FaciliooIoException;
import io.github.facilioo4j.core.errors.FaciliooTimeoutException;
import io.github.facilioo4j.core.errors.NotFoundException;
import io.github.facilioo4j.core.errors.ServerException;
import io.github.facilioo4j.core.errors.UnauthorizedException;
import io.github.facilioo4j.core.errors.ValidationException;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/** Turns an SDK exception into the one line the tool prints on stderr. */
final class ErrorMessages {
  private ErrorMessages() {}

  /**
   * Returns one line, starting with {@code "facilioo: "}; never a stack trace.
   *
   * @param secret a value to mask should it appear anywhere (the token); may be {@code null}
   */
  static String oneLine(FaciliooException e, String secret) {
    String text = "facilioo: " + label(e) + ": " + detail(e);
    text = text.replaceAll("\\s*[\\r\\n]+\\s*", " ").trim();
    if (secret != null && !secret.isEmpty()) {
      text = text.replace(secret, "***");
    }
    return text;
  }

  private static String label(FaciliooException e) {
    if (e instanceof ValidationException) {
      return "validation failed";
    }
    if (e instanceof UnauthorizedException) {
      return "unauthorized";
    }
    if (e instanceof NotFoundException) {
      return "not found";
    }
    if (e instanceof ServerException) {
      return "server error";
    }
    if (e instanceof FaciliooTimeoutException) {
      return "timed out";
    }
    if (e instanceof FaciliooIoException) {
      return "network error";
    }
    return "error";
  }

  private static String detail(FaciliooException e) {
    if (e instanceof ValidationException) {
      ValidationException v = (ValidationException) e;
      if (!v.fieldErrors().isEmpty()) {
        String where = v.isLocal() ? " (nothing was sent)" : " (HTTP " + v.statusCode() + ")";
        return fieldErrors(v.fieldErrors()) + where;
      }
    }
    String message = e.getMessage();
    return message == null ? e.getClass().getSimpleName() : message;
  }

  /** Formats {@code {report=[is required]}} as {@code report: is required}. */
  static String fieldErrors(Map<String, List<String>> errors) {
    StringJoiner all = new StringJoiner("; ");
    for (Map.Entry<String, List<String>> entry : errors.entrySet()) {
      String field = entry.getKey().isEmpty() ? "(body)" : entry.getKey();
      all.add(field + ": " + String.join(", ", entry.getValue()));
    }
    return all.toString();
  }
}

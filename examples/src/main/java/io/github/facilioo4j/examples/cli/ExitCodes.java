package io.github.facilioo4j.examples.cli;

import io.github.facilioo4j.core.errors.FaciliooException;
import io.github.facilioo4j.core.errors.FaciliooIoException;
import io.github.facilioo4j.core.errors.NotFoundException;
import io.github.facilioo4j.core.errors.ServerException;
import io.github.facilioo4j.core.errors.UnauthorizedException;
import io.github.facilioo4j.core.errors.ValidationException;
import io.github.facilioo4j.processes.NoUniqueMatchException;
import java.util.LinkedHashMap;
import java.util.Map;

/** The tool's exit codes, and which SDK exception leads to which. */
final class ExitCodes {
  static final int OK = 0;
  static final int OTHER_ERROR = 1;
  static final int VALIDATION = 2;
  static final int UNAUTHORIZED = 3;
  static final int NOT_FOUND = 4;
  static final int SERVER_OR_NETWORK = 5;

  /** Like sysexits.h's EX_USAGE; picocli's default (2) would collide with {@link #VALIDATION}. */
  static final int USAGE = 64;

  private ExitCodes() {}

  static int of(FaciliooException e) {
    if (e instanceof ValidationException) {
      return VALIDATION;
    }
    if (e instanceof UnauthorizedException) {
      return UNAUTHORIZED;
    }
    if (e instanceof NotFoundException) {
      return NOT_FOUND;
    }
    if (e instanceof NoUniqueMatchException) {
      // None found is "not found"; several found is another error, named in the message.
      return ((NoUniqueMatchException) e).candidates().isEmpty() ? NOT_FOUND : OTHER_ERROR;
    }
    if (e instanceof ServerException || e instanceof FaciliooIoException) {
      return SERVER_OR_NETWORK;
    }
    return OTHER_ERROR;
  }

  /** The table shown in {@code --help}, in picocli's "code: description" form. */
  static Map<String, String> table() {
    Map<String, String> table = new LinkedHashMap<>();
    table.put(" " + OK, "Success");
    table.put(
        " " + OTHER_ERROR,
        "Other API error (e.g. forbidden, conflict, rate limited, a lookup matching several)");
    table.put(" " + VALIDATION, "Validation failed (checked locally or by the server)");
    table.put(" " + UNAUTHORIZED, "Unauthorized: token missing, wrong or expired");
    table.put(" " + NOT_FOUND, "Not found (also: no record matches a lookup)");
    table.put(
        " " + SERVER_OR_NETWORK,
        "Server error (5xx), network failure, timeout or --timeout used up");
    table.put(String.valueOf(USAGE), "Usage error: unknown or invalid options");
    return table;
  }
}

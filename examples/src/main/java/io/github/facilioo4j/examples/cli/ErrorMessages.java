package io.github.facilioo4j.examples.cli;

import io.github.facilioo4j.core.errors.FaciliooException;
import io.github.facilioo4j.core.errors.FaciliooIoException;
import io.github.facilioo4j.core.errors.FaciliooServiceException;
import io.github.facilioo4j.core.errors.FaciliooTimeoutException;
import io.github.facilioo4j.core.errors.NotFoundException;
import io.github.facilioo4j.core.errors.ServerException;
import io.github.facilioo4j.core.errors.UnauthorizedException;
import io.github.facilioo4j.core.errors.ValidationException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an SDK exception into the one line the tool prints on stderr.
 *
 * <p>The token is masked only in text that came from elsewhere (the server's problem, field errors
 * and the SDK's description of it). The tool's own parts, the label, the HTTP status and the trace
 * id, are composed after masking, so that a short token such as {@code 401} can never hide them.
 */
final class ErrorMessages {
  /** The SDK's status line at the start of a service exception's message: code and reason. */
  private static final Pattern STATUS_LINE =
      Pattern.compile("HTTP (\\d{3})( [A-Za-z][A-Za-z' -]*?)?(?=: | \\(|$)");

  /** The trace or request id the SDK appends to a service exception's message. */
  private static final Pattern ID_SUFFIX = Pattern.compile(" \\((?:traceId|requestId) [^()]*\\)$");

  private static final int MAX_ID = 200;

  private ErrorMessages() {}

  /**
   * Returns one line, starting with {@code "facilioo: "}; never a stack trace.
   *
   * @param secret a value to mask should it appear in what the server or the SDK said (the token);
   *     may be {@code null}
   */
  static String oneLine(FaciliooException e, String secret) {
    return ("facilioo: " + label(e) + ": " + detail(e, secret)).trim();
  }

  /**
   * Returns the line for a command whose {@code --timeout} ran out.
   *
   * @param limit the budget
   * @param e how the cut-off call failed, or {@code null} when no call was made
   * @param secret the token to mask; may be {@code null}
   * @param writes whether the command creates or changes data
   */
  static String budgetUsedUp(Duration limit, FaciliooException e, String secret, boolean writes) {
    StringBuilder line =
        new StringBuilder("facilioo: timed out: the command did not finish within its budget of ")
            .append(Converters.format(limit))
            .append(" (--timeout)");
    if (e != null) {
      line.append("; last attempt: ").append(detail(e, secret));
    }
    if (writes) {
      line.append(
          "; the change may still have reached facilioo: check before running it again"
              + " (create --if-absent is safe to re-run)");
    }
    return line.toString().trim();
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

  private static String detail(FaciliooException e, String secret) {
    if (e instanceof ValidationException) {
      ValidationException v = (ValidationException) e;
      if (!v.fieldErrors().isEmpty()) {
        String fields = mask(flatten(fieldErrors(v.fieldErrors())), secret);
        if (v.isLocal()) {
          return fields + " (nothing was sent)";
        }
        return fields + " (HTTP " + v.statusCode() + id(v).map(id -> ", " + id).orElse("") + ")";
      }
    }
    if (e instanceof FaciliooServiceException) {
      return serviceDetail((FaciliooServiceException) e, secret);
    }
    String message = e.getMessage();
    return mask(flatten(message == null ? e.getClass().getSimpleName() : message), secret);
  }

  /** {@code HTTP 401 Unauthorized: <masked server text> (traceId ...)}. */
  private static String serviceDetail(FaciliooServiceException e, String secret) {
    String message = e.getMessage() == null ? "" : flatten(e.getMessage());
    String status = "HTTP " + e.statusCode();
    String rest = message;
    Matcher line = STATUS_LINE.matcher(message);
    if (line.lookingAt() && line.group(1).equals(String.valueOf(e.statusCode()))) {
      status = line.group();
      rest = message.substring(line.end());
    } else if (!rest.isEmpty()) {
      rest = ": " + rest;
    }
    Optional<String> id = id(e);
    if (id.isPresent()) {
      rest = ID_SUFFIX.matcher(rest).replaceFirst("");
    }
    return status + mask(rest, secret) + id.map(i -> " (" + i + ")").orElse("");
  }

  /** {@code traceId 00-...} from the problem, else {@code requestId ...} from the headers. */
  private static Optional<String> id(FaciliooServiceException e) {
    String kind = e.problem().traceId().isPresent() ? "traceId " : "requestId ";
    return e.requestId()
        .map(id -> flatten(id).trim())
        .filter(id -> !id.isEmpty())
        .map(id -> kind + (id.length() > MAX_ID ? id.substring(0, MAX_ID) : id));
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

  private static String mask(String text, String secret) {
    return secret == null || secret.isEmpty() ? text : text.replace(secret, "***");
  }

  /** Joins the lines of a text with single spaces; the edges are kept as they are. */
  private static String flatten(String text) {
    return text.replaceAll("\\s*[\\r\\n]+\\s*", " ");
  }
}

package io.github.facilioo4j.core.errors;

import io.github.facilioo4j.core.internal.StatusText;
import io.github.facilioo4j.core.internal.Text;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * The service answered with a success status, but its body is not the JSON the SDK expected (for
 * example an HTML page from a proxy, or a truncated document). The request itself has succeeded, so
 * a create has happened even though its result could not be read.
 *
 * <p>The exception keeps the status and a bounded snippet of the body; the {@link #getCause()
 * cause} is the parse failure. The message names the status, the body size and the parse problem,
 * never the body itself. When the SDK raises it, secrets the request carried (the bearer token) are
 * masked in the snippet, the message and the cause, in whatever encoding the server echoed them;
 * should the body echo a secret, the cause is a stand-in {@link java.io.IOException} with the
 * parser's message masked. Immutable and thread-safe.
 */
public class InvalidResponseException extends FaciliooException {
  private static final long serialVersionUID = 1L;

  /** The most characters {@link #bodySnippet()} keeps. */
  public static final int MAX_SNIPPET_CHARS = 2048;

  private final int statusCode;
  private final String bodySnippet;

  /**
   * Creates the exception from a body read as UTF-8. The snippet is the body's beginning as it is:
   * this constructor removes no secrets; the SDK itself uses {@link #InvalidResponseException(int,
   * String, int, String, Throwable)}.
   *
   * @param statusCode the HTTP status of the response
   * @param body the response body; {@code null} means empty; only its beginning is kept
   * @param expected what the SDK tried to read, such as {@code "ProcessRead"}; may be {@code null}
   * @param cause the parse failure; may be {@code null}
   */
  public InvalidResponseException(
      int statusCode,
      byte @Nullable [] body,
      @Nullable String expected,
      @Nullable Throwable cause) {
    this(statusCode, snippet(body), body == null ? 0 : body.length, expected, cause);
  }

  /**
   * Creates the exception from a snippet that the caller has already decoded and cleaned of
   * secrets.
   *
   * @param statusCode the HTTP status of the response
   * @param bodySnippet the beginning of the body as text; {@code null} means empty; cut to {@value
   *     #MAX_SNIPPET_CHARS} characters
   * @param bodySize the size of the whole body in bytes, for the message
   * @param expected what the SDK tried to read, such as {@code "ProcessRead"}; may be {@code null}
   * @param cause the parse failure; may be {@code null}; only the first line of its message is
   *     repeated in this exception's message
   */
  public InvalidResponseException(
      int statusCode,
      @Nullable String bodySnippet,
      int bodySize,
      @Nullable String expected,
      @Nullable Throwable cause) {
    super(message(statusCode, bodySize, expected, cause), cause);
    this.statusCode = statusCode;
    this.bodySnippet = cut(bodySnippet == null ? "" : bodySnippet);
  }

  /**
   * Returns the HTTP status of the response.
   *
   * @return the status code
   */
  public int statusCode() {
    return statusCode;
  }

  /**
   * Returns the beginning of the body as UTF-8 text, at most {@value #MAX_SNIPPET_CHARS}
   * characters.
   *
   * @return the snippet; empty for an empty body; never {@code null}
   */
  public String bodySnippet() {
    return bodySnippet;
  }

  private static String snippet(byte[] body) {
    if (body == null || body.length == 0) {
      return "";
    }
    int len = Math.min(body.length, MAX_SNIPPET_CHARS * 4);
    return cut(new String(body, 0, len, StandardCharsets.UTF_8));
  }

  private static String cut(String text) {
    if (text.length() <= MAX_SNIPPET_CHARS) {
      return text;
    }
    int end = MAX_SNIPPET_CHARS;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end);
  }

  private static String message(int statusCode, int size, String expected, Throwable cause) {
    StringBuilder out = new StringBuilder(StatusText.line(statusCode)).append(": ");
    if (size == 0) {
      out.append("empty body");
    } else {
      out.append("body (").append(size).append(" bytes)");
    }
    out.append(" is not ");
    out.append(expected == null ? "the expected JSON" : "valid JSON for " + Text.oneLine(expected));
    if (cause != null && cause.getMessage() != null) {
      // Only the first line: parser messages continue with a location that may quote the body.
      String first = cause.getMessage().split("\\R", 2)[0];
      out.append(": ").append(Text.abbreviate(first, 200));
    }
    return out.toString();
  }
}

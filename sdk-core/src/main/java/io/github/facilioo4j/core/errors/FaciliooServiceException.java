package io.github.facilioo4j.core.errors;

import io.github.facilioo4j.core.internal.HeaderMaps;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The service answered with an HTTP error status. Subclasses name the meaning of the status; {@code
 * io.github.facilioo4j.core.internal.mapping.ErrorMapper} is the one place that picks the subclass.
 *
 * <p>The exception keeps the response's status, headers, a bounded copy of its body and the parsed
 * problem details, so that callers can log or inspect everything the server said. Request headers
 * (and with them the bearer token) are never kept. When the SDK creates the exception, the body is
 * parsed as the server sent it, and then secrets the request carried (the bearer token, a login
 * password) are replaced by {@code ****} wherever the server echoed them: in the message, headers,
 * raw body, problem fields and field errors, written as they are or JSON-escaped, URL- or
 * form-encoded, as HTML references or in base64. A secret shorter than 8 characters is masked only
 * where it stands as a whole value (a JSON string, a quoted text, a {@code name=value} value, the
 * credential after {@code Bearer}), so that it never hides a status, an id or a word.
 *
 * <p>Immutable and thread-safe.
 */
public class FaciliooServiceException extends FaciliooException {
  private static final long serialVersionUID = 1L;

  /** The most body text an exception keeps: 64 KiB of bytes. */
  public static final int MAX_RAW_BODY_BYTES = 64 * 1024;

  private final int statusCode;

  // The map is an unmodifiable copy built from serializable JDK collections.
  @SuppressWarnings("serial")
  private final Map<String, List<String>> headers;

  private final String rawBody;
  private final boolean rawBodyTruncated;
  private final ProblemDetails problem;

  /**
   * Creates a service exception. Applications normally do not call this; the SDK creates these
   * through its error mapper. Test doubles may.
   *
   * @param message the one-line message; may be {@code null}
   * @param statusCode the HTTP status, or 0 when nothing was sent
   * @param headers the response headers; {@code null} means none; copied
   * @param rawBody the (already bounded) response body text; {@code null} means empty
   * @param rawBodyTruncated whether {@code rawBody} was cut
   * @param problem the parsed problem details; {@code null} means {@link ProblemDetails#empty()}
   */
  public FaciliooServiceException(
      @Nullable String message,
      int statusCode,
      @Nullable Map<String, List<String>> headers,
      @Nullable String rawBody,
      boolean rawBodyTruncated,
      @Nullable ProblemDetails problem) {
    super(message);
    this.statusCode = statusCode;
    this.headers = HeaderMaps.copyOf(headers);
    this.rawBody = rawBody == null ? "" : rawBody;
    this.rawBodyTruncated = rawBodyTruncated;
    this.problem = problem == null ? ProblemDetails.empty() : problem;
  }

  /**
   * Returns the HTTP status code of the response.
   *
   * @return the status, or 0 for an exception raised before anything was sent
   */
  public int statusCode() {
    return statusCode;
  }

  /**
   * Returns the response headers.
   *
   * @return an unmodifiable map whose keys compare case-insensitively; never {@code null}
   */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /**
   * Returns the response body as text in its charset, cut to at most {@value #MAX_RAW_BODY_BYTES}
   * bytes of the original (see {@link #isRawBodyTruncated()}), with echoed secrets masked (a secret
   * cut by the limit is masked whole).
   *
   * @return the body text; empty when the body was empty; never {@code null}
   */
  public String rawBody() {
    return rawBody;
  }

  /**
   * Tells whether {@link #rawBody()} holds only the beginning of a longer body.
   *
   * @return {@code true} when the body was cut
   */
  public boolean isRawBodyTruncated() {
    return rawBodyTruncated;
  }

  /**
   * Returns the problem details parsed from the body. When the body was not a JSON object (HTML,
   * empty, malformed), all its fields are empty.
   *
   * @return the problem details; never {@code null}
   */
  public ProblemDetails problem() {
    return problem;
  }

  /**
   * Returns the id that lets the facilioo team find this call: the problem's {@code traceId}, else
   * the first of the response headers {@code x-request-id}, {@code request-id}, {@code
   * x-correlation-id}, {@code x-ms-request-id} and {@code traceparent}.
   *
   * @return the trace or request id, or empty when the response carried none
   */
  public Optional<String> requestId() {
    Optional<String> traceId = problem.traceId();
    return traceId.isPresent() ? traceId : HeaderMaps.requestId(headers);
  }
}

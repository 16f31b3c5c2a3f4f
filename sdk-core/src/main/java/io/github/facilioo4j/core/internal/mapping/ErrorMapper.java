package io.github.facilioo4j.core.internal.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.facilioo4j.core.errors.BadRequestException;
import io.github.facilioo4j.core.errors.ConflictException;
import io.github.facilioo4j.core.errors.FaciliooServiceException;
import io.github.facilioo4j.core.errors.ForbiddenException;
import io.github.facilioo4j.core.errors.NotFoundException;
import io.github.facilioo4j.core.errors.ProblemDetails;
import io.github.facilioo4j.core.errors.RateLimitException;
import io.github.facilioo4j.core.errors.ServerException;
import io.github.facilioo4j.core.errors.UnauthorizedException;
import io.github.facilioo4j.core.errors.UnexpectedStatusException;
import io.github.facilioo4j.core.errors.ValidationException;
import io.github.facilioo4j.core.internal.FieldNames;
import io.github.facilioo4j.core.internal.HeaderMaps;
import io.github.facilioo4j.core.internal.Json;
import io.github.facilioo4j.core.internal.JsonFields;
import io.github.facilioo4j.core.internal.RetryAfter;
import io.github.facilioo4j.core.internal.StatusText;
import io.github.facilioo4j.core.internal.Text;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The one place that turns an HTTP error answer into a {@link FaciliooServiceException}.
 *
 * <p>The body is read leniently: an RFC 9457 {@code application/problem+json} document, any other
 * JSON object (such as {@code {"message": "..."}} or {@code {"error": "..."}}), a JSON array or
 * string, an HTML page, an empty body and malformed JSON all give an exception; a parser exception
 * never escapes. Bodies over 1 MiB are kept (bounded) but not parsed. The body is decoded in its
 * charset (declared, else detected from a byte order mark or JSON's UTF-16/32 pattern) and parsed
 * as sent; the request's secrets are masked afterwards, in what the exception shows ({@link
 * Redaction}), never in what is parsed.
 *
 * <p>Stateless and thread-safe.
 */
public final class ErrorMapper {
  /** Bodies larger than this are not parsed, only kept in part. */
  static final int MAX_PARSE_BYTES = 1024 * 1024;

  /** Longest text taken from one body member into a message. */
  private static final int MAX_PIECE = 500;

  /** Longest summary of the body in a message. */
  private static final int MAX_SUMMARY = 2000;

  private static final Pattern CHALLENGE_ERROR =
      Pattern.compile("(?i)(?:^|[\\s,])error=\"([^\"]*)\"");
  private static final Pattern CHALLENGE_DESCRIPTION =
      Pattern.compile("(?i)(?:^|[\\s,])error_description=\"([^\"]*)\"");

  private ErrorMapper() {}

  /**
   * Maps an error answer, measuring a {@code Retry-After} date against the system clock.
   *
   * @param status the HTTP status code
   * @param headers the response headers; {@code null} means none
   * @param body the response body; {@code null} means empty
   * @return the exception to throw; never {@code null}
   * @see #toException(int, Map, byte[], Clock)
   */
  public static FaciliooServiceException toException(
      int status, @Nullable Map<String, List<String>> headers, byte @Nullable [] body) {
    return toException(status, headers, body, Clock.systemUTC());
  }

  /**
   * Maps an error answer to the exception for its status, with no secrets to remove; see {@link
   * #toException(int, Map, byte[], Clock, Redaction)}.
   *
   * @param status the HTTP status code
   * @param headers the response headers; {@code null} means none
   * @param body the response body; {@code null} means empty; not modified
   * @param clock what "now" is for a {@code Retry-After} date; must not be {@code null}
   * @return the exception to throw; never {@code null}
   * @throws NullPointerException if {@code clock} is {@code null}
   */
  public static FaciliooServiceException toException(
      int status,
      @Nullable Map<String, List<String>> headers,
      byte @Nullable [] body,
      Clock clock) {
    return toException(status, headers, body, clock, Redaction.none());
  }

  /**
   * Maps an error answer to the exception for its status:
   *
   * <ul>
   *   <li>400 or 422 whose body names field errors: {@link ValidationException};
   *   <li>400: {@link BadRequestException}; 401: {@link UnauthorizedException}; 403: {@link
   *       ForbiddenException}; 404: {@link NotFoundException}; 409: {@link ConflictException};
   *   <li>429: {@link RateLimitException} with the {@code Retry-After} wait;
   *   <li>500 to 599: {@link ServerException};
   *   <li>anything else: {@link UnexpectedStatusException}.
   * </ul>
   *
   * <p>The body is decoded and parsed exactly as the server sent it; only then are the secrets
   * removed, from everything the exception shows: its message, raw body, headers, problem and field
   * errors (see {@link Redaction} for the encodings and for short secrets).
   *
   * @param status the HTTP status code
   * @param headers the response headers; {@code null} means none; request headers must never be
   *     passed here
   * @param body the response body; {@code null} means empty; not modified
   * @param clock what "now" is for a {@code Retry-After} date; must not be {@code null}
   * @param redaction the secrets the request carried; must not be {@code null}
   * @return the exception to throw; never {@code null}
   * @throws NullPointerException if {@code clock} or {@code redaction} is {@code null}
   */
  public static FaciliooServiceException toException(
      int status,
      @Nullable Map<String, List<String>> headers,
      byte @Nullable [] body,
      Clock clock,
      Redaction redaction) {
    Map<String, List<String>> received = HeaderMaps.copyOf(headers);
    Map<String, List<String>> h = redaction.headers(received);
    byte[] bytes = body == null ? new byte[0] : body;
    Charset charset =
        Bodies.charset(HeaderMaps.first(received, "Content-Type").orElse(null), bytes);
    boolean truncated = bytes.length > FaciliooServiceException.MAX_RAW_BODY_BYTES;
    String rawBody = rawBody(bytes, charset, truncated, redaction);

    JsonNode tree = bytes.length <= MAX_PARSE_BYTES ? parse(bytes, charset) : null;
    ProblemDetails problem =
        redaction.problem(tree != null && tree.isObject() ? problem(tree) : ProblemDetails.empty());
    Map<String, List<String>> fieldErrors = normalized(problem.errors());

    String message = message(status, h, bytes.length, tree, problem, fieldErrors, redaction);
    if ((status == 400 || status == 422) && !fieldErrors.isEmpty()) {
      return new ValidationException(message, status, h, rawBody, truncated, problem, fieldErrors);
    }
    switch (status) {
      case 400:
        return new BadRequestException(message, status, h, rawBody, truncated, problem);
      case 401:
        return new UnauthorizedException(message, status, h, rawBody, truncated, problem);
      case 403:
        return new ForbiddenException(message, status, h, rawBody, truncated, problem);
      case 404:
        return new NotFoundException(message, status, h, rawBody, truncated, problem);
      case 409:
        return new ConflictException(message, status, h, rawBody, truncated, problem);
      case 429:
        Duration wait =
            RetryAfter.parse(HeaderMaps.first(h, "Retry-After").orElse(null), clock).orElse(null);
        return new RateLimitException(message, status, h, rawBody, truncated, problem, wait);
      default:
        if (status >= 500 && status <= 599) {
          return new ServerException(message, status, h, rawBody, truncated, problem);
        }
        return new UnexpectedStatusException(message, status, h, rawBody, truncated, problem);
    }
  }

  /**
   * The body as text, cut to {@link FaciliooServiceException#MAX_RAW_BODY_BYTES} of the original,
   * without the secrets. The text after the cut is searched too, so that a secret cut in two is
   * masked whole instead of leaving its beginning behind.
   */
  private static String rawBody(
      byte[] bytes, Charset charset, boolean truncated, Redaction redaction) {
    if (!truncated) {
      return redaction.text(new String(bytes, charset));
    }
    String kept = decode(bytes, charset, FaciliooServiceException.MAX_RAW_BODY_BYTES);
    if (redaction.isEmpty()) {
      return kept;
    }
    int wider = (int) Math.min(bytes.length, 2L * FaciliooServiceException.MAX_RAW_BODY_BYTES);
    return redaction.text(new String(bytes, 0, wider, charset), kept.length());
  }

  /** Decodes the first {@code limit} bytes, dropping a character the cut went through. */
  private static String decode(byte[] bytes, Charset charset, int limit) {
    String text = new String(bytes, 0, Math.min(bytes.length, limit), charset);
    int end = text.length();
    while (end > 0 && text.charAt(end - 1) == '\uFFFD') {
      end--;
    }
    return text.substring(0, end);
  }

  private static JsonNode parse(byte[] bytes, Charset charset) {
    int first = 0;
    if (bytes.length >= 3
        && bytes[0] == (byte) 0xEF
        && bytes[1] == (byte) 0xBB
        && bytes[2] == (byte) 0xBF) {
      first = 3; // UTF-8 byte order mark; Jackson skips it itself
    }
    while (first < bytes.length && bytes[first] <= ' ' && bytes[first] >= 0) {
      first++;
    }
    if (first == bytes.length) {
      return null;
    }
    byte b = bytes[first];
    boolean utf8 = StandardCharsets.UTF_8.equals(charset);
    if (utf8 && b != '{' && b != '[' && b != '"') {
      return null; // HTML, plain text: not worth a parser exception
    }
    try {
      return utf8
          ? Json.mapper().readTree(bytes)
          : Json.mapper().readTree(new String(bytes, charset));
    } catch (Exception e) {
      // Malformed or hostile JSON (the shared mapper limits nesting depth): the body stays text.
      return null;
    }
  }

  private static ProblemDetails problem(JsonNode object) {
    ProblemDetails.Builder b = ProblemDetails.builder();
    boolean type = false;
    boolean title = false;
    boolean status = false;
    boolean detail = false;
    boolean instance = false;
    boolean traceId = false;
    boolean errors = false;
    for (Map.Entry<String, JsonNode> field : JsonFields.of(object)) {
      String name = field.getKey().toLowerCase(Locale.ROOT);
      JsonNode value = field.getValue();
      if (name.equals("type") && !type && value.isValueNode() && !value.isNull()) {
        b.type(value.asText());
        type = true;
      } else if (name.equals("title") && !title && value.isValueNode() && !value.isNull()) {
        b.title(value.asText());
        title = true;
      } else if (name.equals("detail") && !detail && value.isValueNode() && !value.isNull()) {
        b.detail(value.asText());
        detail = true;
      } else if (name.equals("instance") && !instance && value.isValueNode() && !value.isNull()) {
        b.instance(value.asText());
        instance = true;
      } else if (name.equals("traceid") && !traceId && value.isValueNode() && !value.isNull()) {
        b.traceId(value.asText());
        traceId = true;
      } else if (name.equals("status") && !status && asStatus(value).isPresent()) {
        b.status(asStatus(value).get());
        status = true;
      } else if (name.equals("errors") && !errors && (value.isObject() || value.isArray())) {
        if (value.isObject()) {
          for (Map.Entry<String, JsonNode> entry : JsonFields.of(value)) {
            b.error(entry.getKey(), messages(entry.getValue()));
          }
        } else {
          b.error("", messages(value));
        }
        errors = true;
      } else {
        b.extension(field.getKey(), plain(value));
      }
    }
    return b.build();
  }

  private static Optional<Integer> asStatus(JsonNode value) {
    if (value.isIntegralNumber() && value.canConvertToInt()) {
      return Optional.of(value.intValue());
    }
    if (value.isTextual() && value.asText().matches("\\d{3}")) {
      return Optional.of(Integer.parseInt(value.asText()));
    }
    return Optional.empty();
  }

  private static List<String> messages(JsonNode value) {
    List<String> out = new ArrayList<>();
    if (value.isArray()) {
      for (JsonNode item : value) {
        out.add(text(item));
      }
    } else if (!value.isNull()) {
      out.add(text(value));
    }
    return out;
  }

  /** Text of a scalar, or of an object's "message", or the compact JSON of anything else. */
  private static String text(JsonNode node) {
    if (node.isValueNode()) {
      return node.asText();
    }
    JsonNode message = node.get("message");
    if (message != null && message.isValueNode()) {
      return message.asText();
    }
    return node.toString();
  }

  private static Object plain(JsonNode value) {
    try {
      return Json.mapper().convertValue(value, Object.class);
    } catch (RuntimeException e) {
      return value.toString();
    }
  }

  private static Map<String, List<String>> normalized(Map<String, List<String>> raw) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    raw.forEach(
        (k, v) -> out.computeIfAbsent(FieldNames.normalize(k), x -> new ArrayList<>()).addAll(v));
    out.values().removeIf(List::isEmpty);
    return Collections.unmodifiableMap(out);
  }

  private static String message(
      int status,
      Map<String, List<String>> headers,
      int size,
      JsonNode tree,
      ProblemDetails problem,
      Map<String, List<String>> fieldErrors,
      Redaction redaction) {
    // Everything taken from the body or headers is already masked or masked here; the SDK's own
    // words (status line, sizes) are never masked, so a short secret cannot hide them.
    List<String> parts = new ArrayList<>();
    String reason = StatusText.reason(status);
    problem
        .title()
        .filter(t -> !t.trim().isEmpty() && !t.trim().equalsIgnoreCase(reason))
        .ifPresent(parts::add);
    problem.detail().filter(d -> !d.trim().isEmpty() && !parts.contains(d)).ifPresent(parts::add);
    if (parts.isEmpty() && tree != null) {
      fallbackText(tree, redaction).ifPresent(parts::add);
    }
    if (parts.isEmpty() && status == 401) {
      // ASP.NET's JWT handler answers 401 with an empty body and the reason in this header.
      bearerChallenge(HeaderMaps.first(headers, "WWW-Authenticate").orElse(""))
          .ifPresent(parts::add);
    }
    String summary = join(parts);
    String fields = FieldNames.describe(fieldErrors);
    if (!fields.isEmpty()) {
      summary = summary.isEmpty() ? fields : join(Arrays.asList(summary, fields));
    }
    StringBuilder out = new StringBuilder(StatusText.line(status));
    if (!summary.isEmpty()) {
      out.append(": ").append(Text.abbreviate(summary, MAX_SUMMARY));
    } else if (size == 0) {
      out.append(" (empty body)");
    } else if (size > MAX_PARSE_BYTES) {
      out.append(" (unparsed body, ").append(size).append(" bytes)");
    } else if (tree == null) {
      out.append(" (non-JSON body, ").append(size).append(" bytes)");
    } else {
      out.append(" (JSON body without message, ").append(size).append(" bytes)");
    }
    Optional<String> traceId = problem.traceId().map(id -> Text.abbreviate(id, 200));
    if (traceId.isPresent()) {
      out.append(" (traceId ").append(traceId.get()).append(')');
    } else {
      HeaderMaps.requestId(headers)
          .ifPresent(id -> out.append(" (requestId ").append(id).append(')'));
    }
    return out.toString();
  }

  /**
   * The {@code error} and {@code error_description} of a bearer challenge (RFC 6750), such as
   * {@code invalid_token: The token expired}. The challenge never holds the token itself.
   */
  static Optional<String> bearerChallenge(String challenge) {
    Matcher error = CHALLENGE_ERROR.matcher(challenge);
    Matcher description = CHALLENGE_DESCRIPTION.matcher(challenge);
    String e = error.find() ? error.group(1) : "";
    String d = description.find() ? description.group(1) : "";
    if (e.isEmpty()) {
      return nonBlank(d);
    }
    return nonBlank(d.isEmpty() ? e : e + ": " + d);
  }

  /** Message-like text from a body that is not a problem document. */
  private static Optional<String> fallbackText(JsonNode tree, Redaction redaction) {
    if (tree.isTextual()) {
      return nonBlank(redaction.value(tree.asText()));
    }
    if (tree.isArray()) {
      List<String> items = new ArrayList<>();
      for (JsonNode item : tree) {
        if (item.isTextual()) {
          items.add(Text.abbreviate(redaction.value(item.asText()), MAX_PIECE));
        }
      }
      return nonBlank(String.join("; ", items));
    }
    if (tree.isObject()) {
      for (String name : new String[] {"message", "error_description", "error", "errorMessage"}) {
        for (Map.Entry<String, JsonNode> field : JsonFields.of(tree)) {
          if (field.getKey().equalsIgnoreCase(name)) {
            JsonNode v = field.getValue();
            if (v.isTextual()) {
              return nonBlank(redaction.value(v.asText()));
            }
            if (v.isObject() && v.get("message") != null && v.get("message").isTextual()) {
              return nonBlank(redaction.value(v.get("message").asText()));
            }
          }
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<String> nonBlank(String text) {
    String t = Text.abbreviate(text, MAX_PIECE);
    return t.trim().isEmpty() ? Optional.empty() : Optional.of(t);
  }

  /** Joins sentences: a space after one that ends with punctuation, else ". ". */
  private static String join(List<String> parts) {
    StringBuilder out = new StringBuilder();
    for (String part : parts) {
      String p = Text.abbreviate(part, MAX_PIECE);
      if (out.length() > 0) {
        char last = out.charAt(out.length() - 1);
        out.append(last == '.' || last == '!' || last == '?' || last == ':' ? " " : ". ");
      }
      out.append(p);
    }
    return out.toString();
  }
}

package io.github.facilioo4j.core.internal.mapping;

import io.github.facilioo4j.core.errors.ProblemDetails;
import io.github.facilioo4j.core.http.HttpHeaders;
import io.github.facilioo4j.core.http.HttpResponse;
import io.github.facilioo4j.core.internal.HeaderMaps;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Keeps the secrets a request carried (its bearer token, a login password) out of what the SDK
 * makes of the answer: exception messages, raw bodies and snippets, parsed problem fields and field
 * errors, headers and causes. The answer is always parsed as the server sent it; only what the SDK
 * exposes afterwards is masked, so masking can never break the parsing of a body.
 *
 * <p>A secret is found written as it is or in the encodings a server may echo it in: JSON escapes
 * (also {@code \}{@code u002B} forms), HTML character references, percent-encoding (form and URL),
 * up to two of these nested, and base64. Text decoded from a body in another charset is searched
 * after decoding. Each occurrence is replaced by {@link #MASK}.
 *
 * <p><b>Short secrets.</b> A secret of fewer than {@value #SHORT_SECRET_LENGTH} characters (such as
 * a test token {@code "400"}) cannot be told apart from ordinary text: it is also a status, an id,
 * a word. Masking every occurrence would hide unrelated text, so a short secret is masked only
 * where it stands as a whole value: a parsed JSON string (problem member, field error, extension)
 * that consists of nothing but the secret, text between quotes ({@code "400"}, {@code 'abc'}, in
 * any encoding of the quotes), a {@code name=value} value and the credential after {@code Bearer }.
 * It is never masked inside a longer word or number, in a JSON number such as {@code "status":400},
 * or in the text the SDK writes itself (status line, sizes, trace ids). Real facilioo tokens are
 * JWTs of hundreds of characters and are masked wherever they occur.
 *
 * <p>Immutable and thread-safe.
 */
public final class Redaction {
  /** What a removed secret is replaced with. */
  public static final String MASK = "****";

  /** Secrets with fewer characters than this are masked only where they form a whole value. */
  public static final int SHORT_SECRET_LENGTH = 8;

  private static final Redaction NONE = new Redaction(Collections.<String>emptyList());

  /** Text that a parser quoted from the body: {@code 'CANARY'} or {@code "abc"}. */
  private static final Pattern QUOTED = Pattern.compile("'[^']*'|\"[^\"]*\"");

  private final List<String> secrets;
  private final int shortest;
  // Built on first use: most answers are successes that never need the patterns.
  private volatile SecretPattern[] patterns;

  private Redaction(List<String> secrets) {
    this.secrets = secrets;
    int min = Integer.MAX_VALUE;
    for (String secret : secrets) {
      min = Math.min(min, secret.length());
    }
    this.shortest = min;
  }

  /**
   * Returns the redaction that removes nothing.
   *
   * @return the shared empty redaction
   */
  public static Redaction none() {
    return NONE;
  }

  /**
   * Returns a redaction of the given secrets.
   *
   * @param secrets the secrets; {@code null} and empty ones are skipped; copied
   * @return the redaction; never {@code null}
   */
  public static Redaction of(Collection<? extends @Nullable String> secrets) {
    Set<String> distinct = new LinkedHashSet<>();
    if (secrets != null) {
      for (String secret : secrets) {
        if (secret != null && !secret.isEmpty()) {
          distinct.add(secret);
        }
      }
    }
    return distinct.isEmpty()
        ? NONE
        : new Redaction(Collections.unmodifiableList(new ArrayList<>(distinct)));
  }

  /**
   * Returns a redaction of this one's secrets and another's.
   *
   * @param other the other redaction; must not be {@code null}
   * @return the combined redaction
   */
  public Redaction and(Redaction other) {
    if (other.secrets.isEmpty()) {
      return this;
    }
    if (secrets.isEmpty()) {
      return other;
    }
    List<String> all = new ArrayList<>(secrets);
    all.addAll(other.secrets);
    return of(all);
  }

  /**
   * Tells whether there is nothing to remove.
   *
   * @return {@code true} for a redaction without secrets
   */
  public boolean isEmpty() {
    return secrets.isEmpty();
  }

  /**
   * Masks the secrets in raw text: a body, a snippet, a header value, a message.
   *
   * @param text the text; {@code null} gives {@code null}
   * @return the text without the secrets; the same instance when none occurs
   */
  public @Nullable String text(@Nullable String text) {
    return mask(text, false, text == null ? 0 : text.length());
  }

  /**
   * Masks the secrets in raw text and keeps only what comes from its first {@code keep} characters,
   * so that cutting a text never leaves the beginning of a secret behind: an occurrence that
   * reaches past {@code keep} is masked whole.
   *
   * @param text the text, including what follows the cut; {@code null} gives {@code null}
   * @param keep how many characters of {@code text} to keep, at most its length
   * @return the masked, cut text
   */
  public @Nullable String text(@Nullable String text, int keep) {
    return mask(text, false, Math.min(keep, text == null ? 0 : text.length()));
  }

  /**
   * Masks the secrets in one parsed value, such as a problem's {@code detail}: like {@link
   * #text(String)}, and a short secret is also masked when it is the whole value.
   *
   * @param value the value; {@code null} gives {@code null}
   * @return the value without the secrets; the same instance when none occurs
   */
  public @Nullable String value(@Nullable String value) {
    return mask(value, true, value == null ? 0 : value.length());
  }

  /**
   * Tells whether a secret occurs in a text.
   *
   * @param text the text; {@code null} counts as empty
   * @return {@code true} when masking would change the text
   */
  public boolean occursIn(@Nullable String text) {
    return text != null && !spans(text, true).isEmpty();
  }

  private String mask(String text, boolean wholeText, int keep) {
    if (text == null || secrets.isEmpty() || text.length() < shortest) {
      return text == null || keep >= text.length() ? text : text.substring(0, keep);
    }
    SecretPattern.Spans spans = spans(text, wholeText);
    if (spans.isEmpty()) {
      return keep >= text.length() ? text : text.substring(0, keep);
    }
    return spans.apply(text, MASK, keep);
  }

  private SecretPattern.Spans spans(String text, boolean wholeText) {
    SecretPattern.Spans spans = new SecretPattern.Spans();
    for (SecretPattern pattern : patterns()) {
      pattern.find(text, wholeText, spans);
    }
    return spans;
  }

  private SecretPattern[] patterns() {
    SecretPattern[] p = patterns;
    if (p == null) {
      p = new SecretPattern[secrets.size()];
      for (int i = 0; i < p.length; i++) {
        String secret = secrets.get(i);
        boolean whole = secret.codePointCount(0, secret.length()) < SHORT_SECRET_LENGTH;
        p[i] = new SecretPattern(secret, whole);
      }
      patterns = p;
    }
    return p;
  }

  /**
   * Masks the secrets in every header value.
   *
   * @param headers the headers; must not be {@code null}
   * @return the same instance when no secret occurs, else masked headers
   */
  public HttpHeaders headers(HttpHeaders headers) {
    Map<String, List<String>> masked = headers(headers.asMap());
    return masked == headers.asMap() ? headers : HttpHeaders.of(masked);
  }

  /**
   * Masks the secrets in every header value.
   *
   * @param headers the headers; must not be {@code null}
   * @return the same instance when no secret occurs, else a masked copy whose keys compare
   *     case-insensitively
   */
  public Map<String, List<String>> headers(Map<String, List<String>> headers) {
    if (secrets.isEmpty()) {
      return headers;
    }
    Map<String, List<String>> out = new LinkedHashMap<>();
    boolean changed = false;
    for (Map.Entry<String, List<String>> field : headers.entrySet()) {
      List<String> values = new ArrayList<>(field.getValue().size());
      for (String value : field.getValue()) {
        String masked = text(value);
        changed |= masked != value;
        values.add(masked);
      }
      out.put(field.getKey(), values);
    }
    return changed ? HeaderMaps.copyOf(out) : headers;
  }

  /**
   * Masks the secrets in every text of a problem: its string members, the keys and messages of its
   * errors, and the names and values of its extensions. The status stays as it is.
   *
   * @param problem the parsed problem; must not be {@code null}
   * @return the masked problem
   */
  public ProblemDetails problem(ProblemDetails problem) {
    if (secrets.isEmpty()) {
      return problem;
    }
    ProblemDetails.Builder b =
        ProblemDetails.builder()
            .type(value(problem.type().orElse(null)))
            .title(value(problem.title().orElse(null)))
            .status(problem.status().orElse(null))
            .detail(value(problem.detail().orElse(null)))
            .instance(value(problem.instance().orElse(null)))
            .traceId(value(problem.traceId().orElse(null)));
    messages(problem.errors()).forEach(b::error);
    for (Map.Entry<String, Object> extension : problem.extensions().entrySet()) {
      b.extension(value(extension.getKey()), json(extension.getValue()));
    }
    return b.build();
  }

  /**
   * Masks the secrets in the keys and messages of a map of messages, such as field errors.
   *
   * @param messages the messages by key; must not be {@code null}
   * @return a masked copy in the same order; keys that become equal are merged
   */
  public Map<String, List<String>> messages(Map<String, List<String>> messages) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> entry : messages.entrySet()) {
      List<String> list = out.computeIfAbsent(value(entry.getKey()), k -> new ArrayList<>());
      for (String message : entry.getValue()) {
        list.add(value(message));
      }
    }
    return out;
  }

  /** Masks a JSON value as read into plain Java (maps, lists, strings, numbers, booleans). */
  private Object json(Object value) {
    if (value instanceof String) {
      return value((String) value);
    }
    if (value instanceof Map) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
        out.put(value(String.valueOf(e.getKey())), json(e.getValue()));
      }
      return Collections.unmodifiableMap(out);
    }
    if (value instanceof List) {
      List<Object> out = new ArrayList<>();
      for (Object item : (List<?>) value) {
        out.add(json(item));
      }
      return Collections.unmodifiableList(out);
    }
    if (value != null) {
      String text = String.valueOf(value);
      return text(text) == text ? value : MASK; // a long numeric secret sent as a JSON number
    }
    return null;
  }

  /**
   * Returns a parse failure as it may be shown with a body: the failure itself when neither its
   * messages nor the body hold a secret; else a stand-in {@link IOException} with the same stack
   * trace and no cause, whose message is the original's with the secrets masked and, as the parser
   * may quote a piece of the secret that stops at a delimiter, every quoted piece masked too.
   *
   * @param failure the failure; {@code null} gives {@code null}
   * @param bodyHoldsSecret whether the body the failure is about holds a secret
   * @return the failure to attach to an exception
   */
  public @Nullable Throwable cause(@Nullable Throwable failure, boolean bodyHoldsSecret) {
    if (failure == null || secrets.isEmpty()) {
      return failure;
    }
    boolean leaks = bodyHoldsSecret;
    for (Throwable t = failure; t != null && !leaks; t = t.getCause()) {
      leaks = occursIn(t.getMessage());
    }
    if (!leaks) {
      return failure;
    }
    String message = failure.getMessage() == null ? "" : text(failure.getMessage());
    message = QUOTED.matcher(message).replaceAll(MASK);
    IOException standIn = new IOException(failure.getClass().getSimpleName() + ": " + message);
    standIn.setStackTrace(failure.getStackTrace());
    return standIn;
  }

  /**
   * Attaches the secrets a request carried to its answer, for whoever turns the answer into a value
   * or an exception; the answer itself is passed on unchanged.
   *
   * @param response the answer; ownership passes to the returned answer
   * @param redaction the secrets the request carried
   * @return an answer that reads and closes like {@code response}
   */
  public static HttpResponse attach(HttpResponse response, Redaction redaction) {
    return redaction.isEmpty() ? response : new Carrying(response, redaction);
  }

  /**
   * Returns the secrets attached to an answer with {@link #attach}.
   *
   * @param response the answer
   * @return the secrets; {@link #none()} when none were attached
   */
  public static Redaction of(HttpResponse response) {
    if (response instanceof Carrying) {
      return ((Carrying) response).redaction;
    }
    if (response instanceof InMemoryResponse) {
      return ((InMemoryResponse) response).redaction();
    }
    return NONE;
  }

  /**
   * Masks secrets in a text; see {@link #text(String)}.
   *
   * @param text the text; {@code null} gives {@code null}
   * @param secrets the secrets; {@code null} and empty ones are skipped
   * @return the text without the secrets
   */
  public static @Nullable String redact(
      @Nullable String text, Collection<? extends @Nullable String> secrets) {
    return of(secrets).text(text);
  }

  /**
   * Masks secrets in every header value; see {@link #headers(HttpHeaders)}.
   *
   * @param headers the headers
   * @param secrets the secrets
   * @return headers without the secrets
   */
  public static HttpHeaders redact(HttpHeaders headers, Collection<String> secrets) {
    return of(secrets).headers(headers);
  }

  /** Never shows the secrets. */
  @Override
  public String toString() {
    return "Redaction{" + secrets.size() + " secret(s)}";
  }

  /**
   * Returns the answer a {@link #attach attached} redaction wraps, so that a reader can look at the
   * answer itself (for example to see that its body is already in memory).
   *
   * @param response any answer
   * @return the wrapped answer, or {@code response} itself when nothing is attached
   */
  public static HttpResponse unwrap(HttpResponse response) {
    return response instanceof Carrying ? ((Carrying) response).delegate : response;
  }

  /** An answer that carries the secrets of its request. */
  static final class Carrying implements HttpResponse {
    final HttpResponse delegate;
    final Redaction redaction;

    Carrying(HttpResponse delegate, Redaction redaction) {
      this.delegate = delegate;
      this.redaction = redaction;
    }

    @Override
    public int statusCode() {
      return delegate.statusCode();
    }

    @Override
    public HttpHeaders headers() {
      return delegate.headers();
    }

    @Override
    public InputStream body() {
      return delegate.body();
    }

    @Override
    public byte[] bodyBytes() throws IOException {
      return delegate.bodyBytes();
    }

    @Override
    public void close() {
      delegate.close();
    }
  }
}

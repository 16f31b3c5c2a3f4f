package io.github.facilioo4j.core.errors;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The fields of an RFC 9457 (formerly RFC 7807) problem document, as far as the error body had
 * them: {@code type}, {@code title}, {@code status}, {@code detail}, {@code instance}, ASP.NET's
 * {@code traceId}, the raw {@code errors} member of a validation answer and every other member as
 * an extension.
 *
 * <p>A body that is not a JSON object gives {@link #empty()}. The SDK parses the body as the server
 * sent it and then masks echoed secrets in every text of the problem (see {@link
 * FaciliooServiceException}); {@link #status()} is never masked. Immutable and thread-safe; create
 * instances with {@link #builder()}.
 */
public final class ProblemDetails implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final ProblemDetails EMPTY = builder().build();

  private final String type;
  private final String title;
  private final Integer status;
  private final String detail;
  private final String instance;
  private final String traceId;

  // The map is an unmodifiable copy built from serializable JDK collections.
  @SuppressWarnings("serial")
  private final Map<String, Object> extensions;

  // The map is an unmodifiable copy built from serializable JDK collections.
  @SuppressWarnings("serial")
  private final Map<String, List<String>> errors;

  private ProblemDetails(Builder b) {
    this.type = b.type;
    this.title = b.title;
    this.status = b.status;
    this.detail = b.detail;
    this.instance = b.instance;
    this.traceId = b.traceId;
    this.extensions = Collections.unmodifiableMap(new LinkedHashMap<>(b.extensions));
    Map<String, List<String>> copy = new LinkedHashMap<>();
    b.errors.forEach((k, v) -> copy.put(k, Collections.unmodifiableList(new ArrayList<>(v))));
    this.errors = Collections.unmodifiableMap(copy);
  }

  /**
   * Returns problem details with every field empty.
   *
   * @return the shared empty instance
   */
  public static ProblemDetails empty() {
    return EMPTY;
  }

  /**
   * Returns a new builder with every field empty.
   *
   * @return a new builder; not thread-safe
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder initialised with this instance's fields.
   *
   * @return a new builder; not thread-safe
   */
  public Builder toBuilder() {
    Builder b =
        builder()
            .type(type)
            .title(title)
            .status(status)
            .detail(detail)
            .instance(instance)
            .traceId(traceId);
    b.extensions.putAll(extensions);
    b.errors.putAll(errors);
    return b;
  }

  /**
   * Returns the problem type URI reference, as sent.
   *
   * @return the {@code type} member, or empty when absent
   */
  public Optional<String> type() {
    return Optional.ofNullable(type);
  }

  /**
   * Returns the short, human-readable summary of the problem type.
   *
   * @return the {@code title} member, or empty when absent
   */
  public Optional<String> title() {
    return Optional.ofNullable(title);
  }

  /**
   * Returns the status the body claims, which may differ from the HTTP status.
   *
   * @return the {@code status} member, or empty when absent or not a number
   */
  public Optional<Integer> status() {
    return Optional.ofNullable(status);
  }

  /**
   * Returns the explanation specific to this occurrence.
   *
   * @return the {@code detail} member, or empty when absent
   */
  public Optional<String> detail() {
    return Optional.ofNullable(detail);
  }

  /**
   * Returns the URI reference identifying this occurrence.
   *
   * @return the {@code instance} member, or empty when absent
   */
  public Optional<String> instance() {
    return Optional.ofNullable(instance);
  }

  /**
   * Returns ASP.NET's {@code traceId} extension, which identifies the call in the server's logs.
   *
   * @return the trace id, or empty when absent
   */
  public Optional<String> traceId() {
    return Optional.ofNullable(traceId);
  }

  /**
   * Returns every other top-level member of the body, with JSON objects as maps, arrays as lists
   * and scalars as {@code String}, {@code Number}, {@code Boolean} or {@code null}. A body such as
   * {@code {"message": "..."}} shows up here.
   *
   * @return an unmodifiable map in body order; never {@code null}
   */
  public Map<String, @Nullable Object> extensions() {
    return extensions;
  }

  /**
   * Returns the {@code errors} member of a validation answer with its keys exactly as sent (for
   * example {@code "Report"} or {@code "$.report"}). {@link ValidationException#fieldErrors()}
   * offers the same with normalized keys.
   *
   * @return an unmodifiable map of unmodifiable lists; empty when absent; never {@code null}
   */
  public Map<String, List<String>> errors() {
    return errors;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ProblemDetails)) {
      return false;
    }
    ProblemDetails that = (ProblemDetails) o;
    return Objects.equals(type, that.type)
        && Objects.equals(title, that.title)
        && Objects.equals(status, that.status)
        && Objects.equals(detail, that.detail)
        && Objects.equals(instance, that.instance)
        && Objects.equals(traceId, that.traceId)
        && extensions.equals(that.extensions)
        && errors.equals(that.errors);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, title, status, detail, instance, traceId, extensions, errors);
  }

  @Override
  public String toString() {
    return "ProblemDetails{type="
        + type
        + ", title="
        + title
        + ", status="
        + status
        + ", detail="
        + detail
        + ", instance="
        + instance
        + ", traceId="
        + traceId
        + ", errors="
        + errors
        + ", extensions="
        + extensions.keySet()
        + "}";
  }

  /** Builds {@link ProblemDetails}. Not thread-safe. Every setter accepts {@code null}. */
  public static final class Builder {
    private String type;
    private String title;
    private Integer status;
    private String detail;
    private String instance;
    private String traceId;
    private final Map<String, Object> extensions = new LinkedHashMap<>();
    private final Map<String, List<String>> errors = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets the {@code type} member.
     *
     * @param type the type; may be {@code null}
     * @return this builder
     */
    public Builder type(@Nullable String type) {
      this.type = type;
      return this;
    }

    /**
     * Sets the {@code title} member.
     *
     * @param title the title; may be {@code null}
     * @return this builder
     */
    public Builder title(@Nullable String title) {
      this.title = title;
      return this;
    }

    /**
     * Sets the {@code status} member.
     *
     * @param status the status; may be {@code null}
     * @return this builder
     */
    public Builder status(@Nullable Integer status) {
      this.status = status;
      return this;
    }

    /**
     * Sets the {@code detail} member.
     *
     * @param detail the detail; may be {@code null}
     * @return this builder
     */
    public Builder detail(@Nullable String detail) {
      this.detail = detail;
      return this;
    }

    /**
     * Sets the {@code instance} member.
     *
     * @param instance the instance; may be {@code null}
     * @return this builder
     */
    public Builder instance(@Nullable String instance) {
      this.instance = instance;
      return this;
    }

    /**
     * Sets the {@code traceId} member.
     *
     * @param traceId the trace id; may be {@code null}
     * @return this builder
     */
    public Builder traceId(@Nullable String traceId) {
      this.traceId = traceId;
      return this;
    }

    /**
     * Adds an extension member, replacing one of the same name.
     *
     * @param name the member name; must not be {@code null}
     * @param value the value (map, list, string, number, boolean); may be {@code null}
     * @return this builder
     * @throws NullPointerException if {@code name} is {@code null}
     */
    public Builder extension(String name, @Nullable Object value) {
      extensions.put(Objects.requireNonNull(name, "name is required"), value);
      return this;
    }

    /**
     * Adds the messages of one key of the raw {@code errors} member, appending to earlier ones.
     *
     * @param key the key exactly as sent; must not be {@code null}
     * @param messages the messages; must not be {@code null}; {@code null} elements are skipped
     * @return this builder
     * @throws NullPointerException if an argument is {@code null}
     */
    public Builder error(String key, List<String> messages) {
      Objects.requireNonNull(key, "key is required");
      Objects.requireNonNull(messages, "messages is required");
      List<String> list = errors.computeIfAbsent(key, k -> new ArrayList<>());
      for (String m : messages) {
        if (m != null) {
          list.add(m);
        }
      }
      return this;
    }

    /**
     * Builds the immutable problem details.
     *
     * @return a new instance; never {@code null}
     */
    public ProblemDetails build() {
      return new ProblemDetails(this);
    }
  }
}

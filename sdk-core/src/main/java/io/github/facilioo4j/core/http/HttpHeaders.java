package io.github.facilioo4j.core.http;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * An immutable multimap of HTTP header fields whose names are compared case-insensitively.
 *
 * <p>Instances are thread-safe. {@link #toString()} prints header names only, never values, because
 * values such as {@code Authorization} carry secrets.
 */
public final class HttpHeaders {
  // nullsFirst: so that get(null) on the map answers null instead of throwing, which lets the SDK
  // share this map as ApiResponse.headers(); null keys are never stored.
  private static final Comparator<String> ORDER =
      Comparator.nullsFirst(String.CASE_INSENSITIVE_ORDER);

  private static final HttpHeaders EMPTY = new HttpHeaders(new TreeMap<>(ORDER));

  /** Characters that may not appear in a header name: RFC 9110 token delimiters. */
  private static final String DELIMITERS = "()<>@,;:\\\"/[]?={}";

  /** {@code TOKEN[c]} tells whether ASCII character {@code c} may appear in a header name. */
  private static final boolean[] TOKEN = new boolean[127];

  static {
    for (char c = '!'; c < 127; c++) {
      TOKEN[c] = DELIMITERS.indexOf(c) < 0;
    }
  }

  private final TreeMap<String, List<String>> sorted;
  private final Map<String, List<String>> map;

  private HttpHeaders(TreeMap<String, List<String>> map) {
    this.sorted = map;
    this.map = Collections.unmodifiableMap(map);
  }

  /**
   * Returns these headers with every value of one header replaced by one value. Unlike {@code
   * toBuilder().set(name, value).build()} it copies only the map, not every value list: the lists
   * are immutable and shared, which keeps adding {@code Authorization} to each request cheap.
   */
  HttpHeaders with(String name, String value) {
    Builder.check(name, value);
    // Copying a sorted map with the same order builds the tree without comparing any keys.
    TreeMap<String, List<String>> copy = new TreeMap<>(sorted);
    copy.remove(name);
    copy.put(name, Collections.singletonList(value));
    return new HttpHeaders(copy);
  }

  /**
   * Returns headers without any field.
   *
   * @return the empty instance
   */
  public static HttpHeaders empty() {
    return EMPTY;
  }

  /**
   * Copies a map of header fields, such as the headers of a received response, without validating
   * them; names are kept as given, lookups ignore case, names differing only in case are merged.
   *
   * @param fields header names to their values; {@code null} values or lists are skipped
   * @return the headers
   */
  public static HttpHeaders of(
      Map<? extends @Nullable String, ? extends @Nullable List<? extends @Nullable String>>
          fields) {
    // Not validated: these are usually headers a server sent, and a lenient read beats failing.
    TreeMap<String, List<String>> copy = new TreeMap<>(ORDER);
    for (Map.Entry<? extends @Nullable String, ? extends @Nullable List<? extends @Nullable String>>
        entry : fields.entrySet()) {
      if (entry.getKey() == null || entry.getValue() == null) {
        continue;
      }
      List<String> values = copy.get(entry.getKey());
      if (values == null) {
        values = new ArrayList<>();
        copy.put(entry.getKey(), values);
      }
      for (String value : entry.getValue()) {
        if (value != null) {
          values.add(value);
        }
      }
    }
    // One copy: the lists just built are wrapped in place rather than copied again by a builder.
    for (Map.Entry<String, List<String>> entry : copy.entrySet()) {
      entry.setValue(Collections.unmodifiableList(entry.getValue()));
    }
    return new HttpHeaders(copy);
  }

  /**
   * Starts collecting headers as a server sent them, for transports: in the order given, not
   * validated, each name as given. Cheaper than {@link #of(Map)}, which copies a map built first.
   *
   * @return a new collector; not thread-safe
   */
  public static Received received() {
    return new Received();
  }

  /** Collects received headers; see {@link #received()}. Not thread-safe. */
  public static final class Received {
    private final TreeMap<String, List<String>> map = new TreeMap<>(ORDER);

    private Received() {}

    /**
     * Adds one received header line.
     *
     * @param name the name; not {@code null}
     * @param value the value; not {@code null}
     * @return this collector
     */
    public Received add(String name, String value) {
      List<String> values = map.get(name);
      if (values == null) {
        // Most names come once: a list of one, grown only when a second line comes.
        map.put(name, Collections.singletonList(value));
      } else {
        if (!(values instanceof ArrayList)) {
          values = new ArrayList<>(values);
          map.put(name, values);
        }
        values.add(value);
      }
      return this;
    }

    /**
     * Ends collecting.
     *
     * @return the headers; this collector must not be used afterwards
     */
    public HttpHeaders build() {
      for (Map.Entry<String, List<String>> entry : map.entrySet()) {
        if (entry.getValue() instanceof ArrayList) {
          entry.setValue(Collections.unmodifiableList(entry.getValue()));
        }
      }
      return map.isEmpty() ? EMPTY : new HttpHeaders(map);
    }
  }

  /**
   * Starts empty headers.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder(new TreeMap<>(ORDER));
  }

  /**
   * Returns a builder pre-filled with these headers.
   *
   * @return a new builder; changing it does not change this instance
   */
  public Builder toBuilder() {
    TreeMap<String, List<String>> copy = new TreeMap<>(ORDER);
    for (Map.Entry<String, List<String>> entry : map.entrySet()) {
      copy.put(entry.getKey(), new ArrayList<>(entry.getValue()));
    }
    return new Builder(copy);
  }

  /**
   * Returns the first value of a header.
   *
   * @param name the header name, any case
   * @return the first value, or empty when the header is absent
   */
  public Optional<String> first(String name) {
    List<String> values = map.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /**
   * Returns every value of a header.
   *
   * @param name the header name, any case
   * @return the values in order; empty when the header is absent; unmodifiable
   */
  public List<String> all(String name) {
    List<String> values = map.get(name);
    return values == null ? Collections.<String>emptyList() : values;
  }

  /**
   * Returns all fields as a map.
   *
   * @return an unmodifiable map whose key lookups ignore case; its lists are unmodifiable too
   */
  public Map<String, List<String>> asMap() {
    return map;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof HttpHeaders && map.equals(((HttpHeaders) other).map);
  }

  @Override
  public int hashCode() {
    return map.hashCode();
  }

  /** Prints the header names only; values are left out because some carry secrets. */
  @Override
  public String toString() {
    return "HttpHeaders" + map.keySet();
  }

  /** Collects header fields; not thread-safe. */
  public static final class Builder {
    private final TreeMap<String, List<String>> map;

    private Builder(TreeMap<String, List<String>> map) {
      this.map = map;
    }

    /**
     * Appends a value to a header.
     *
     * @param name the header name
     * @param value the value; must not contain line breaks
     * @return this builder
     * @throws IllegalArgumentException when the name or value is not a valid header field
     */
    public Builder add(String name, String value) {
      check(name, value);
      List<String> values = map.get(name);
      if (values == null) {
        values = new ArrayList<>();
        map.put(name, values);
      }
      values.add(value);
      return this;
    }

    /**
     * Replaces every value of a header with one value.
     *
     * @param name the header name
     * @param value the value; must not contain line breaks
     * @return this builder
     * @throws IllegalArgumentException when the name or value is not a valid header field
     */
    public Builder set(String name, String value) {
      check(name, value);
      map.remove(name);
      return add(name, value);
    }

    /**
     * Removes a header.
     *
     * @param name the header name, any case
     * @return this builder
     */
    public Builder remove(String name) {
      map.remove(name);
      return this;
    }

    /**
     * Creates the immutable headers.
     *
     * @return the headers
     */
    public HttpHeaders build() {
      if (map.isEmpty()) {
        return EMPTY;
      }
      TreeMap<String, List<String>> copy = new TreeMap<>(ORDER);
      for (Map.Entry<String, List<String>> entry : map.entrySet()) {
        copy.put(entry.getKey(), Collections.unmodifiableList(new ArrayList<>(entry.getValue())));
      }
      return new HttpHeaders(copy);
    }

    private static void check(String name, String value) {
      Objects.requireNonNull(name, "header name");
      if (value == null) {
        // Not requireNonNull(value, "..." + name): that builds the message on every call.
        throw new NullPointerException("value of header " + name);
      }
      if (name.isEmpty()) {
        throw new IllegalArgumentException("header name must not be empty");
      }
      for (int i = 0; i < name.length(); i++) {
        char c = name.charAt(i);
        if (c >= 127 || !TOKEN[c]) {
          throw new IllegalArgumentException("header name is not a valid token: " + name);
        }
      }
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if ((c < ' ' && c != '\t') || c == 127) {
          // The value itself is left out of the message: it may be a secret.
          throw new IllegalArgumentException(
              "value of header " + name + " contains a control character");
        }
      }
    }
  }
}

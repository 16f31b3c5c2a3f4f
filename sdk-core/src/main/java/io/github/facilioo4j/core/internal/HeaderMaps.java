package io.github.facilioo4j.core.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Helpers for HTTP header maps: case-insensitive immutable copies, first-value look-up and the
 * request-id headers the SDK recognises.
 *
 * <p>All methods are stateless and thread-safe. Header maps passed in may be {@code null} (treated
 * as empty); {@code null} names and {@code null} values inside them are skipped.
 */
public final class HeaderMaps {
  /** Response headers that may carry a request or trace id, in order of preference. */
  private static final String[] REQUEST_ID_HEADERS = {
    "x-request-id", "request-id", "x-correlation-id", "x-ms-request-id", "traceparent"
  };

  /** Longest request id the SDK reports; longer values are cut. */
  private static final int MAX_ID_LENGTH = 200;

  private HeaderMaps() {}

  /**
   * Returns an unmodifiable copy whose keys compare case-insensitively and whose value lists are
   * unmodifiable; looking up a {@code null} key answers {@code null}. Values of names that differ
   * only in case are merged in encounter order.
   *
   * @param headers the headers to copy; {@code null} gives an empty map
   * @return the copy; never {@code null}
   */
  public static Map<String, List<String>> copyOf(
      @Nullable Map<String, ? extends List<String>> headers) {
    if (headers == null || headers.isEmpty()) {
      return Collections.emptyMap();
    }
    // nullsFirst: so that get(null) answers null instead of throwing; null keys are never stored.
    TreeMap<String, List<String>> merged =
        new TreeMap<>(Comparator.nullsFirst(String.CASE_INSENSITIVE_ORDER));
    for (Map.Entry<String, ? extends List<String>> entry : headers.entrySet()) {
      if (entry.getKey() == null || entry.getValue() == null) {
        continue;
      }
      List<String> values = merged.computeIfAbsent(entry.getKey(), k -> new ArrayList<>());
      for (String value : entry.getValue()) {
        if (value != null) {
          values.add(value);
        }
      }
    }
    for (Map.Entry<String, List<String>> entry : merged.entrySet()) {
      entry.setValue(Collections.unmodifiableList(entry.getValue()));
    }
    return Collections.unmodifiableMap(merged);
  }

  /**
   * Returns the first value of a header, looking the name up case-insensitively.
   *
   * @param headers the headers; {@code null} is treated as empty
   * @param name the header name; must not be {@code null}
   * @return the first value, or empty when the header is absent
   */
  public static Optional<String> first(
      @Nullable Map<String, ? extends List<String>> headers, String name) {
    if (headers == null) {
      return Optional.empty();
    }
    List<String> values = headers.get(name);
    if (values == null) {
      // The map may not compare case-insensitively.
      for (Map.Entry<String, ? extends List<String>> entry : headers.entrySet()) {
        if (entry.getKey() != null && entry.getKey().equalsIgnoreCase(name)) {
          values = entry.getValue();
          break;
        }
      }
    }
    if (values == null) {
      return Optional.empty();
    }
    for (String value : values) {
      if (value != null) {
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the request or trace id a response carries in {@code x-request-id}, {@code request-id},
   * {@code x-correlation-id}, {@code x-ms-request-id} or {@code traceparent} (first non-blank one
   * wins). The value is stripped of control characters and cut to 200 characters.
   *
   * @param headers the response headers; {@code null} is treated as empty
   * @return the id, or empty when none of the headers is present
   */
  public static Optional<String> requestId(@Nullable Map<String, ? extends List<String>> headers) {
    for (String name : REQUEST_ID_HEADERS) {
      Optional<String> value = first(headers, name).map(HeaderMaps::cleanId);
      if (value.isPresent() && !value.get().isEmpty()) {
        return value;
      }
    }
    return Optional.empty();
  }

  private static String cleanId(String value) {
    String clean = Text.oneLine(value).trim();
    return clean.length() > MAX_ID_LENGTH ? clean.substring(0, MAX_ID_LENGTH) : clean;
  }
}

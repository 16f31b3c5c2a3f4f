package io.github.facilioo4j.core.internal;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Turns the field keys of server validation answers into the SDK's property paths.
 *
 * <p>ASP.NET names fields after C# properties ({@code "Report"}, {@code "Items[0].Name"}) or, with
 * System.Text.Json, as JSON paths ({@code "$.report"}). Both become the camelCase JSON names the
 * SDK's models use: {@code "report"}, {@code "items[0].name"}. The keys {@code ""} and {@code "$"}
 * mean the whole body and become {@code ""}. Stateless and thread-safe.
 */
public final class FieldNames {
  private FieldNames() {}

  /**
   * Normalizes one key.
   *
   * @param key the key as sent; {@code null} gives {@code ""}
   * @return the normalized key; never {@code null}
   */
  public static String normalize(@Nullable String key) {
    if (key == null) {
      return "";
    }
    String k = key.trim();
    if (k.equals("$")) {
      return "";
    }
    if (k.startsWith("$.")) {
      k = k.substring(2);
    } else if (k.startsWith("$[")) {
      k = k.substring(1);
    }
    StringBuilder out = new StringBuilder(k.length());
    int start = 0;
    while (start <= k.length()) {
      int dot = k.indexOf('.', start);
      int end = dot < 0 ? k.length() : dot;
      out.append(camel(k.substring(start, end)));
      if (dot < 0) {
        break;
      }
      out.append('.');
      start = dot + 1;
    }
    return out.toString();
  }

  /**
   * Lower-cases the leading capitals of one segment: "Report" to "report", "URLValue" to
   * "urlValue".
   */
  private static String camel(String segment) {
    char[] chars = segment.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      if (!Character.isUpperCase(chars[i])) {
        break;
      }
      boolean nextIsLower = i + 1 < chars.length && Character.isLowerCase(chars[i + 1]);
      if (i > 0 && nextIsLower) {
        break;
      }
      chars[i] = Character.toLowerCase(chars[i]);
    }
    return new String(chars);
  }

  /**
   * Formats field problems on one line: {@code "report: must not be empty; contactId: is
   * required"}. A message that ends a sentence is followed by a space instead of a semicolon. The
   * key {@code ""} (the whole body) is shown as {@code (body)}. Keys and messages are made one
   * line; nothing is cut.
   *
   * @param fieldErrors the problems; {@code null} lists are skipped
   * @return the description; empty for no problems; never {@code null}
   */
  public static String describe(Map<String, List<String>> fieldErrors) {
    StringBuilder out = new StringBuilder();
    for (Map.Entry<String, List<String>> entry : fieldErrors.entrySet()) {
      if (entry.getValue() == null) {
        continue;
      }
      String key = entry.getKey() == null ? "" : Text.oneLine(entry.getKey());
      for (String message : entry.getValue()) {
        if (message == null) {
          continue;
        }
        if (out.length() > 0) {
          char last = out.charAt(out.length() - 1);
          out.append(last == '.' || last == '!' || last == '?' ? " " : "; ");
        }
        out.append(key.isEmpty() ? "(body)" : key).append(": ").append(Text.oneLine(message));
      }
    }
    return out.toString();
  }
}

package io.github.facilioo4j.core.internal;

import org.jspecify.annotations.Nullable;

/**
 * Small text helpers for building safe one-line messages.
 *
 * <p>Stateless and thread-safe.
 */
public final class Text {
  private Text() {}

  /**
   * Finds the first UTF-16 surrogate that is not part of a pair: text that cannot be encoded as
   * UTF-8.
   *
   * @param text the text; not {@code null}
   * @return the index of the first unpaired surrogate, or {@code -1} when there is none
   */
  public static int unpairedSurrogate(String text) {
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c < Character.MIN_SURROGATE || c > Character.MAX_SURROGATE) {
        continue;
      }
      if (Character.isHighSurrogate(c)
          && i + 1 < length
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else {
        return i;
      }
    }
    return -1;
  }

  /**
   * Replaces line breaks and other control characters by spaces and collapses runs of whitespace,
   * so that text taken from a response body cannot forge extra log lines.
   *
   * @param text the text; {@code null} gives the empty string
   * @return the one-line text; never {@code null}
   */
  public static String oneLine(@Nullable String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)
          || Character.isISOControl(c)
          || c == '\u2028'
          || c == '\u2029') {
        space = true;
        continue;
      }
      if (space && out.length() > 0) {
        out.append(' ');
      }
      space = false;
      out.append(c);
    }
    return out.toString();
  }

  /**
   * Makes text one line ({@link #oneLine(String)}) and cuts it to at most {@code max} characters,
   * marking a cut with an ellipsis.
   *
   * @param text the text; {@code null} gives the empty string
   * @param max the maximum length; at least 1
   * @return the shortened one-line text; never {@code null}
   */
  public static String abbreviate(@Nullable String text, int max) {
    String line = oneLine(text);
    if (line.length() <= max) {
      return line;
    }
    int end = max - 1;
    if (end > 0 && Character.isHighSurrogate(line.charAt(end - 1))) {
      end--;
    }
    return line.substring(0, end) + "\u2026";
  }
}

package io.github.facilioo4j.core.internal.mapping;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Finds one secret in text, written as it is or in the encodings a server may echo it in:
 *
 * <ul>
 *   <li>JSON string escapes: {@code \"}, {@code \\}, {@code \/}, {@code \n} and the like, and
 *       {@code \}{@code u002B} in either case, surrogate pairs included;
 *   <li>HTML character references: {@code &amp;}, {@code &quot;}, {@code &#43;}, {@code &#x2b;};
 *   <li>percent-encoding of the UTF-8 bytes ({@code %2B}, {@code %C3%A9}) and {@code +} for a
 *       space;
 *   <li>up to two of these nested, character by character ({@code \}{@code u0026#43;}, {@code
 *       %2526}, {@code &amp;amp;}), mixed freely with plain characters;
 *   <li>base64, standard or URL-safe, at any alignment (only for secrets that are not short).
 * </ul>
 *
 * <p>A short secret (see {@link Redaction#SHORT_SECRET_LENGTH}) is only found where it stands as a
 * whole value: the whole text (when asked), between quotes, after {@code =} or after {@code Bearer
 * }. Immutable and thread-safe.
 */
final class SecretPattern {
  /** How many encodings may be nested in one another. */
  private static final int MAX_DEPTH = 2;

  /** The longest encoding of a delimiter looked for before a short secret, such as &quot;. */
  private static final int MAX_DELIMITER_LENGTH = 16;

  /** What may follow a short secret that stands after {@code =} or {@code Bearer}. */
  private static final String VALUE_ENDS = "&;,\"'`<>)]}";

  private static final String QUOTES = "\"'`";

  private final int[] codePoints;
  private final char first;
  private final boolean wholeValuesOnly;
  private final String[] base64;

  SecretPattern(String secret, boolean wholeValuesOnly) {
    this.codePoints = secret.codePoints().toArray();
    this.first = secret.charAt(0);
    this.wholeValuesOnly = wholeValuesOnly;
    this.base64 = wholeValuesOnly ? new String[0] : base64Cores(secret);
  }

  /**
   * Adds where the secret occurs in {@code text}, as {@code [start, end)} pairs.
   *
   * @param text the text
   * @param wholeText whether {@code text} is one value (a parsed JSON string, say), so that a short
   *     secret that makes up all of it counts
   * @param spans where the occurrences go
   */
  void find(String text, boolean wholeText, Spans spans) {
    int length = text.length();
    for (int start = 0; start < length; start++) {
      char c = text.charAt(start);
      if (c != first && !isEscapeStart(c)) {
        continue; // every encoding of a character begins with it or with one of these
      }
      int end = end(text, start);
      if (end > start && (!wholeValuesOnly || standsAlone(text, start, end, wholeText))) {
        spans.add(start, end);
        start = end - 1;
      }
    }
    for (String core : base64) {
      for (int at = text.indexOf(core); at >= 0; at = text.indexOf(core, at + core.length())) {
        spans.add(at, at + core.length());
      }
    }
  }

  /** The end of the longest encoding of the whole secret that begins at {@code start}, or -1. */
  private int end(String text, int start) {
    Ends current = Ends.of(start);
    Decoded decoded = new Decoded();
    for (int cp : codePoints) {
      Ends next = new Ends();
      for (int i = 0; i < current.size; i++) {
        int at = current.at[i];
        if (at >= text.length()) {
          continue;
        }
        if (!isEscapeStart(text.charAt(at))) {
          if (text.codePointAt(at) == cp) {
            next.add(at + Character.charCount(cp));
          }
          continue;
        }
        decoded.clear();
        decode(text, at, 0, decoded);
        decoded.endsOf(cp, next);
      }
      if (next.size == 0) {
        return -1;
      }
      current = next;
    }
    return current.max();
  }

  /** Whether a short secret at {@code [start, end)} is a whole value, not part of other text. */
  private static boolean standsAlone(String text, int start, int end, boolean wholeText) {
    if (wholeText && blank(text, 0, start) && blank(text, end, text.length())) {
      return true;
    }
    for (int i = 0; i < QUOTES.length(); i++) {
      char quote = QUOTES.charAt(i);
      if (endsWith(text, start, quote) && startsWith(text, end, quote)) {
        return true;
      }
    }
    boolean assigned =
        endsWith(text, start, '=')
            || (start >= 7 && text.regionMatches(true, start - 7, "Bearer ", 0, 7));
    return assigned && endsValue(text, end);
  }

  private static boolean blank(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean endsValue(String text, int at) {
    if (at == text.length() || Character.isWhitespace(text.charAt(at))) {
      return true;
    }
    for (int i = 0; i < VALUE_ENDS.length(); i++) {
      if (startsWith(text, at, VALUE_ENDS.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Whether an encoding of {@code c} begins at {@code at}. */
  private static boolean startsWith(String text, int at, char c) {
    if (at >= text.length()) {
      return false;
    }
    Decoded decoded = new Decoded();
    decode(text, at, 0, decoded);
    for (int i = 0; i < decoded.size; i++) {
      if (decoded.cps[i] == c) {
        return true;
      }
    }
    return false;
  }

  /** Whether an encoding of {@code c} ends right before {@code at}. */
  private static boolean endsWith(String text, int at, char c) {
    Decoded decoded = new Decoded();
    for (int from = Math.max(0, at - MAX_DELIMITER_LENGTH); from < at; from++) {
      decoded.clear();
      decode(text, from, 0, decoded);
      for (int i = 0; i < decoded.size; i++) {
        if (decoded.cps[i] == c && decoded.ends[i] == at) {
          return true;
        }
      }
    }
    return false;
  }

  /** Every encoding this class reads begins with one of these, or is the character itself. */
  private static boolean isEscapeStart(char c) {
    return c == '\\' || c == '&' || c == '%' || c == '+';
  }

  /**
   * Adds every way the text at {@code pos} reads as one character: the character itself and, below
   * {@link #MAX_DEPTH}, a JSON escape, an HTML reference, a percent-encoded UTF-8 sequence or a
   * form-encoded space, whose own characters are read one level deeper. Each position does a
   * bounded amount of work, so that no body, however hostile, makes the search slow.
   */
  static void decode(String text, int pos, int depth, Decoded out) {
    if (pos >= text.length()) {
      return;
    }
    int literal = text.codePointAt(pos);
    out.add(literal, pos + Character.charCount(literal));
    if (depth >= MAX_DEPTH || !isEscapeStart(text.charAt(pos))) {
      return;
    }
    Decoded first = new Decoded();
    decode(text, pos, depth + 1, first);
    for (int i = 0; i < first.size; i++) {
      int at = first.ends[i];
      switch (first.cps[i]) {
        case '\\':
          json(text, at, depth + 1, out);
          break;
        case '&':
          html(text, at, depth + 1, out);
          break;
        case '%':
          percent(text, at, depth + 1, out);
          break;
        case '+':
          out.add(' ', at);
          break;
        default:
          break;
      }
    }
  }

  /** After a backslash: a short escape or {@code u} and four hex digits (a surrogate pair too). */
  private static void json(String text, int pos, int depth, Decoded out) {
    Decoded next = new Decoded();
    decode(text, pos, depth, next);
    for (int i = 0; i < next.size; i++) {
      int c = next.cps[i];
      int unescaped = unescape(c);
      if (unescaped >= 0) {
        out.add(unescaped, next.ends[i]);
      } else if (c == 'u') {
        Decoded units = new Decoded();
        number(text, next.ends[i], depth, 16, 4, 4, units);
        for (int j = 0; j < units.size; j++) {
          int unit = units.cps[j];
          out.add(unit, units.ends[j]);
          if (Character.isHighSurrogate((char) unit)) {
            lowSurrogate(text, units.ends[j], depth, (char) unit, out);
          }
        }
      }
    }
  }

  private static void lowSurrogate(String text, int pos, int depth, char high, Decoded out) {
    Decoded slash = new Decoded();
    decode(text, pos, depth, slash);
    for (int i = 0; i < slash.size; i++) {
      if (slash.cps[i] != '\\') {
        continue;
      }
      Decoded u = new Decoded();
      decode(text, slash.ends[i], depth, u);
      for (int j = 0; j < u.size; j++) {
        if (u.cps[j] != 'u') {
          continue;
        }
        Decoded low = new Decoded();
        number(text, u.ends[j], depth, 16, 4, 4, low);
        for (int k = 0; k < low.size; k++) {
          if (Character.isLowSurrogate((char) low.cps[k])) {
            out.add(Character.toCodePoint(high, (char) low.cps[k]), low.ends[k]);
          }
        }
      }
    }
  }

  private static int unescape(int c) {
    switch (c) {
      case '"':
      case '\\':
      case '/':
      case '\'':
        return c;
      case 'b':
        return '\b';
      case 'f':
        return '\f';
      case 'n':
        return '\n';
      case 'r':
        return '\r';
      case 't':
        return '\t';
      default:
        return -1;
    }
  }

  /** After an ampersand: {@code #digits;}, {@code #xhex;} or a named reference. */
  private static void html(String text, int pos, int depth, Decoded out) {
    Decoded next = new Decoded();
    decode(text, pos, depth, next);
    for (int i = 0; i < next.size; i++) {
      int c = next.cps[i];
      int at = next.ends[i];
      if (c == '#') {
        Decoded digits = new Decoded();
        number(text, at, depth, 10, 1, 8, digits);
        Decoded x = new Decoded();
        decode(text, at, depth, x);
        for (int j = 0; j < x.size; j++) {
          if (x.cps[j] == 'x' || x.cps[j] == 'X') {
            number(text, x.ends[j], depth, 16, 1, 8, digits);
          }
        }
        for (int j = 0; j < digits.size; j++) {
          semicolon(text, digits.ends[j], depth, digits.cps[j], out);
        }
      } else if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
        named(text, pos, depth, out);
      }
    }
  }

  private static void named(String text, int pos, int depth, Decoded out) {
    StringBuilder name = new StringBuilder();
    int at = pos;
    while (name.length() < 6 && at < text.length()) {
      char c = text.charAt(at);
      if (c == ';') {
        int cp = entity(name.toString());
        if (cp >= 0) {
          out.add(cp, at + 1);
        }
        return;
      }
      if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
        return;
      }
      name.append(c);
      at++;
    }
  }

  private static int entity(String name) {
    switch (name) {
      case "amp":
      case "AMP":
        return '&';
      case "lt":
      case "LT":
        return '<';
      case "gt":
      case "GT":
        return '>';
      case "quot":
      case "QUOT":
        return '"';
      case "apos":
        return '\'';
      case "nbsp":
        return 0xA0;
      default:
        return -1;
    }
  }

  private static void semicolon(String text, int pos, int depth, int cp, Decoded out) {
    if (!Character.isValidCodePoint(cp)) {
      return;
    }
    Decoded next = new Decoded();
    decode(text, pos, depth, next);
    for (int i = 0; i < next.size; i++) {
      if (next.cps[i] == ';') {
        out.add(cp, next.ends[i]);
      }
    }
  }

  /** After a percent sign: two hex digits, and the rest of a multi-byte UTF-8 sequence. */
  private static void percent(String text, int pos, int depth, Decoded out) {
    Decoded lead = new Decoded();
    number(text, pos, depth, 16, 2, 2, lead);
    for (int i = 0; i < lead.size; i++) {
      int b = lead.cps[i];
      int more = b < 0x80 ? 0 : b >= 0xF0 ? 3 : b >= 0xE0 ? 2 : b >= 0xC0 ? 1 : -1;
      if (more == 0) {
        out.add(b, lead.ends[i]);
      } else if (more > 0) {
        continuation(text, lead.ends[i], depth, b & (0x3F >> more), more, out);
      }
    }
  }

  private static void continuation(
      String text, int pos, int depth, int value, int more, Decoded out) {
    if (more == 0) {
      if (Character.isValidCodePoint(value)) {
        out.add(value, pos);
      }
      return;
    }
    Decoded sign = new Decoded();
    decode(text, pos, depth, sign);
    for (int i = 0; i < sign.size; i++) {
      if (sign.cps[i] != '%') {
        continue;
      }
      Decoded b = new Decoded();
      number(text, sign.ends[i], depth, 16, 2, 2, b);
      for (int j = 0; j < b.size; j++) {
        if ((b.cps[j] & 0xC0) == 0x80) {
          continuation(text, b.ends[j], depth, (value << 6) | (b.cps[j] & 0x3F), more - 1, out);
        }
      }
    }
  }

  /**
   * Adds each number of {@code min} to {@code max} digits in the given radix that begins at {@code
   * pos}, each digit in any encoding, with the position after its last digit.
   */
  private static void number(
      String text, int pos, int depth, int radix, int min, int max, Decoded out) {
    Decoded current = new Decoded();
    current.add(0, pos);
    for (int count = 1; count <= max && current.size > 0; count++) {
      Decoded next = new Decoded();
      Decoded digit = new Decoded();
      for (int i = 0; i < current.size; i++) {
        digit.clear();
        decode(text, current.ends[i], depth, digit);
        for (int j = 0; j < digit.size; j++) {
          int d = digit.cps[j] < 0x80 ? Character.digit(digit.cps[j], radix) : -1;
          if (d >= 0) {
            next.add(current.cps[i] * radix + d, digit.ends[j]);
          }
        }
      }
      if (count >= min) {
        out.addAll(next);
      }
      current = next;
    }
  }

  /**
   * The parts of the base64 forms of the secret that depend on the secret alone, for each of the
   * three positions it can have relative to the 3-byte groups of a longer encoded text.
   */
  private static String[] base64Cores(String secret) {
    byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
    Set<String> cores = new LinkedHashSet<>();
    for (int offset = 0; offset < 3; offset++) {
      byte[] shifted = new byte[offset + bytes.length];
      System.arraycopy(bytes, 0, shifted, offset, bytes.length);
      String encoded = Base64.getEncoder().withoutPadding().encodeToString(shifted);
      int from = (8 * offset + 5) / 6; // first character whose 6 bits all come from the secret
      int to = (8 * (offset + bytes.length)) / 6; // end of the last such character
      if (to - from >= Redaction.SHORT_SECRET_LENGTH) {
        String core = encoded.substring(from, to);
        cores.add(core);
        cores.add(core.replace('+', '-').replace('/', '_'));
      }
    }
    return cores.toArray(new String[0]);
  }

  /** A small set of text positions. Not thread-safe. */
  static final class Ends {
    int[] at = new int[4];
    int size;

    static Ends of(int position) {
      Ends ends = new Ends();
      ends.add(position);
      return ends;
    }

    void add(int position) {
      if (contains(position)) {
        return;
      }
      if (size == at.length) {
        at = Arrays.copyOf(at, size * 2);
      }
      at[size++] = position;
    }

    void addAll(Ends other) {
      for (int i = 0; i < other.size; i++) {
        add(other.at[i]);
      }
    }

    boolean contains(int position) {
      for (int i = 0; i < size; i++) {
        if (at[i] == position) {
          return true;
        }
      }
      return false;
    }

    int max() {
      int max = -1;
      for (int i = 0; i < size; i++) {
        max = Math.max(max, at[i]);
      }
      return max;
    }
  }

  /** Characters read at one position, each with the end of its encoding. Not thread-safe. */
  static final class Decoded {
    int[] cps = new int[2];
    int[] ends = new int[2];
    int size;

    void add(int cp, int end) {
      for (int i = 0; i < size; i++) {
        if (cps[i] == cp && ends[i] == end) {
          return;
        }
      }
      if (size == cps.length) {
        cps = Arrays.copyOf(cps, size * 2);
        ends = Arrays.copyOf(ends, size * 2);
      }
      cps[size] = cp;
      ends[size] = end;
      size++;
    }

    void addAll(Decoded other) {
      for (int i = 0; i < other.size; i++) {
        add(other.cps[i], other.ends[i]);
      }
    }

    void clear() {
      size = 0;
    }

    /** Adds the end of every reading of {@code cp}. */
    void endsOf(int cp, Ends out) {
      for (int i = 0; i < size; i++) {
        if (cps[i] == cp) {
          out.add(ends[i]);
        }
      }
    }
  }

  /** Ranges {@code [start, end)} of a text, merged where they overlap. Not thread-safe. */
  static final class Spans {
    private int[] starts = new int[4];
    private int[] ends = new int[4];
    private int size;

    void add(int start, int end) {
      if (size == starts.length) {
        starts = Arrays.copyOf(starts, size * 2);
        ends = Arrays.copyOf(ends, size * 2);
      }
      starts[size] = start;
      ends[size] = end;
      size++;
    }

    boolean isEmpty() {
      return size == 0;
    }

    /**
     * Replaces every range by {@code mask} and keeps what comes from {@code text[0, keep)}; a range
     * that reaches past {@code keep} is masked whole.
     */
    String apply(String text, String mask, int keep) {
      Integer[] order = new Integer[size];
      for (int i = 0; i < size; i++) {
        order[i] = i;
      }
      Arrays.sort(order, (a, b) -> Integer.compare(starts[a], starts[b]));
      StringBuilder out = new StringBuilder(Math.min(text.length(), keep) + 16);
      int from = 0;
      int i = 0;
      while (i < size && from < keep) {
        int start = Math.max(starts[order[i]], from);
        int end = ends[order[i]];
        i++;
        while (i < size && starts[order[i]] <= end) {
          end = Math.max(end, ends[order[i]]);
          i++;
        }
        if (end <= from) {
          continue;
        }
        if (start >= keep) {
          break;
        }
        out.append(text, from, start).append(mask);
        from = end;
      }
      if (from < keep) {
        out.append(text, from, Math.min(keep, text.length()));
      }
      return out.toString();
    }
  }
}

package io.github.facilioo4j.core.internal;

import java.nio.charset.StandardCharsets;

/** Percent-encodes path segments for paths that are shown (logs, messages, {@code toString}). */
public final class Paths {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private Paths() {}

  /**
   * Percent-encodes everything but the RFC 3986 unreserved characters, so that a segment holding a
   * slash, a line break or a space cannot change what a log line or message seems to say.
   *
   * @param segment the raw text
   * @return the encoded text
   */
  public static String encodeSegment(String segment) {
    if (isUnreserved(segment)) {
      // Such as an id: nothing to encode.
      return segment;
    }
    StringBuilder sb = new StringBuilder(segment.length() + 8);
    for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (isUnreserved((char) c)) {
        sb.append((char) c);
      } else {
        sb.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
      }
    }
    return sb.toString();
  }

  /**
   * Tells whether a path segment is made of unreserved characters only (letters, digits, {@code - .
   * _ ~}): one that reads the same percent-encoded or not.
   *
   * @param segment the segment; not {@code null}
   * @return whether it needs no encoding
   */
  public static boolean isUnreserved(String segment) {
    for (int i = 0; i < segment.length(); i++) {
      if (!isUnreserved(segment.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isUnreserved(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '.'
        || c == '_'
        || c == '~';
  }
}

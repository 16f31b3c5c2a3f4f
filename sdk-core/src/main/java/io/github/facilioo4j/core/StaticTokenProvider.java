package io.github.facilioo4j.core;

/** A provider of one fixed token. */
final class StaticTokenProvider implements TokenProvider {
  private final String token;

  StaticTokenProvider(String token) {
    this.token = token;
  }

  static String check(String token) {
    if (token == null) {
      throw new IllegalArgumentException("token is required");
    }
    String trimmed = token.trim();
    if (trimmed.isEmpty()) {
      throw new IllegalArgumentException("token must not be blank");
    }
    if (trimmed.regionMatches(true, 0, "Bearer ", 0, 7)) {
      throw new IllegalArgumentException(
          "token must be given without the \"Bearer \" prefix; the SDK adds it");
    }
    for (int i = 0; i < trimmed.length(); i++) {
      char c = trimmed.charAt(i);
      if (c <= ' ' || c >= 127) {
        throw new IllegalArgumentException(
            "token contains whitespace or a non-ASCII character at index " + i);
      }
    }
    return trimmed;
  }

  @Override
  public String token() {
    return token;
  }

  @Override
  public String toString() {
    return "TokenProvider.of(****)";
  }
}

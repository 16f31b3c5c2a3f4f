package io.github.facilioo4j.core;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.facilioo4j.core.internal.Json;
import java.time.Instant;
import java.util.Base64;
import org.jspecify.annotations.Nullable;

/** Reads the {@code exp} claim of a JWT without checking its signature. */
final class JwtExpiry {
  private JwtExpiry() {}

  /**
   * Returns when the token expires.
   *
   * @param jwt the token
   * @return the expiry, or {@code null} when the token is no JWT or carries no numeric {@code exp}
   */
  static @Nullable Instant of(String jwt) {
    String[] parts = jwt.split("\\.");
    if (parts.length < 2) {
      return null;
    }
    try {
      byte[] payload = Base64.getUrlDecoder().decode(parts[1]);
      JsonNode exp = Json.mapper().readTree(payload).get("exp");
      if (exp == null || !exp.isNumber()) {
        return null;
      }
      return Instant.ofEpochSecond(exp.asLong());
    } catch (Exception e) {
      // Not a JWT we can read: use the token until the server rejects it.
      return null;
    }
  }
}

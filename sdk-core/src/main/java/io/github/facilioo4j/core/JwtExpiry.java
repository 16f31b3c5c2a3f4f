package io.github.facilioo4j.core;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.facilioo4j.core.internal.Json;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.jspecify.annotations.Nullable;

/** Reads when a JWT expires, without checking its signature. Stateless and thread-safe. */
final class JwtExpiry {
  private JwtExpiry() {}

  /**
   * Returns when a token just received expires, on the receiver's clock.
   *
   * <p>When the token says when it was issued ({@code iat}, else {@code nbf}), its lifetime {@code
   * exp - iat} is counted from {@code receivedAt}, so that a clock running ahead of or behind the
   * server's neither renews it on every call nor sends it after it expired. Otherwise {@code exp}
   * is used as it is, unless it already lies in the past when the token arrives: the server has
   * just issued it, so the receiver's clock is wrong and the token is used until the server rejects
   * it.
   *
   * @param jwt the token
   * @param receivedAt when the token arrived, on the receiver's clock
   * @return the expiry, or {@code null} when it is unknown: the token is no JWT, carries no numeric
   *     {@code exp}, or seems to have expired before it arrived
   */
  static @Nullable Instant of(String jwt, Instant receivedAt) {
    JsonNode claims = claims(jwt);
    if (claims == null || !claims.path("exp").isNumber()) {
      return null;
    }
    long exp = claims.get("exp").asLong();
    JsonNode issued = claims.path("iat").isNumber() ? claims.get("iat") : claims.path("nbf");
    if (issued.isNumber()) {
      long lifetime = exp - issued.asLong();
      return lifetime > 0 ? receivedAt.plus(Duration.ofSeconds(lifetime)) : null;
    }
    Instant expiry = Instant.ofEpochSecond(exp);
    return expiry.isAfter(receivedAt) ? expiry : null;
  }

  private static @Nullable JsonNode claims(String jwt) {
    String[] parts = jwt.split("\\.");
    if (parts.length < 2) {
      return null;
    }
    try {
      JsonNode payload = Json.mapper().readTree(Base64.getUrlDecoder().decode(parts[1]));
      return payload != null && payload.isObject() ? payload : null;
    } catch (Exception e) {
      // Not a JWT we can read: use the token until the server rejects it.
      return null;
    }
  }
}

package io.github.facilioo4j.reliability;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/** Unsigned JWT-shaped tokens whose {@code exp} the SDK reads. */
final class Jwts {
  private Jwts() {}

  static String expiringAt(Instant exp, String id) {
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    String header = b64.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8));
    String payload =
        b64.encodeToString(
            ("{\"exp\":" + exp.getEpochSecond() + ",\"jti\":\"" + id + "\"}")
                .getBytes(StandardCharsets.UTF_8));
    return header + "." + payload + ".sig";
  }
}

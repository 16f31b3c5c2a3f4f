package io.github.facilioo4j.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Decides which bearer tokens are valid, and issues JWTs for login and refresh.
 *
 * <p>Issued tokens are HS256-signed with a key that lives only in this sandbox: clients cannot
 * verify them (nor should they), but the sandbox recognises its own tokens without storing them.
 */
final class TokenAuthority {
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder B64D = Base64.getUrlDecoder();

  private final Set<String> staticTokens;
  private final Map<String, String> users;
  private final Duration lifetime;
  private final boolean refreshTokens;
  private final Clock clock;
  private final String issuer;
  private final int accountId;
  private final byte[] key = new byte[32];
  private final Map<String, String> refreshTokenOwners = new HashMap<>();

  TokenAuthority(
      Set<String> staticTokens,
      Map<String, String> users,
      Duration lifetime,
      boolean refreshTokens,
      Clock clock,
      String issuer,
      int accountId) {
    this.staticTokens = staticTokens;
    this.users = users;
    this.lifetime = lifetime;
    this.refreshTokens = refreshTokens;
    this.clock = clock;
    this.issuer = issuer;
    this.accountId = accountId;
    new SecureRandom().nextBytes(key);
  }

  boolean loginEnabled() {
    return !users.isEmpty();
  }

  boolean refreshEnabled() {
    return loginEnabled() && refreshTokens;
  }

  /**
   * Checks an Authorization header value.
   *
   * @return null when the request is authenticated, else the {@code WWW-Authenticate} value
   */
  String check(String authorization) {
    if (authorization == null) {
      return "Bearer";
    }
    int space = authorization.indexOf(' ');
    if (space < 0 || !authorization.substring(0, space).equalsIgnoreCase("Bearer")) {
      return "Bearer";
    }
    String token = authorization.substring(space + 1).trim();
    if (staticTokens.contains(token)) {
      return null;
    }
    JsonNode payload = verify(token);
    if (payload == null) {
      return "Bearer error=\"invalid_token\"";
    }
    long now = clock.instant().getEpochSecond();
    long exp = payload.path("exp").asLong(0);
    long nbf = payload.path("nbf").asLong(0);
    if (now >= exp) {
      return "Bearer error=\"invalid_token\", error_description=\"The token expired at '"
          + Instant.ofEpochSecond(exp)
          + "'\"";
    }
    if (now < nbf) {
      return "Bearer error=\"invalid_token\", error_description=\"The token is not valid yet\"";
    }
    return null;
  }

  /** Returns the login response body, or null if the credentials are wrong. */
  synchronized ObjectNode login(String email, String password) {
    String expected = users.get(email);
    if (expected == null || !MessageDigest.isEqual(bytes(expected), bytes(password))) {
      return null;
    }
    return issue(email);
  }

  /** Returns the refresh response body, or null if the refresh token is unknown or used up. */
  synchronized ObjectNode refresh(String refreshToken) {
    String email = refreshTokenOwners.remove(refreshToken);
    return email == null ? null : issue(email);
  }

  synchronized void reset() {
    refreshTokenOwners.clear();
  }

  private ObjectNode issue(String email) {
    Instant now = clock.instant();
    Instant exp = now.plus(lifetime);
    ObjectNode header = JsonNodeFactory.instance.objectNode();
    header.put("alg", "HS256").put("typ", "JWT").put("kid", "facilioo-sandbox");
    ObjectNode payload = JsonNodeFactory.instance.objectNode();
    payload.put("iss", issuer);
    payload.put("aud", "facilioo-api");
    // The real API documents sub as {accountId, companyId}; JWT wants a string, so it is JSON text.
    payload.put("sub", "{\"accountId\":" + accountId + ",\"companyId\":1}");
    payload.put("email", email);
    payload.put("jti", UUID.randomUUID().toString());
    payload.put("iat", now.getEpochSecond());
    payload.put("nbf", now.getEpochSecond());
    payload.put("exp", exp.getEpochSecond());
    String signingInput =
        B64.encodeToString(bytes(SandboxJson.write(header)))
            + "."
            + B64.encodeToString(bytes(SandboxJson.write(payload)));
    String token = signingInput + "." + B64.encodeToString(sign(signingInput));
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("accessToken", token);
    if (refreshTokens) {
      String refresh = UUID.randomUUID().toString() + UUID.randomUUID().toString();
      refreshTokenOwners.put(refresh, email);
      body.put("refreshToken", refresh);
    }
    body.put("expiresAt", exp.toString());
    return body;
  }

  private JsonNode verify(String token) {
    String[] parts = token.split("\\.", -1);
    if (parts.length != 3) {
      return null;
    }
    try {
      byte[] expected = sign(parts[0] + "." + parts[1]);
      if (!MessageDigest.isEqual(expected, B64D.decode(parts[2]))) {
        return null;
      }
      return SandboxJson.mapper().readTree(B64D.decode(parts[1]));
    } catch (IllegalArgumentException | IOException e) {
      return null;
    }
  }

  private byte[] sign(String input) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(bytes(input));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}

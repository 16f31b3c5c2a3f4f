package io.github.facilioo4j.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Tokens that live shorter than the renewal margin, or that look expired on arrival because the
 * client's clock differs from the server's, cost one login, not one per call.
 */
class ShortLivedTokenTest extends ClientTestSupport {
  FaciliooClient loginClient() {
    return client(
        b ->
            b.tokenProvider(
                LoginTokenProvider.builder()
                    .email(LoginTest.EMAIL)
                    .password(LoginTest.PASSWORD)
                    .build()));
  }

  /** A JWT with the given claims (seconds since the epoch); {@code null} leaves a claim out. */
  static String jwt(String id, Instant iat, Instant exp) {
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    String claims =
        "{\"jti\":\""
            + id
            + "\""
            + (iat == null ? "" : ",\"iat\":" + iat.getEpochSecond())
            + ",\"exp\":"
            + exp.getEpochSecond()
            + "}";
    return b64.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8))
        + "."
        + b64.encodeToString(claims.getBytes(StandardCharsets.UTF_8))
        + ".c2ln";
  }

  void enqueueLoginAndCalls(String token, int calls) {
    server.enqueue(LoginTest.login(token));
    for (int i = 0; i < calls; i++) {
      server.enqueue(json(200, "{}"));
    }
  }

  private int taken;

  /** How many of the requests received since the last look were logins. */
  int logins() throws InterruptedException {
    int logins = 0;
    for (; taken < server.getRequestCount(); taken++) {
      if (server.takeRequest().getPath().equals("/api/auth/login")) {
        logins++;
      }
    }
    return logins;
  }

  @ParameterizedTest(name = "async: {0}")
  @ValueSource(booleans = {false, true})
  void aTokenShorterLivedThanTheRenewalMarginServesThreeQuartersOfItsLife(boolean async)
      throws Exception {
    // 30 s of life against the default 60 s margin.
    enqueueLoginAndCalls(jwt("short-1", null, clock.instant().plusSeconds(30)), 11);
    FaciliooClient client = loginClient();

    for (int i = 0; i < 10; i++) {
      call(client, get("/api/x"), JsonNode.class, async);
    }
    clock.advance(Duration.ofSeconds(22));
    call(client, get("/api/x"), JsonNode.class, async);
    assertEquals(1, logins(), "10 calls at once and one 22 s later: one login");

    clock.advance(Duration.ofMillis(500)); // three quarters of its life: renewed
    enqueueLoginAndCalls(jwt("short-2", null, clock.instant().plusSeconds(30)), 1);
    call(client, get("/api/x"), JsonNode.class, async);
    assertEquals(1, logins());
  }

  @Test
  void aTokenThatLooksExpiredOnArrivalIsUsedUntilTheServerRejectsIt() throws Exception {
    // The client's clock runs ten minutes ahead of the server's, and the token names no iat.
    enqueueLoginAndCalls(jwt("skewed-1", null, clock.instant().minus(Duration.ofMinutes(10))), 10);
    FaciliooClient client = loginClient();

    for (int i = 0; i < 10; i++) {
      client.execute(get("/api/x"), JsonNode.class);
    }
    assertEquals(1, logins(), "10 calls, one login");

    server.enqueue(json(401, "{\"title\":\"token expired\"}"));
    enqueueLoginAndCalls(jwt("skewed-2", null, clock.instant().plus(Duration.ofMinutes(50))), 1);
    client.execute(get("/api/x"), JsonNode.class);
    assertEquals(1, logins(), "renewed once the server rejected it");
  }

  @Test
  void aTokenNamingWhenItWasIssuedLivesItsLifetimeOnTheClientsClock() throws Exception {
    // The server's clock is two hours behind: exp lies an hour in the client's past.
    Instant serverNow = clock.instant().minus(Duration.ofHours(2));
    enqueueLoginAndCalls(jwt("behind", serverNow, serverNow.plus(Duration.ofHours(1))), 11);
    FaciliooClient client = loginClient();

    for (int i = 0; i < 10; i++) {
      client.execute(get("/api/x"), JsonNode.class);
    }
    clock.advance(Duration.ofMinutes(58));
    client.execute(get("/api/x"), JsonNode.class);
    assertEquals(1, logins(), "used for its hour, less the margin");

    clock.advance(Duration.ofMinutes(1)); // 60 s before the hour ends: renewed
    enqueueLoginAndCalls(jwt("next", serverNow, serverNow.plus(Duration.ofHours(2))), 1);
    client.execute(get("/api/x"), JsonNode.class);
    assertEquals(1, logins());
  }
}

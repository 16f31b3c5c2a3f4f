package io.github.facilioo4j.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.facilioo4j.core.errors.FaciliooServiceException;
import io.github.facilioo4j.core.errors.UnauthorizedException;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.Test;

/**
 * Regression (found by the secret canary suite): a server that echoed the bearer token or the login
 * password in an error answer made the SDK repeat it in the exception's message, raw body, problem
 * and headers.
 */
class EchoedSecretsTest extends ClientTestSupport {
  private static final String SECRET_TOKEN = "ECHOED-TOKEN-41b7";
  private static final String SECRET_PASSWORD = "ECHOED-PASSWORD-9c0e";

  private static void assertClean(FaciliooServiceException e, String secret) {
    String all = e.getMessage() + e.rawBody() + e.headers() + e.problem();
    assertFalse(all.contains(secret), all);
    assertTrue(all.contains("****"), all);
  }

  @Test
  void tokenEchoedInAnErrorAnswerIsRemovedFromTheException() {
    server.enqueue(
        json(401, "{\"title\":\"Bad token Bearer " + SECRET_TOKEN + "\"}")
            .setHeader("x-echo", "Bearer " + SECRET_TOKEN)
            .setHeader(
                "WWW-Authenticate",
                "Bearer error=\"invalid_token\", error_description=\"" + SECRET_TOKEN + "\""));
    FaciliooClient client = client(b -> b.token(SECRET_TOKEN));

    UnauthorizedException e =
        assertThrows(
            UnauthorizedException.class, () -> client.execute(get("/api/x"), JsonNode.class));

    assertClean(e, SECRET_TOKEN);
    assertEquals("Bearer ****", e.headers().get("x-echo").get(0));
  }

  @Test
  void renewedAndRejectedTokensAreBothRemovedAfterAReplay() {
    String[] tokens = {SECRET_TOKEN + "-1", SECRET_TOKEN + "-2"};
    int[] next = {0};
    server.enqueue(json(401, "{}"));
    server.enqueue(json(503, "{\"detail\":\"" + tokens[0] + " then " + tokens[1] + "\"}"));
    FaciliooClient client =
        client(
            b ->
                b.maxRetries(0)
                    .tokenProvider(TokenProvider.fromSupplier(() -> tokens[next[0]++ % 2])));

    FaciliooServiceException e =
        assertThrows(
            FaciliooServiceException.class, () -> client.execute(get("/api/x"), JsonNode.class));

    assertEquals(503, e.statusCode());
    assertClean(e, SECRET_TOKEN);
  }

  @Test
  void successBodiesAreNeverAltered() {
    server.enqueue(json(200, "{\"echo\":\"" + SECRET_TOKEN + "\"}"));
    FaciliooClient client = client(b -> b.token(SECRET_TOKEN));

    assertEquals(
        SECRET_TOKEN, client.execute(get("/api/x"), JsonNode.class).value().get("echo").asText());
  }

  @Test
  void passwordEchoedInTheHeadersOfARefusedLoginIsRemoved() {
    server.enqueue(
        new MockResponse().setResponseCode(400).setHeader("x-echo", "password=" + SECRET_PASSWORD));
    LoginTokenProvider login =
        LoginTokenProvider.builder().email("a@b.example").password(SECRET_PASSWORD).build();
    FaciliooClient client = client(b -> b.tokenProvider(login));

    UnauthorizedException e =
        assertThrows(
            UnauthorizedException.class, () -> client.execute(get("/api/x"), JsonNode.class));

    assertEquals("password=****", e.headers().get("x-echo").get(0));
    assertFalse(e.getMessage().contains(SECRET_PASSWORD));
  }

  @Test
  void aTokenCutInTwoByTheRawBodyLimitIsMaskedWhole() {
    String padding = "x".repeat(FaciliooServiceException.MAX_RAW_BODY_BYTES - 20);
    String body = "{\"detail\":\"" + padding + SECRET_TOKEN.replace("-", "\\u002D") + "\"}";
    server.enqueue(json(500, body));
    FaciliooClient client = client(b -> b.token(SECRET_TOKEN).maxRetries(0));

    FaciliooServiceException e =
        assertThrows(
            FaciliooServiceException.class, () -> client.execute(get("/api/x"), JsonNode.class));

    assertTrue(e.isRawBodyTruncated());
    assertEquals("{\"detail\":\"" + padding + "****", e.rawBody());
    assertEquals(padding + "****", e.problem().detail().orElse(""));
    assertFalse(e.getMessage().contains("ECHOED"), e.getMessage());
  }
}

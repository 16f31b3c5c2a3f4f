package io.github.facilioo4j.core;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.facilioo4j.core.errors.FaciliooServiceException;
import io.github.facilioo4j.core.errors.UnauthorizedException;
import io.github.facilioo4j.core.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.Test;

/** Canary secrets must appear in no log line, exception message or toString(). */
class SecretsTest extends ClientTestSupport {
  static final String CANARY_TOKEN = "CANARY-TOKEN-5f1c9e";
  static final String CANARY_PASSWORD = "CANARY-PASSWORD-a77b";
  static final String CANARY_ACCESS = "CANARY-ACCESS-3c2d";

  private final List<String> texts = new ArrayList<>();

  private void assertNoCanary() {
    List<String> all = new ArrayList<>(texts);
    all.addAll(CapturingLogs.lines());
    assertFalse(all.isEmpty());
    assertTrue(CapturingLogs.lines().size() > 2, "the run logged at DEBUG");
    for (String text : all) {
      for (String canary : new String[] {CANARY_TOKEN, CANARY_PASSWORD, CANARY_ACCESS}) {
        assertFalse(text.contains(canary), "secret leaked into: " + text);
      }
    }
  }

  @Test
  void staticTokenNeverAppearsInLogsMessagesOrToString() {
    server.enqueue(json(503, "{}"));
    server.enqueue(json(200, "{}"));
    server.enqueue(json(401, "{\"title\":\"bad token\"}"));
    FaciliooClient client = client(b -> b.token(CANARY_TOKEN));

    client.execute(get("/api/x"), JsonNode.class);
    UnauthorizedException e =
        assertThrows(
            UnauthorizedException.class, () -> client.execute(get("/api/y"), JsonNode.class));

    texts.add(e.getMessage());
    texts.add(e.toString());
    texts.add(e.rawBody());
    texts.add(client.toString());
    texts.add(client.options().toString());
    texts.add(client.options().tokenProvider().toString());
    texts.add(
        HttpRequest.builder()
            .url("https://x.de/a")
            .header("Authorization", "Bearer " + CANARY_TOKEN)
            .build()
            .toString());
    texts.add(RequestOptions.builder().header("x-api-key", CANARY_TOKEN).build().toString());
    assertNoCanary();
  }

  @Test
  void passwordAndLoginTokensNeverAppearInLogsMessagesOrToString() {
    // A server that echoes the password must not make the SDK repeat it.
    server.enqueue(json(400, "{\"title\":\"Invalid login for password " + CANARY_PASSWORD + "\"}"));
    server.enqueue(
        json(
            200,
            "{\"accessToken\":\""
                + CANARY_ACCESS
                + "\",\"refreshToken\":\""
                + CANARY_TOKEN
                + "\"}"));
    server.enqueue(json(401, "{}"));
    server.enqueue(json(200, "{\"accessToken\":\"" + CANARY_ACCESS + "-2\"}"));
    server.enqueue(new MockResponse().setResponseCode(204));
    LoginTokenProvider provider =
        LoginTokenProvider.builder().email("sync@acme.example").password(CANARY_PASSWORD).build();
    FaciliooClient client = client(b -> b.tokenProvider(provider));

    FaciliooServiceException failed =
        assertThrows(
            FaciliooServiceException.class, () -> client.execute(get("/api/x"), JsonNode.class));
    client.execute(get("/api/x"), Void.class);

    texts.add(failed.getMessage());
    texts.add(failed.rawBody());
    texts.add(failed.problem().toString());
    texts.add(provider.toString());
    texts.add(client.toString());
    assertTrue(failed.getMessage().contains("sync@acme.example"), failed.getMessage());
    assertNoCanary();
  }
}

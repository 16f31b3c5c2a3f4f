package io.github.facilioo4j.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.facilioo4j.core.errors.UnexpectedStatusException;
import java.io.IOException;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;

/** Regression: redirects used to be followed, re-sending a POST to wherever a 307 pointed. */
class RedirectTest extends ClientTestSupport {
  @Test
  void temporaryRedirectOfAPostIsNotFollowedSoTheBodyIsSentOnce() throws IOException {
    try (MockWebServer other = new MockWebServer()) {
      other.enqueue(json(201, "{\"id\":1}"));
      server.enqueue(
          new MockResponse().setResponseCode(307).setHeader("Location", other.url("/api/x")));
      ApiRequest post =
          ApiRequest.builder().method("POST").path("/api/x").body(java.util.Map.of("a", 1)).build();

      UnexpectedStatusException e =
          assertThrows(
              UnexpectedStatusException.class, () -> client().execute(post, JsonNode.class));

      assertEquals(307, e.statusCode());
      assertEquals(other.url("/api/x").toString(), e.headers().get("Location").get(0));
      assertEquals(1, server.getRequestCount());
      assertEquals(0, other.getRequestCount());
    }
  }

  @Test
  void redirectOfAGetToAnotherHostIsNotFollowed() throws IOException {
    try (MockWebServer other = new MockWebServer()) {
      other.enqueue(json(200, "{}"));
      server.enqueue(
          new MockResponse()
              .setResponseCode(302)
              .setHeader("Location", "http://127.0.0.1:" + other.getPort() + "/api/x"));

      UnexpectedStatusException e =
          assertThrows(
              UnexpectedStatusException.class,
              () -> client().execute(get("/api/x"), JsonNode.class));

      assertEquals(302, e.statusCode());
      assertEquals(0, other.getRequestCount());
      assertEquals(0, sleeper.delays().size(), "a redirect is not retried either");
    }
  }
}

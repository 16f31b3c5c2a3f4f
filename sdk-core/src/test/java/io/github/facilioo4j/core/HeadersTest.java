package io.github.facilioo4j.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

class HeadersTest extends ClientTestSupport {
  record Item(int id, String name) {}

  @Test
  void everyRequestCarriesTheDefaultHeaders() throws Exception {
    server.enqueue(json(200, "{\"id\":7,\"name\":\"leak\"}"));

    ApiResponse<Item> response = client().execute(get("/api/processes/7"), Item.class);

    assertEquals(new Item(7, "leak"), response.value());
    assertEquals(200, response.statusCode());
    RecordedRequest request = server.takeRequest();
    assertEquals("GET", request.getMethod());
    assertEquals("/api/processes/7", request.getPath());
    assertEquals("Bearer " + TOKEN, request.getHeader("Authorization"));
    assertEquals("2.0", request.getHeader("api-version"));
    assertEquals("application/json", request.getHeader("Accept"));
    assertEquals("facilioo-java/" + SdkVersion.VALUE, request.getHeader("User-Agent"));
    assertFalse(SdkVersion.VALUE.contains("null") || SdkVersion.VALUE.contains("${"));
    assertFalse(SdkVersion.VALUE.equals("unknown"), "the filtered resource must carry the version");
    assertNull(request.getHeader("Accept-Language"));
    assertNull(request.getHeader("x-client-name"));
    assertNull(request.getHeader("x-client-version"));
  }

  @Test
  void configuredLanguageVersionAndClientIdentityAreSent() throws Exception {
    server.enqueue(json(200, "{}"));
    FaciliooClient client =
        client(
            b ->
                b.apiVersion(ApiVersion.V1)
                    .language(Language.GERMAN)
                    .clientName("acme-erp-sync")
                    .clientVersion("1.4.2"));

    client.execute(get("/api/units"), JsonNode.class);

    RecordedRequest request = server.takeRequest();
    assertEquals("1.0", request.getHeader("api-version"));
    assertEquals("de-DE", request.getHeader("Accept-Language"));
    assertEquals("acme-erp-sync", request.getHeader("x-client-name"));
    assertEquals("1.4.2", request.getHeader("x-client-version"));
  }

  @Test
  void requestOptionsOverrideLanguageVersionAndAddHeaders() throws Exception {
    server.enqueue(json(200, "{}"));
    FaciliooClient client = client(b -> b.language(Language.GERMAN));
    RequestOptions overrides =
        RequestOptions.builder()
            .apiVersion(ApiVersion.V1)
            .language(Language.of("en-GB"))
            .timeout(Duration.ofSeconds(5))
            .header("x-trace", "abc")
            .header("Accept", "application/problem+json")
            .build();

    client.execute(
        ApiRequest.builder().path("/api/units").options(overrides).build(), JsonNode.class);

    RecordedRequest request = server.takeRequest();
    assertEquals("1.0", request.getHeader("api-version"));
    assertEquals("en-GB", request.getHeader("Accept-Language"));
    assertEquals("abc", request.getHeader("x-trace"));
    assertEquals("application/problem+json", request.getHeader("Accept"));
    assertEquals(1, request.getHeaders().values("Accept").size());
    assertEquals("Bearer " + TOKEN, request.getHeader("Authorization"));
  }

  @Test
  void derivedClientChangesHeadersAndKeepsTheParentUnchanged() throws Exception {
    server.enqueue(json(200, "{}"));
    server.enqueue(json(200, "{}"));
    FaciliooClient parent = client();
    FaciliooClient derived = track(parent.withOptions(b -> b.language(Language.of("fr"))));

    derived.execute(get("/api/units"), JsonNode.class);
    parent.execute(get("/api/units"), JsonNode.class);

    assertEquals("fr", server.takeRequest().getHeader("Accept-Language"));
    RecordedRequest second = server.takeRequest();
    assertNull(second.getHeader("Accept-Language"));
    // The second request reused the first one's connection: the pool is shared.
    assertEquals(1, second.getSequenceNumber());
  }

  @Test
  void bodyIsSentAsJsonAndPathAndQueryAreEncoded() throws Exception {
    server.enqueue(json(201, "{\"id\":1,\"name\":\"x\"}"));

    ApiRequest request =
        ApiRequest.builder()
            .method("post")
            .path("/api/things/{id}/sub", "a b/ä")
            .query("q", "x&y=z ü")
            .query("pageNumber", 1)
            .query("skipped", null)
            .body(new Item(1, "Wasserschaden"))
            .build();
    ApiResponse<Item> response = client().execute(request, Item.class);

    assertEquals(201, response.statusCode());
    RecordedRequest recorded = server.takeRequest();
    assertEquals("POST", recorded.getMethod());
    assertEquals(
        "/api/things/a%20b%2F%C3%A4/sub?q=x%26y%3Dz%20%C3%BC&pageNumber=1", recorded.getPath());
    assertTrue(recorded.getHeader("Content-Type").startsWith("application/json"));
    assertEquals("{\"id\":1,\"name\":\"Wasserschaden\"}", recorded.getBody().readUtf8());
  }

  @Test
  void voidIgnoresTheBodyAndAnswers204() throws Exception {
    server.enqueue(new okhttp3.mockwebserver.MockResponse().setResponseCode(204));
    server.enqueue(json(200, "not even json"));
    FaciliooClient client = client();

    ApiResponse<Void> deleted =
        client.execute(ApiRequest.builder().method("DELETE").path("/api/x/1").build(), Void.class);
    ApiResponse<Void> ignored = client.execute(get("/api/x/1"), Void.class);

    assertEquals(204, deleted.statusCode());
    assertNull(deleted.value());
    assertEquals(200, ignored.statusCode());
    assertEquals("DELETE", server.takeRequest().getMethod());
  }

  @Test
  void responseHeadersAreReadCaseInsensitively() throws Exception {
    server.enqueue(json(200, "{}").setHeader("X-Request-Id", "req-42"));

    ApiResponse<JsonNode> response = client().execute(get("/api/x"), JsonNode.class);

    assertEquals("req-42", response.header("x-request-id").orElse(null));
    assertEquals("req-42", response.requestId().orElse(null));
  }
}

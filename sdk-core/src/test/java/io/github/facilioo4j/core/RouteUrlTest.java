package io.github.facilioo4j.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.List;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

/**
 * Every request goes to exactly the URL its route and values make, whether the route's fixed part
 * was resolved before or not: a base URL with a path, placeholders first or last, values that need
 * encoding, a query, and more distinct routes than the client resolves ahead.
 */
class RouteUrlTest extends ClientTestSupport {
  @Test
  void eachRequestGoesToTheUrlOfItsRouteAndValues() throws Exception {
    FaciliooClient client = client();
    List<ApiRequest> requests =
        Arrays.asList(
            ApiRequest.builder().method("GET").path("/api/processes").build(),
            ApiRequest.builder().method("GET").path("/api/processes").build(),
            ApiRequest.builder().method("GET").path("/api/processes/{id}", 4711).build(),
            ApiRequest.builder().method("GET").path("/api/processes/{id}", "a b/c").build(),
            ApiRequest.builder().method("GET").path("/api/processes/{id}/process-stage", 7).build(),
            ApiRequest.builder()
                .method("GET")
                .path("/api/processes")
                .query("pageNumber", 2)
                .query("q", "ä&x")
                .build(),
            ApiRequest.builder().method("GET").path("/{tenant}/processes", "t 1").build(),
            ApiRequest.builder().method("GET").path("/api/weird seg/{id}", 1).build(),
            ApiRequest.builder().method("GET").path("/api/./x").build());
    List<String> expected =
        Arrays.asList(
            "/api/processes",
            "/api/processes",
            "/api/processes/4711",
            "/api/processes/a%20b%2Fc",
            "/api/processes/7/process-stage",
            "/api/processes?pageNumber=2&q=%C3%A4%26x",
            "/t%201/processes",
            "/api/weird%20seg/1",
            "/api/x");

    for (int i = 0; i < requests.size(); i++) {
      server.enqueue(json(200, "{}"));
      client.execute(requests.get(i), JsonNode.class);
      RecordedRequest sent = server.takeRequest();
      assertEquals(expected.get(i), sent.getPath(), "request " + i);
      assertEquals("GET", sent.getMethod());
    }
  }

  @Test
  void aBaseUrlWithAPathKeepsItAndManyDistinctRoutesAllGoWhereTheyShould() throws Exception {
    FaciliooClient client = client(options -> options.baseUrl(baseUrl() + "/tenant-a"));
    // Fill the client's routes as an application building paths with values inline would; the
    // requests below then come after its last resolved route.
    OkHttpTransport.ApiBase routes = client.okHttpTransport().apiBase;
    for (int i = 0; i < OkHttpTransport.ApiBase.MAX_ROUTES; i++) {
      routes.prefix("/api/filled/" + i + "/{part}");
    }
    for (int i = 0; i < 5; i++) {
      server.enqueue(json(200, "{}"));
      client.execute(
          ApiRequest.builder().method("GET").path("/api/processes/" + i + "/{part}", "x").build(),
          JsonNode.class);
      assertEquals("/tenant-a/api/processes/" + i + "/x", server.takeRequest().getPath());
    }
    server.enqueue(json(200, "{}"));
    client.execute(
        ApiRequest.builder().method("GET").path("/api/filled/3/{part}", "y").build(),
        JsonNode.class);
    assertEquals("/tenant-a/api/filled/3/y", server.takeRequest().getPath());
  }
}

package io.github.facilioo4j.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.UnknownHostException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import okhttp3.Dns;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A plain-http base URL on {@code localhost} reaches this machine, whatever resolver or proxy the
 * application's OkHttp client has: the bearer token never travels in clear to another host.
 */
class LoopbackRoutingTest {
  private static final String TOKEN = "loopback-token-8d1e";

  private MockWebServer api;
  private MockWebServer elsewhere;
  private final List<String> lookups = new CopyOnWriteArrayList<>();
  private OkHttpClient application;

  @BeforeEach
  void start() throws IOException {
    api = new MockWebServer();
    api.start(InetAddress.getLoopbackAddress(), 0);
    elsewhere = new MockWebServer();
    elsewhere.start(InetAddress.getLoopbackAddress(), 0);
  }

  @AfterEach
  void stop() throws IOException {
    try {
      if (application != null) {
        application.dispatcher().executorService().shutdown();
        application.connectionPool().evictAll();
      }
    } finally {
      api.shutdown();
      elsewhere.shutdown();
    }
  }

  private ApiResponse<Void> retrieve(OkHttpClient okHttp) {
    application = okHttp;
    FaciliooOptions options =
        FaciliooOptions.builder()
            .baseUrl("http://localhost:" + api.getPort())
            .token(TOKEN)
            .okHttpClient(okHttp)
            .maxRetries(0)
            .build();
    try (FaciliooClient client = FaciliooClient.create(options)) {
      return client.execute(
          ApiRequest.builder().method("GET").path("/api/processes/{id}", 7).build(), Void.class);
    }
  }

  private void assertOnlyTheLoopbackApiGotTheToken() throws InterruptedException {
    RecordedRequest request = api.takeRequest(5, TimeUnit.SECONDS);
    assertEquals("/api/processes/7", request.getPath());
    assertEquals("Bearer " + TOKEN, request.getHeader("Authorization"));
    assertEquals(1, api.getRequestCount());
    assertEquals(0, elsewhere.getRequestCount());
  }

  @Test
  void localhostIsNotAskedOfTheApplicationsResolver() throws Exception {
    api.enqueue(new MockResponse().setHeader("Content-Type", "application/json").setBody("{}"));
    // A resolver that would send localhost anywhere; here it refuses, to fail fast if asked.
    Dns resolver =
        host -> {
          lookups.add(host);
          throw new UnknownHostException("the application's resolver was asked for " + host);
        };

    ApiResponse<Void> response = retrieve(new OkHttpClient.Builder().dns(resolver).build());

    assertEquals(200, response.statusCode());
    assertEquals(List.of(), lookups);
    assertOnlyTheLoopbackApiGotTheToken();
  }

  @Test
  void aLoopbackBaseUrlBypassesTheApplicationsProxy() throws Exception {
    api.enqueue(new MockResponse().setHeader("Content-Type", "application/json").setBody("{}"));
    elsewhere.enqueue(
        new MockResponse().setHeader("Content-Type", "application/json").setBody("{}"));
    Proxy proxy =
        new Proxy(
            Proxy.Type.HTTP, new InetSocketAddress(elsewhere.getHostName(), elsewhere.getPort()));

    ApiResponse<Void> response = retrieve(new OkHttpClient.Builder().proxy(proxy).build());

    assertEquals(200, response.statusCode());
    assertOnlyTheLoopbackApiGotTheToken();
  }
}

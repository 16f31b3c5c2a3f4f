package io.github.facilioo4j.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.facilioo4j.core.FaciliooOptions;
import io.github.facilioo4j.processes.ProcessesClient;
import io.github.facilioo4j.processes.model.ProcessCreate;
import io.github.facilioo4j.testkit.FakeClock;
import io.github.facilioo4j.testkit.RecordingSleeper;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * One MockWebServer per test and an application-supplied OkHttpClient whose connection pool and
 * response bodies the test observes. The SDK derives its own client from it, sharing the pool.
 */
abstract class LoopbackServerSupport {
  static final String TOKEN = "reliability-token";

  final FakeClock clock = new FakeClock(Instant.parse("2026-03-02T08:00:00Z"));
  final RecordingSleeper sleeper = new RecordingSleeper();
  final BodyTracker bodies = new BodyTracker();
  final List<ProcessesClient> clients = new ArrayList<>();
  MockWebServer server;
  OkHttpClient okHttp;

  @BeforeEach
  void startServer() throws IOException {
    server = new MockWebServer();
    server.start();
    okHttp = new OkHttpClient.Builder().addInterceptor(bodies).build();
  }

  @AfterEach
  void stopServer() throws IOException {
    try {
      clients.forEach(ProcessesClient::close);
      okHttp.dispatcher().executorService().shutdown();
      okHttp.connectionPool().evictAll();
    } finally {
      server.shutdown();
    }
  }

  String baseUrl(MockWebServer s) {
    String url = s.url("/").toString();
    return url.substring(0, url.length() - 1);
  }

  FaciliooOptions.Builder options() {
    return FaciliooOptions.builder()
        .baseUrl(baseUrl(server))
        .token(TOKEN)
        .clock(clock)
        .sleeper(sleeper)
        .maxRetries(2)
        .connectTimeout(Duration.ofSeconds(2))
        .readTimeout(Duration.ofSeconds(5))
        .callTimeout(Duration.ofSeconds(10))
        .okHttpClient(okHttp);
  }

  ProcessesClient client(Consumer<FaciliooOptions.Builder> change) {
    FaciliooOptions.Builder b = options();
    change.accept(b);
    ProcessesClient client = ProcessesClient.create(b.build());
    clients.add(client);
    return client;
  }

  ProcessesClient client() {
    return client(b -> {});
  }

  /**
   * Asserts that the server saw {@code requests} requests, that no connection is still in use, that
   * every response body the SDK received was closed, and that the pool is empty after evicting its
   * idle connections.
   */
  void assertRequestsAndNoLeaks(int requests) {
    assertEquals(requests, server.getRequestCount(), "requests the server saw");
    assertNoLeaks();
  }

  void assertNoLeaks() {
    assertEquals(bodies.opened(), bodies.closed(), "response bodies left open");
    // Not "idle == total": with more idle connections than the pool keeps (5), OkHttp's cleanup
    // thread closes the surplus while the two counts are read, one after the other. Evicting
    // leaves exactly the connections in use, whatever the cleanup thread does meanwhile.
    okHttp.connectionPool().evictAll();
    assertEquals(0, okHttp.connectionPool().connectionCount(), "a connection is still in use");
  }

  static MockResponse json(int status, String body) {
    return new MockResponse()
        .setResponseCode(status)
        .setHeader("Content-Type", "application/json; charset=utf-8")
        .setBody(body);
  }

  static MockResponse process(int id) {
    return json(200, "{\"id\":" + id + ",\"subject\":\"Leak in unit " + id + "\",\"unitId\":3}");
  }

  static ProcessCreate newProcess() {
    return ProcessCreate.builder().report("<p>Leak</p>").contactId(1).typeId(2).unitId(3).build();
  }
}

package io.github.facilioo4j.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Starts a MockWebServer per test, builds clients against it with a fake clock and a recording
 * sleeper, and checks after each test that every response was closed.
 */
abstract class ClientTestSupport {
  static final String TOKEN = "test-token-1";

  MockWebServer server;
  final FakeClock clock = new FakeClock(Instant.parse("2026-01-15T10:00:00Z"));
  final RecordingSleeper sleeper = new RecordingSleeper();
  private final List<FaciliooClient> clients = new ArrayList<>();

  @BeforeEach
  void startServer() throws IOException {
    server = new MockWebServer();
    server.start();
    CapturingLogs.start();
  }

  @AfterEach
  void closeClientsAndCheckNothingLeaked() throws IOException {
    try {
      // Closing a client evicts the idle connections of the pool it owns, leaving exactly those in
      // use. Comparing the idle and total counts instead would race with OkHttp's cleanup thread,
      // which closes the idle connections beyond 5 while the two counts are read.
      clients.forEach(FaciliooClient::close);
      for (FaciliooClient client : clients) {
        OkHttpTransport transport = client.okHttpTransport();
        // A connection still in use means that a response was never closed.
        if (transport.ownsResources()) {
          assertEquals(
              0, transport.connectionCount(), "connections still in use: a response was left open");
        } else {
          // The application's pool, which closing leaves alone; such tests hold few connections.
          assertEquals(
              transport.idleConnectionCount(),
              transport.connectionCount(),
              "connections still in use: a response was left open");
        }
      }
    } finally {
      server.shutdown();
    }
  }

  String baseUrl() {
    String url = server.url("/").toString();
    return url.substring(0, url.length() - 1);
  }

  FaciliooOptions.Builder options() {
    return FaciliooOptions.builder()
        .baseUrl(baseUrl())
        .token(TOKEN)
        .clock(clock)
        .sleeper(sleeper)
        // A test that waits for an answer never enqueued fails fast instead of hanging.
        .callTimeout(Duration.ofSeconds(10));
  }

  /** A client whose retry jitter is fixed at its maximum, so delays are exact. */
  FaciliooClient client(Consumer<FaciliooOptions.Builder> change) {
    FaciliooOptions.Builder builder = options();
    change.accept(builder);
    return track(FaciliooClient.create(builder.build(), () -> 1.0));
  }

  FaciliooClient client() {
    return client(b -> {});
  }

  FaciliooClient track(FaciliooClient client) {
    clients.add(client);
    return client;
  }

  /**
   * Runs a call synchronously or asynchronously; an async failure is rethrown as the very exception
   * the future completed with, so that both modes can share one test body.
   */
  static <T> ApiResponse<T> call(
      FaciliooClient client, ApiRequest request, Class<T> type, boolean async) {
    if (!async) {
      return client.execute(request, type);
    }
    try {
      return client.executeAsync(request, type).get(30, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new AssertionError(e);
    } catch (InterruptedException | TimeoutException e) {
      throw new AssertionError(e);
    }
  }

  static MockResponse json(int status, String body) {
    return new MockResponse()
        .setResponseCode(status)
        .setHeader("Content-Type", "application/json")
        .setBody(body);
  }

  static ApiRequest get(String path) {
    return ApiRequest.builder().method("GET").path(path).build();
  }
}

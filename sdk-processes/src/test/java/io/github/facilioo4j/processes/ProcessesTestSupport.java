package io.github.facilioo4j.processes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.facilioo4j.core.FaciliooOptions;
import io.github.facilioo4j.core.internal.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Starts a MockWebServer per test and a {@link ProcessesClient} against it, and checks after each
 * test that no connection was left in use (a response that was never closed).
 */
abstract class ProcessesTestSupport {
  static final String TOKEN = "test-token-1";

  /** How a test body sends its call: blocking, or through the async twin. */
  enum Mode {
    SYNC,
    ASYNC
  }

  MockWebServer server;
  // The test owns this OkHttp client, so it can inspect the connection pool and shut it down.
  OkHttpClient okHttp;
  ProcessesClient processes;

  @BeforeEach
  void startServerAndClient() throws IOException {
    server = new MockWebServer();
    server.start();
    okHttp = new OkHttpClient();
    processes = ProcessesClient.create(options().build());
  }

  @AfterEach
  void closeAndCheckNothingLeaked() throws IOException {
    try {
      processes.close();
      // Evicting leaves exactly the connections in use; comparing the idle and total counts would
      // race with the pool's cleanup thread, which closes the idle connections beyond 5.
      okHttp.connectionPool().evictAll();
      assertEquals(
          0,
          okHttp.connectionPool().connectionCount(),
          "connections still in use: a response was left open");
    } finally {
      okHttp.dispatcher().executorService().shutdown();
      okHttp.connectionPool().evictAll();
      server.shutdown();
    }
  }

  FaciliooOptions.Builder options() {
    String url = server.url("/").toString();
    return FaciliooOptions.builder()
        .baseUrl(url.substring(0, url.length() - 1))
        .token(TOKEN)
        .okHttpClient(okHttp)
        .maxRetries(0)
        // A test that waits for an answer never enqueued fails fast instead of hanging.
        .callTimeout(Duration.ofSeconds(10));
  }

  void enqueueJson(int status, String json) {
    server.enqueue(
        new MockResponse()
            .setResponseCode(status)
            .setHeader("Content-Type", "application/json")
            .setHeader("x-request-id", "req-" + status)
            .setBody(json));
  }

  void enqueueProblem(int status, String json) {
    server.enqueue(
        new MockResponse()
            .setResponseCode(status)
            .setHeader("Content-Type", "application/problem+json")
            .setBody(json));
  }

  RecordedRequest takeRequest() throws InterruptedException {
    RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
    assertNotNull(request, "no request was sent");
    return request;
  }

  static String process(int id, int unitId, String externalId, String deleted) {
    return "{\"id\":"
        + id
        + ",\"unitId\":"
        + unitId
        + ",\"subject\":\"Process "
        + id
        + "\",\"externalId\":"
        + (externalId == null ? "null" : "\"" + externalId + "\"")
        + ",\"deleted\":"
        + (deleted == null ? "null" : "\"" + deleted + "\"")
        + "}";
  }

  static String process(int id) {
    return process(id, 77, null, null);
  }

  /** A page envelope with the given items, numbered as the server would number it. */
  static String page(int pageNumber, int totalPages, int pageSize, String... items) {
    return "{\"items\":["
        + String.join(",", items)
        + "],\"pageNumber\":"
        + pageNumber
        + ",\"pageSize\":"
        + pageSize
        + ",\"totalPages\":"
        + totalPages
        + ",\"totalCount\":"
        + (totalPages * pageSize)
        + ",\"hasPreviousPage\":"
        + (pageNumber > 1)
        + ",\"hasNextPage\":"
        + (pageNumber < totalPages)
        + "}";
  }

  static JsonNode json(String text) {
    try {
      return Json.mapper().readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void assertJsonBody(String expected, RecordedRequest request) {
    assertEquals(json(expected), json(request.getBody().readUtf8()));
  }

  /**
   * Waits for a future and rethrows its failure as the exception itself, after checking that the
   * future was completed with it directly and not with a wrapping {@link CompletionException}.
   */
  static <T> T await(CompletableFuture<T> future) {
    try {
      return future.get(10, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      AtomicReference<Throwable> direct = new AtomicReference<>();
      future.whenComplete((value, failure) -> direct.set(failure));
      assertFalse(direct.get() instanceof CompletionException, "failure was wrapped: " + direct);
      if (e.getCause() instanceof RuntimeException) {
        throw (RuntimeException) e.getCause();
      }
      throw new AssertionError(e.getCause());
    } catch (InterruptedException | TimeoutException e) {
      throw new AssertionError(e);
    }
  }
}

package io.github.facilioo4j.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.facilioo4j.core.errors.FaciliooTimeoutException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * OkHttp counts timeouts in whole milliseconds and reads 0 as "no timeout". A positive timeout
 * under 1 ms is rounded up to 1 ms, so a call against a server that never answers still ends with a
 * timeout. (The preemptive limit only keeps a regression from hanging the build: without the
 * rounding the call would wait for the 60 s call timeout.)
 */
class SubMillisecondTimeoutTest extends ClientTestSupport {
  private static final Duration HALF_A_MILLISECOND = Duration.ofNanos(500_000);
  private static final Duration HANG_GUARD = Duration.ofSeconds(20);

  @ParameterizedTest(name = "async: {0}")
  @ValueSource(booleans = {false, true})
  void aReadTimeoutUnderOneMillisecondStillEndsACallTheServerNeverAnswers(boolean async)
      throws InterruptedException {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    FaciliooClient client =
        client(
            b ->
                b.readTimeout(HALF_A_MILLISECOND)
                    .callTimeout(Duration.ofSeconds(60))
                    .maxRetries(0));

    assertTimeoutPreemptively(
        HANG_GUARD,
        () ->
            assertThrows(
                FaciliooTimeoutException.class,
                () -> call(client, get("/api/processes/1"), JsonNode.class, async)));

    // The read timeout starts once the request is written: it reached the server, once.
    assertEquals("GET", server.takeRequest(10, TimeUnit.SECONDS).getMethod());
    assertEquals(1, server.getRequestCount());
  }

  @ParameterizedTest(name = "async: {0}")
  @ValueSource(booleans = {false, true})
  void aPerCallTimeoutUnderOneMillisecondStillEndsACallTheServerNeverAnswers(boolean async) {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    FaciliooClient client = client(b -> b.readTimeout(Duration.ofSeconds(60)).maxRetries(0));
    ApiRequest request =
        ApiRequest.builder()
            .method("GET")
            .path("/api/processes/1")
            .options(RequestOptions.builder().timeout(HALF_A_MILLISECOND).build())
            .build();

    assertTimeoutPreemptively(
        HANG_GUARD,
        () ->
            assertThrows(
                FaciliooTimeoutException.class,
                () -> call(client, request, JsonNode.class, async)));

    // 1 ms may run out before the request is written; it is never sent twice.
    assertTrue(server.getRequestCount() <= 1, "requests: " + server.getRequestCount());
  }
}

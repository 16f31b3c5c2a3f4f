package io.github.facilioo4j.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SandboxFaultsTest {
  final List<Duration> sleeps = new CopyOnWriteArrayList<>();
  FaciliooSandbox sandbox;
  SandboxHttp http;

  @BeforeEach
  void start() {
    sandbox = FaciliooSandbox.builder().sleeper(sleeps::add).start();
    http = new SandboxHttp(sandbox.baseUrl(), FaciliooSandbox.DEFAULT_TOKEN);
  }

  @AfterEach
  void stop() {
    http.close();
    sandbox.close();
  }

  @Test
  void theNextRequestsAnswer503ThenTheApiAnswersAgain() throws Exception {
    sandbox.faults().serviceUnavailable(2);

    SandboxHttp.Result first = http.get("/api/processes");
    assertEquals(503, first.status);
    assertTrue(first.header("Content-Type").startsWith("application/problem+json"));
    assertEquals(503, first.json().get("status").asInt());
    assertEquals(null, first.header("Retry-After"));
    assertEquals(503, http.get("/api/processes").status);
    assertEquals(200, http.get("/api/processes").status);
    assertEquals(0, sandbox.faults().pending());
    assertEquals("503", sandbox.recordedRequests().get(0).fault().get());
    assertFalse(sandbox.recordedRequests().get(2).fault().isPresent());
  }

  @Test
  void faultsHitBeforeAuthenticationAndDoNotProcessTheRequest() throws Exception {
    sandbox.faults().serviceUnavailable(1, Duration.ofSeconds(7));

    SandboxHttp.Result r =
        http.post("/api/processes", SandboxProcessesTest.VALID, "Authorization", null);

    assertEquals(503, r.status);
    assertEquals("7", r.header("Retry-After"));
    assertTrue(sandbox.processes().isEmpty());
  }

  @Test
  void tooManyRequestsCarriesRetryAfterInSeconds() throws Exception {
    sandbox.faults().tooManyRequests(1, Duration.ofMillis(3500)).serviceUnavailable(1);

    SandboxHttp.Result limited = http.get("/api/processes");
    assertEquals(429, limited.status);
    assertEquals("3", limited.header("Retry-After"));
    assertEquals(429, limited.json().get("status").asInt());
    assertEquals(503, http.get("/api/processes").status);
    assertEquals(200, http.get("/api/processes").status);
  }

  @Test
  void badGatewayAnswersWithAnHtmlPage() throws Exception {
    sandbox.faults().badGatewayHtml(1);

    SandboxHttp.Result r = http.get("/api/processes/1");

    assertEquals(502, r.status);
    assertTrue(r.header("Content-Type").startsWith("text/html"));
    assertTrue(r.text.contains("<h1>502 Bad Gateway</h1>"));
  }

  @Test
  void faultsCanBeScopedToAMethodAndPathPrefix() throws Exception {
    sandbox.faults().on("POST", "/api/processes").serviceUnavailable(1);

    assertEquals(200, http.get("/api/processes").status);
    assertEquals(503, http.post("/api/processes", SandboxProcessesTest.VALID).status);
    assertEquals(200, http.post("/api/processes", SandboxProcessesTest.VALID).status);
  }

  @Test
  void delaysGoThroughTheInjectedSleeperAndThenAnswerNormally() throws Exception {
    sandbox.faults().delay(2, Duration.ofSeconds(30));

    assertEquals(200, http.get("/api/processes").status);
    assertEquals(200, http.post("/api/processes", SandboxProcessesTest.VALID).status);
    assertEquals(200, http.get("/api/processes").status);

    assertEquals(List.of(Duration.ofSeconds(30), Duration.ofSeconds(30)), sleeps);
    assertEquals(1, sandbox.processes().size());
  }

  @Test
  void aStalledRequestTripsTheClientTimeoutAndIsProcessedWhenReleased() throws Exception {
    Faults.Stall stall = sandbox.faults().stall(1);
    try (SandboxHttp impatient =
        new SandboxHttp(sandbox.baseUrl(), FaciliooSandbox.DEFAULT_TOKEN, Duration.ofMillis(200))) {
      assertThrows(
          SocketTimeoutException.class,
          () -> impatient.post("/api/processes", SandboxProcessesTest.VALID));
    }
    assertTrue(stall.awaitHeld(1, Duration.ofSeconds(10)));
    assertEquals(1, stall.heldCount());
    assertTrue(sandbox.processes().isEmpty());

    stall.release();
    assertTrue(stall.awaitProcessed(1, Duration.ofSeconds(10)));
    // The client gave up, but the server still processed the create once released.
    assertEquals(1, http.get("/api/processes").json().get("totalCount").asInt());
  }

  @Test
  void aStallHoldsRequestsUntilReleasedWithoutAnyTimeout() throws Exception {
    Faults.Stall stall = sandbox.faults().stall(2);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<SandboxHttp.Result> a = pool.submit(() -> http.get("/api/processes"));
      Future<SandboxHttp.Result> b = pool.submit(() -> http.get("/api/processes"));
      assertTrue(stall.awaitHeld(2, Duration.ofSeconds(10)));
      assertFalse(a.isDone());
      assertFalse(b.isDone());

      stall.release();

      assertEquals(200, a.get(10, TimeUnit.SECONDS).status);
      assertEquals(200, b.get(10, TimeUnit.SECONDS).status);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aConnectionDroppedBeforeProcessingLeavesNoTrace() throws Exception {
    sandbox.faults().dropConnection(1, Faults.DropPoint.BEFORE_PROCESSING);

    assertThrows(IOException.class, () -> http.post("/api/processes", SandboxProcessesTest.VALID));

    assertTrue(sandbox.processes().isEmpty());
    assertEquals("drop before processing", sandbox.takeRequest().fault().get());
    assertEquals(200, http.post("/api/processes", SandboxProcessesTest.VALID).status);
    assertEquals(1, sandbox.processes().size());
  }

  @Test
  void aConnectionDroppedAfterProcessingHasCreatedTheProcess() throws Exception {
    sandbox.faults().dropConnection(1, Faults.DropPoint.AFTER_PROCESSING);

    assertThrows(IOException.class, () -> http.post("/api/processes", SandboxProcessesTest.VALID));

    assertEquals(1, sandbox.processes().size());
    assertEquals("POST", sandbox.takeRequest().method());
  }

  @Test
  void resetClearsPendingFaultsAndFaultArgumentsAreChecked() throws Exception {
    sandbox.faults().serviceUnavailable(3);
    assertEquals(3, sandbox.faults().pending());

    sandbox.reset();

    assertEquals(0, sandbox.faults().pending());
    assertEquals(200, http.get("/api/processes").status);
    assertThrows(IllegalArgumentException.class, () -> sandbox.faults().serviceUnavailable(0));
    assertThrows(
        IllegalArgumentException.class, () -> sandbox.faults().delay(1, Duration.ofSeconds(-1)));
  }
}

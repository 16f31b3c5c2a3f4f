package io.github.facilioo4j.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.facilioo4j.core.errors.FaciliooIoException;
import io.github.facilioo4j.core.errors.FaciliooTimeoutException;
import io.github.facilioo4j.core.errors.RateLimitException;
import io.github.facilioo4j.core.errors.ServerException;
import io.github.facilioo4j.processes.CreateResult;
import io.github.facilioo4j.processes.ProcessesClient;
import io.github.facilioo4j.processes.model.ProcessCreate;
import io.github.facilioo4j.processes.model.ProcessRead;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sandbox's injected faults, met by the SDK's retries, timeouts and typed exceptions. */
class SandboxFaultsThroughSdkTest {
  final RecordingSleeper sleeper = new RecordingSleeper();
  FaciliooSandbox sandbox;
  ProcessesClient processes;

  @BeforeEach
  void start() {
    sandbox = FaciliooSandbox.builder().start();
    sandbox.seedUnit(501, 77);
    processes = SdkClients.processes(sandbox, sleeper);
  }

  @AfterEach
  void stop() {
    processes.close();
    sandbox.close();
  }

  List<Optional<String>> faultsSeen() {
    return sandbox.recordedRequests().stream()
        .map(RecordedRequest::fault)
        .collect(java.util.stream.Collectors.toList());
  }

  @Test
  void aGetAnswered503OnceIsRetriedToSuccessAfterABackOff() {
    ProcessRead seeded = processes.create(SdkClients.leak().build());
    sandbox.faults().serviceUnavailable(1);

    assertEquals(seeded, processes.retrieve(seeded.id()));

    List<Duration> delays = sleeper.delays();
    assertEquals(1, delays.size());
    // The first back-off is 500 ms with up to 25 % jitter subtracted.
    assertTrue(
        delays.get(0).compareTo(Duration.ofMillis(375)) >= 0
            && delays.get(0).compareTo(Duration.ofMillis(500)) <= 0,
        delays.toString());
    assertEquals(List.of(Optional.empty(), Optional.of("503"), Optional.empty()), faultsSeen());
  }

  @Test
  void aGetAnswered429WaitsAsLongAsRetryAfterSays() {
    sandbox.faults().tooManyRequests(1, Duration.ofSeconds(7));

    assertEquals(0L, processes.list(10).totalCount());

    assertEquals(List.of(Duration.ofSeconds(7)), sleeper.delays());
    assertEquals(2, sandbox.requestCount());
  }

  @Test
  void aGetStillRateLimitedAfterEveryRetryGivesRateLimitException() {
    sandbox.faults().tooManyRequests(3, Duration.ofSeconds(2));

    RateLimitException e = assertThrows(RateLimitException.class, () -> processes.list(10));

    assertEquals(Optional.of(Duration.ofSeconds(2)), e.retryAfter());
    assertEquals(List.of(Duration.ofSeconds(2), Duration.ofSeconds(2)), sleeper.delays());
    assertEquals(3, sandbox.requestCount());
  }

  @Test
  void aCreateAnswered502WithAnHtmlPageGivesServerExceptionKeepingThePage() {
    sandbox.faults().badGatewayHtml(1);

    ServerException e =
        assertThrows(ServerException.class, () -> processes.create(SdkClients.leak().build()));

    assertEquals(502, e.statusCode());
    assertTrue(e.rawBody().contains("<h1>502 Bad Gateway</h1>"), e.rawBody());
    assertFalse(e.getMessage().contains("\n"), e.getMessage());
    assertEquals(1, sandbox.requestCount());
  }

  @Test
  void asyncCallsFailWithTheSameUnwrappedExceptions() {
    sandbox.faults().on("POST", "/api/processes").serviceUnavailable(1);

    CompletableFuture<ProcessRead> create = processes.createAsync(SdkClients.leak().build());
    ExecutionException failed = assertThrows(ExecutionException.class, create::get);

    assertInstanceOf(ServerException.class, failed.getCause());
    assertEquals(1, sandbox.requestCount());
    assertEquals(1, processes.createAsync(SdkClients.leak().build()).join().id());
  }

  @Test
  void delayFaultsWaitThroughTheSameKindOfSleeperTheClientUses() {
    RecordingSleeper serverSleeper = new RecordingSleeper();
    try (FaciliooSandbox slow = FaciliooSandbox.builder().sleeper(serverSleeper).start();
        ProcessesClient client = SdkClients.processes(slow, sleeper)) {
      slow.faults().delay(1, Duration.ofSeconds(5));

      assertEquals(0L, client.list(10).totalCount());

      assertEquals(List.of(Duration.ofSeconds(5)), serverSleeper.delays());
      assertTrue(sleeper.delays().isEmpty());
      assertEquals(Optional.of("delay PT5S"), slow.recordedRequests().get(0).fault());
    }
  }

  @Test
  void aCreateAnswered503IsNotRetried() {
    sandbox.faults().on("POST", "/api/processes").serviceUnavailable(1);

    ServerException e =
        assertThrows(ServerException.class, () -> processes.create(SdkClients.leak().build()));

    assertEquals(503, e.statusCode());
    assertEquals(1, sandbox.requestCount());
    assertEquals("POST", sandbox.recordedRequests().get(0).method());
    assertTrue(sleeper.delays().isEmpty());
    // The fault answered in front of the API: nothing was created.
    assertTrue(sandbox.processes().isEmpty());
  }

  @Test
  void aCreateWhoseAnswerIsLostIsNotSentAgainAndCreateIfAbsentFindsIt() {
    sandbox
        .faults()
        .on("POST", "/api/processes")
        .dropConnection(1, Faults.DropPoint.AFTER_PROCESSING);
    ProcessCreate damage = SdkClients.leak().externalId("erp-4711").build();

    FaciliooIoException e = assertThrows(FaciliooIoException.class, () -> processes.create(damage));

    assertFalse(e instanceof FaciliooTimeoutException, e.toString());
    assertEquals(1, sandbox.requestCount());
    assertTrue(sleeper.delays().isEmpty());
    // The process exists although the client never heard of it.
    assertEquals(1, sandbox.processes().size());

    // Re-running the sync with createIfAbsent finds it instead of creating a duplicate.
    CreateResult rerun = processes.createIfAbsent(damage);
    assertFalse(rerun.created());
    assertEquals(1, rerun.process().id());
    assertEquals(1, sandbox.processes().size());
  }

  @Test
  void aGetWhoseConnectionDropsBeforeProcessingIsRetried() {
    sandbox
        .faults()
        .on("GET", "/api/processes")
        .dropConnection(1, Faults.DropPoint.BEFORE_PROCESSING);

    assertEquals(0L, processes.list(10).totalCount());

    assertEquals(2, sandbox.requestCount());
    assertEquals(1, sleeper.delays().size());
  }

  @Test
  void aCreateHeldBeyondTheReadTimeoutTimesOutOnceAndLandsWhenReleased() throws Exception {
    Faults.Stall stall = sandbox.faults().on("POST", "/api/processes").stall(1);
    try (ProcessesClient impatient =
        processes.withOptions(o -> o.readTimeout(Duration.ofMillis(200)))) {
      FaciliooTimeoutException e =
          assertThrows(
              FaciliooTimeoutException.class, () -> impatient.create(SdkClients.leak().build()));

      assertInstanceOf(FaciliooIoException.class, e);
      assertTrue(e.getMessage().startsWith("POST /api/processes timed out"), e.getMessage());
      assertEquals(1, stall.heldCount());
      assertEquals(1, sandbox.requestCount());
      assertTrue(sandbox.processes().isEmpty());
      assertTrue(sleeper.delays().isEmpty());
    } finally {
      stall.release();
    }

    // The server still processes the request the client gave up on.
    assertTrue(stall.awaitProcessed(1, Duration.ofSeconds(10)));
    assertEquals(1, sandbox.processes().size());
  }

  @Test
  void aGetHeldBeyondTheReadTimeoutIsRetried() throws Exception {
    ProcessRead seeded = processes.create(SdkClients.leak().build());
    Faults.Stall stall = sandbox.faults().on("GET", "/api/processes/").stall(1);
    try (ProcessesClient impatient =
        processes.withOptions(o -> o.readTimeout(Duration.ofMillis(200)))) {
      assertEquals(seeded, impatient.retrieve(seeded.id()));

      assertEquals(1, stall.heldCount());
      assertEquals(3, sandbox.requestCount());
      assertEquals(1, sleeper.delays().size());
    } finally {
      stall.release();
    }
  }

  @Test
  void aPerCallTimeoutEndsAHeldCreateWithFaciliooTimeoutException() throws Exception {
    Faults.Stall stall = sandbox.faults().on("POST", "/api/processes").stall(1);
    try {
      FaciliooTimeoutException e =
          assertThrows(
              FaciliooTimeoutException.class,
              () ->
                  processes
                      .create()
                      .body(SdkClients.leak().build())
                      .timeout(Duration.ofMillis(200))
                      .execute());

      assertTrue(e.getMessage().contains("timed out"), e.getMessage());
      assertTrue(stall.awaitHeld(1, Duration.ofSeconds(5)));
      assertEquals(1, sandbox.requestCount());
    } finally {
      stall.release();
    }
  }
}

package io.github.facilioo4j.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.facilioo4j.core.FaciliooOptions;
import io.github.facilioo4j.processes.ProcessesClient;
import io.github.facilioo4j.processes.model.ProcessCreate;
import io.github.facilioo4j.testkit.FaciliooSandbox;
import io.github.facilioo4j.testkit.FakeClock;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CreateLedgerTest {
  private final FakeClock clock = new FakeClock(Instant.parse("2026-12-01T10:00:00Z"));
  private DataSource db;
  private FaciliooSandbox sandbox;
  private ProcessesClient processes;

  @BeforeEach
  void start() throws Exception {
    Postgres.dropTables();
    db = Postgres.dataSource();
    sandbox = FaciliooSandbox.builder().start();
    processes =
        ProcessesClient.create(
            FaciliooOptions.builder()
                .baseUrl(sandbox.baseUrl())
                .token(FaciliooSandbox.DEFAULT_TOKEN)
                .build());
  }

  @AfterEach
  void stop() {
    processes.close();
    sandbox.close();
  }

  static ProcessCreate event(String externalId) {
    return ProcessCreate.builder()
        .report("<p>Leak</p>")
        .contactId(12)
        .typeId(3)
        .unitId(501)
        .externalId(externalId)
        .build();
  }

  private CreateLedger.Builder ledger() {
    return CreateLedger.builder(db).clock(clock).lease(Duration.ofMinutes(5));
  }

  private long posts() {
    return sandbox.recordedRequests().stream()
        .filter(r -> r.method().equals("POST") && r.path().equals("/api/processes"))
        .count();
  }

  @Test
  void aSecondWorkerGetsTheRecordedProcessWithoutCallingFacilioo() {
    CreateLedger ledger = ledger().build();
    ledger.migrate();

    LedgerResult first = ledger.createOnce(processes, event("erp-1"));
    int requestsAfterFirst = sandbox.requestCount();
    LedgerResult second = ledger.createOnce(processes, event("erp-1"));

    assertEquals(LedgerResult.Outcome.CREATED, first.outcome());
    assertEquals(LedgerResult.Outcome.RECORDED, second.outcome());
    assertEquals(first.processId(), second.processId());
    assertEquals(1, sandbox.processes().size());
    assertEquals(1, posts());
    assertEquals(requestsAfterFirst, sandbox.requestCount());
  }

  @Test
  void nothingIsCreatedBeforeTheMigrationIsRunExplicitly() {
    CreateLedger ledger = ledger().build();

    LedgerException e =
        assertThrows(LedgerException.class, () -> ledger.createOnce(processes, event("erp-1")));

    assertTrue(e.getMessage().contains("erp-1"), e.getMessage());
    assertEquals(0, sandbox.requestCount());
    ledger.migrate();
    ledger.migrate(); // idempotent
    assertEquals(
        LedgerResult.Outcome.CREATED, ledger.createOnce(processes, event("erp-1")).outcome());
  }

  @Test
  void aClaimAbandonedAfterTheCreateIsRecoveredFromFaciliooOnceItsLeaseRunsOut() throws Exception {
    CreateLedger ledger = ledger().waitTimeout(Duration.ZERO).build();
    ledger.migrate();
    // A worker claimed erp-7, created its process, and died before recording it.
    claim("erp-7", "dead-worker", clock.millis() + Duration.ofMinutes(5).toMillis());
    int created =
        sandbox
            .seedProcess(
                Map.of(
                    "report",
                    "<p>Leak</p>",
                    "contactId",
                    12,
                    "typeId",
                    3,
                    "unitId",
                    501,
                    "externalId",
                    "erp-7"))
            .get("id")
            .asInt();

    assertThrows(ClaimPendingException.class, () -> ledger.createOnce(processes, event("erp-7")));
    assertEquals(0, sandbox.requestCount());
    clock.advance(Duration.ofMinutes(5));
    LedgerResult recovered = ledger.createOnce(processes, event("erp-7"));

    assertEquals(LedgerResult.Outcome.RECOVERED, recovered.outcome());
    assertEquals(created, recovered.processId());
    assertEquals(1, sandbox.processes().size());
    assertEquals(0, posts());
    assertEquals("GET", sandbox.takeRequest().method());
    assertEquals(
        LedgerResult.Outcome.RECORDED, ledger.createOnce(processes, event("erp-7")).outcome());
  }

  @Test
  void anExpiredClaimWhoseCreateNeverHappenedIsCreatedAfterTheLookUp() throws Exception {
    CreateLedger ledger = ledger().build();
    ledger.migrate();
    claim("erp-8", "dead-worker", clock.millis() - 1);

    LedgerResult result = ledger.createOnce(processes, event("erp-8"));

    assertEquals(LedgerResult.Outcome.CREATED, result.outcome());
    assertEquals(1, sandbox.processes().size());
    assertEquals("GET", sandbox.takeRequest().method());
    assertEquals("POST", sandbox.takeRequest().method());
  }

  @Test
  void aWaitingWorkerReturnsWhatTheClaimantRecords() throws Exception {
    claimLater("erp-9");
    CreateLedger ledger =
        ledger()
            .sleeper(
                d -> {
                  // While this worker waits, the claimant records process 4711.
                  clock.advance(d);
                  execute("UPDATE facilioo_create_ledger SET process_id = 4711");
                })
            .build();

    LedgerResult result = ledger.createOnce(processes, event("erp-9"));

    assertEquals(LedgerResult.Outcome.RECORDED, result.outcome());
    assertEquals(4711, result.processId());
    assertEquals(0, sandbox.requestCount());
  }

  @Test
  void aWaitingWorkerGivesUpAfterItsWaitTimeout() throws Exception {
    claimLater("erp-10");
    CreateLedger ledger =
        ledger().waitTimeout(Duration.ofSeconds(2)).sleeper(clock::advance).build();

    ClaimPendingException e =
        assertThrows(
            ClaimPendingException.class, () -> ledger.createOnce(processes, event("erp-10")));

    assertTrue(e.getMessage().contains("erp-10"), e.getMessage());
    assertEquals(0, sandbox.requestCount());
  }

  @Test
  void aCreateRefusedByFaciliooEndsTheLeaseSoTheNextWorkerNeedNotWait() throws Exception {
    CreateLedger ledger = ledger().waitTimeout(Duration.ZERO).build();
    ledger.migrate();
    ProcessCreate invalid = event("erp-11").toBuilder().contactId(null).build();

    assertThrows(RuntimeException.class, () -> ledger.createOnce(processes, invalid));
    LedgerResult result = ledger.createOnce(processes, event("erp-11"));

    assertEquals(LedgerResult.Outcome.CREATED, result.outcome());
    assertEquals(1, sandbox.processes().size());
  }

  private void claimLater(String externalId) throws Exception {
    ledger().build().migrate();
    claim(externalId, "live-worker", clock.millis() + Duration.ofMinutes(5).toMillis());
  }

  private void claim(String externalId, String token, long leaseUntil) throws Exception {
    try (Connection c = db.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO facilioo_create_ledger"
                    + " (external_id, claim_token, lease_until, attempts, claimed_at)"
                    + " VALUES (?, ?, ?, 1, 0)")) {
      s.setString(1, externalId);
      s.setString(2, token);
      s.setLong(3, leaseUntil);
      s.executeUpdate();
    }
  }

  private void execute(String sql) {
    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}

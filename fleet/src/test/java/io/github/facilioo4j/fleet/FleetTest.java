package io.github.facilioo4j.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.facilioo4j.processes.model.ProcessRead;
import io.github.facilioo4j.testkit.FaciliooSandbox;
import io.github.facilioo4j.testkit.Faults;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class FleetTest {
  static final int UNIQUE = 1_400;
  static final int DUPLICATES = 600;

  @Test
  void eightWorkersCreateExactlyOneProcessPerExternalIdDespiteDuplicatesKillsAndFaults()
      throws Exception {
    Postgres.dropTables();
    DataSource db = Postgres.dataSource();
    CreateLedger.builder(db).build().migrate();
    List<String> events = Fleet.events("erp-", UNIQUE, DUPLICATES, 16);
    try (FaciliooSandbox sandbox = FaciliooSandbox.builder().maxThreads(16).start()) {
      injectFaults(sandbox);

      long start = System.nanoTime();
      Fleet.Stats stats =
          Fleet.run(db, sandbox.baseUrl(), FaciliooSandbox.DEFAULT_TOKEN, events, 8, 0.03);

      Report report = Report.of(sandbox, events);
      System.out.println(
          "fleet (8 threads): events="
              + events.size()
              + " duplicates="
              + DUPLICATES
              + " "
              + stats
              + " "
              + report
              + " in "
              + (System.nanoTime() - start) / 1_000_000
              + " ms");
      assertEquals(2_000, events.size());
      assertTrue(stats.kills.get() > 0, "no worker was killed: " + stats);
      assertEquals(0, sandbox.faults().pending(), "not every fault was hit");
      assertEquals(0, report.duplicates, report.toString());
      assertEquals(0, report.missing, report.toString());
      assertEquals(UNIQUE, report.created);
      assertEquals(report.processIdByExternalId, recorded(db));
    }
  }

  static void injectFaults(FaciliooSandbox sandbox) {
    sandbox
        .faults()
        .on("POST", "/api/processes")
        .serviceUnavailable(15)
        .dropConnection(15, Faults.DropPoint.AFTER_PROCESSING)
        .dropConnection(10, Faults.DropPoint.BEFORE_PROCESSING);
  }

  /** The ledger's records: externalId to process id. */
  static Map<String, Integer> recorded(DataSource db) throws Exception {
    Map<String, Integer> recorded = new HashMap<>();
    try (Connection c = db.getConnection();
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT external_id, process_id FROM facilioo_create_ledger"
                    + " WHERE process_id IS NOT NULL")) {
      while (r.next()) {
        recorded.put(r.getString(1), r.getInt(2));
      }
    }
    return recorded;
  }

  /** What the sandbox holds after a run. */
  static final class Report {
    final int created;
    final int duplicates;
    final int missing;
    final Map<String, Integer> processIdByExternalId;

    private Report(int created, int duplicates, int missing, Map<String, Integer> ids) {
      this.created = created;
      this.duplicates = duplicates;
      this.missing = missing;
      this.processIdByExternalId = ids;
    }

    static Report of(FaciliooSandbox sandbox, List<String> events) {
      List<ProcessRead> processes = sandbox.processes().all();
      Map<String, Integer> ids =
          processes.stream()
              .collect(
                  Collectors.toMap(
                      p -> String.valueOf(p.externalId()),
                      p -> Objects.requireNonNull(p.id()),
                      (a, b) -> a));
      Set<String> wanted = new HashSet<>(events);
      int missing = (int) wanted.stream().filter(e -> !ids.containsKey(e)).count();
      return new Report(processes.size(), processes.size() - ids.size(), missing, ids);
    }

    @Override
    public String toString() {
      return "created=" + created + " duplicatesFound=" + duplicates + " missing=" + missing;
    }
  }
}

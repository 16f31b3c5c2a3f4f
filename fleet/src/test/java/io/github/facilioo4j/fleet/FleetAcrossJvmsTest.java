package io.github.facilioo4j.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.facilioo4j.testkit.FaciliooSandbox;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("slow")
class FleetAcrossJvmsTest {
  static final int JVMS = 3;
  static final int UNIQUE = 420;
  static final int DUPLICATES = 180;

  @Test
  void threeWorkerJvmsSharingOneDatabaseCreateExactlyOneProcessPerExternalId(@TempDir Path dir)
      throws Exception {
    Postgres.dropTables();
    DataSource db = Postgres.dataSource();
    CreateLedger.builder(db).build().migrate();
    List<String> events = Fleet.events("jvm-", UNIQUE, DUPLICATES, 3);
    // Event i goes to JVM i % 3, so the copy right behind an original goes to another JVM.
    List<List<String>> shares = new ArrayList<>();
    for (int j = 0; j < JVMS; j++) {
      shares.add(new ArrayList<>());
    }
    for (int i = 0; i < events.size(); i++) {
      shares.get(i % JVMS).add(events.get(i));
    }
    try (FaciliooSandbox sandbox = FaciliooSandbox.builder().maxThreads(16).start()) {
      FleetTest.injectFaults(sandbox);
      List<Process> workers = new ArrayList<>();
      for (int j = 0; j < JVMS; j++) {
        Path file = dir.resolve("events-" + j + ".txt");
        Files.write(file, shares.get(j), StandardCharsets.UTF_8);
        workers.add(start(file, sandbox.baseUrl(), dir.resolve("worker-" + j + ".log")));
      }
      for (int j = 0; j < JVMS; j++) {
        Process worker = workers.get(j);
        assertTrue(worker.waitFor(90, TimeUnit.SECONDS), "worker " + j + " did not finish");
        String log =
            new String(
                Files.readAllBytes(dir.resolve("worker-" + j + ".log")), StandardCharsets.UTF_8);
        System.out.println(log.trim());
        assertEquals(0, worker.exitValue(), log);
      }

      FleetTest.Report report = FleetTest.Report.of(sandbox, events);
      System.out.println(
          "fleet (3 JVMs x 3 threads): events="
              + events.size()
              + " duplicates="
              + DUPLICATES
              + " "
              + report);
      assertEquals(0, report.duplicates, report.toString());
      assertEquals(0, report.missing, report.toString());
      assertEquals(new HashSet<>(events).size(), report.created);
      assertEquals(report.processIdByExternalId, FleetTest.recorded(db));
    }
  }

  private static Process start(Path events, String baseUrl, Path log) throws Exception {
    String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>();
    command.add(java);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(FleetWorkerMain.class.getName());
    command.add(Postgres.jdbcUrl());
    command.add(baseUrl);
    command.add(FaciliooSandbox.DEFAULT_TOKEN);
    command.add(events.toString());
    command.add("3");
    command.add("0.03");
    File out = log.toFile();
    return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out).start();
  }
}

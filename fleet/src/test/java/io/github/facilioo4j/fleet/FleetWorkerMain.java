package io.github.facilioo4j.fleet;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.List;

/**
 * One worker process of {@link FleetAcrossJvmsTest}: {@code <jdbcUrl> <baseUrl> <token>
 * <eventsFile> <threads> <killRate>}. Prints its figures on one line and exits 0 when every event
 * was handled.
 */
public final class FleetWorkerMain {
  private FleetWorkerMain() {}

  /**
   * Runs the worker.
   *
   * @param args see the class documentation
   * @throws Exception when the run fails; the exit code is then not 0
   */
  public static void main(String[] args) throws Exception {
    List<String> events = Files.readAllLines(Paths.get(args[3]), StandardCharsets.UTF_8);
    try (HikariDataSource db = Postgres.pool(args[0])) {
      Fleet.Stats stats =
          Fleet.run(
              db, args[1], args[2], events, Integer.parseInt(args[4]), Double.parseDouble(args[5]));
      System.out.println("worker " + ProcessHandle.current().pid() + ": " + stats);
    }
    System.exit(0);
  }
}

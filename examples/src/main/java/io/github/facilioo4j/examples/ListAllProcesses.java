package io.github.facilioo4j.examples;

import io.github.facilioo4j.core.FaciliooOptions;
import io.github.facilioo4j.core.Page;
import io.github.facilioo4j.processes.ProcessesClient;
import io.github.facilioo4j.processes.model.ProcessRead;
import java.io.PrintStream;

/** Prints every process, walking all pages lazily: only one page is held in memory at a time. */
public final class ListAllProcesses {
  private ListAllProcesses() {}

  /**
   * Reads the options from the environment and prints all processes.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    FaciliooOptions options = FaciliooOptions.fromEnv();
    try (ProcessesClient processes = ProcessesClient.create(options)) {
      long count = run(processes, 100, System.out);
      System.out.println(count + " process(es)");
    }
  }

  /**
   * Prints one line per process, fetching the next page only when the previous one is used up.
   *
   * @param processes the client; stays owned by the caller
   * @param pageSize processes per request, 1 to 100; larger pages mean fewer requests
   * @param out where the lines go
   * @return how many processes were printed
   * @throws io.github.facilioo4j.core.errors.FaciliooException when a page cannot be fetched
   */
  public static long run(ProcessesClient processes, int pageSize, PrintStream out) {
    Page<ProcessRead> first = processes.list(pageSize);
    long count = 0;
    // autoPager() requests page 2 when page 1 is used up, and so on, until the last page.
    for (ProcessRead process : first.autoPager()) {
      out.println(
          process.fullyQualifiedNumber() + "  unit " + process.unitId() + "  " + text(process));
      count++;
    }
    return count;
  }

  private static String text(ProcessRead process) {
    return process.subject() != null ? process.subject() : process.report();
  }
}

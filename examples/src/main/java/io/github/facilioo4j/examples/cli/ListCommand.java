package io.github.facilioo4j.examples.cli;

import io.github.facilioo4j.core.Page;
import io.github.facilioo4j.processes.ProcessesClient;
import io.github.facilioo4j.processes.model.ProcessRead;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code facilioo processes list}. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = {
      "List processes, one page or (with --all) every page.",
      "--all fetches the pages one after another while printing; only one page is held at a time."
    })
final class ListCommand extends ProcessCommand {
  @Option(
      names = "--page-size",
      paramLabel = "N",
      defaultValue = "10",
      description = "Processes per page, 1 to 100 (default: ${DEFAULT-VALUE}).")
  int pageSize;

  @Option(
      names = "--page",
      paramLabel = "N",
      defaultValue = "1",
      description = "Page to show, from 1 (default: ${DEFAULT-VALUE}); with --all, the first page.")
  int page;

  @Option(names = "--all", description = "Walk every page from --page on.")
  boolean all;

  @Option(names = "--unit-id", paramLabel = "ID", description = "Only the processes of this unit.")
  Integer unitId;

  @Option(
      names = "--property-id",
      paramLabel = "ID",
      description = "Only the processes of this property.")
  Integer propertyId;

  @Override
  void checkUsage() {
    if (unitId != null && propertyId != null) {
      throw usage("Give --unit-id or --property-id, not both.");
    }
  }

  @Override
  void run(ProcessesClient processes, PrintWriter out) {
    Page<ProcessRead> first =
        unitId != null
            ? processes.listForUnit(unitId).pageSize(pageSize).pageNumber(page).execute()
            : propertyId != null
                ? processes
                    .listForProperty(propertyId)
                    .pageSize(pageSize)
                    .pageNumber(page)
                    .execute()
                : processes.list().pageSize(pageSize).pageNumber(page).execute();
    if (all) {
      printAll(first, out);
    } else if (connection.json) {
      out.println(Output.json(Output.envelope(first)));
    } else {
      Output.tableHeader(out);
      first.items().forEach(p -> Output.tableRow(out, p));
      out.printf(
          "Page %d of %d, %d process(es) in total.%s%n",
          first.pageNumber(),
          first.totalPages(),
          first.totalCount(),
          first.hasNextPage() ? " More: --page " + (first.pageNumber() + 1) + " or --all." : "");
    }
  }

  private void printAll(Page<ProcessRead> first, PrintWriter out) {
    long count = 0;
    if (connection.json) {
      // A JSON array written while walking, one process per line.
      out.print("[");
      for (ProcessRead process : first.autoPager()) {
        out.print(count++ == 0 ? "\n" : ",\n");
        out.print(Output.jsonLine(process));
        out.flush();
      }
      out.println(count == 0 ? "]" : "\n]");
      return;
    }
    Output.tableHeader(out);
    for (ProcessRead process : first.autoPager()) {
      Output.tableRow(out, process);
      out.flush();
      count++;
    }
    out.printf("%d process(es).%n", count);
  }
}

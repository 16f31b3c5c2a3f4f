package io.github.facilioo4j.examples.cli;

import io.github.facilioo4j.processes.ProcessesClient;
import io.github.facilioo4j.processes.model.ProcessTypeRead;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code facilioo process-types list|get}. */
@Command(
    name = "process-types",
    mixinStandardHelpOptions = true,
    description = "The process types of the tenant (damage report, repair, ...).",
    subcommands = {ProcessTypesCommand.List.class, ProcessTypesCommand.Get.class})
final class ProcessTypesCommand {
  static final String[] COLUMNS = {"ID", "NAME"};

  /** {@code facilioo process-types list}. */
  @Command(name = "list", mixinStandardHelpOptions = true, description = "List process types.")
  static final class List extends ProcessCommand {
    @Option(names = "--page-size", defaultValue = "100", description = "1 to 100 (default: 100).")
    int pageSize;

    @Override
    void run(ProcessesClient processes, PrintWriter out) {
      Lookups.page(
          out,
          connection.json,
          processes.processTypes().list().pageSize(pageSize).execute(),
          "process type(s)",
          COLUMNS,
          t -> new Object[] {t.id(), t.name()});
    }
  }

  /** {@code facilioo process-types get ID}. */
  @Command(
      name = "get",
      mixinStandardHelpOptions = true,
      description = "Print one process type; exit code 4 when there is none with this id.")
  static final class Get extends ProcessCommand {
    @Parameters(index = "0", paramLabel = "ID", description = "The process type id.")
    int id;

    @Override
    void run(ProcessesClient processes, PrintWriter out) {
      ProcessTypeRead t = processes.processTypes().retrieve(id).execute();
      Lookups.one(out, connection.json, t, COLUMNS, new Object[] {t.id(), t.name()});
    }
  }
}

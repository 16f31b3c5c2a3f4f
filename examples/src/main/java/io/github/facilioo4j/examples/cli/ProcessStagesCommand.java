package io.github.facilioo4j.examples.cli;

import io.github.facilioo4j.processes.ProcessesClient;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code facilioo process-stages list --type ID}. */
@Command(
    name = "process-stages",
    mixinStandardHelpOptions = true,
    description = "The stages a process of a type goes through.",
    subcommands = {ProcessStagesCommand.List.class})
final class ProcessStagesCommand {
  /** {@code facilioo process-stages list --type ID}. */
  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "List the stages of a process type.")
  static final class List extends ProcessCommand {
    @Option(names = "--type", paramLabel = "ID", required = true, description = "The type id.")
    int type;

    @Option(names = "--page-size", defaultValue = "100", description = "1 to 100 (default: 100).")
    int pageSize;

    @Override
    void run(ProcessesClient processes, PrintWriter out) {
      Lookups.page(
          out,
          connection.json,
          processes.processTypes().stages(type).pageSize(pageSize).execute(),
          "stage(s)",
          new String[] {"ID", "NAME"},
          s -> new Object[] {s.id(), s.name()});
    }
  }
}

package io.github.facilioo4j.examples.cli;

import io.github.facilioo4j.processes.NoUniqueMatchException;
import io.github.facilioo4j.processes.ProcessesClient;
import io.github.facilioo4j.processes.model.PropertyRead;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code facilioo properties list|get}. */
@Command(
    name = "properties",
    mixinStandardHelpOptions = true,
    description = "Find properties by id or by the ERP's external id.",
    subcommands = {PropertiesCommand.List.class, PropertiesCommand.Get.class})
final class PropertiesCommand {
  static final String[] COLUMNS = {"ID", "NUMBER", "EXTERNAL ID", "NAME"};

  static Object[] row(PropertyRead p) {
    return new Object[] {p.id(), p.number(), p.externalId(), p.name()};
  }

  /** {@code facilioo properties list}. */
  @Command(name = "list", mixinStandardHelpOptions = true, description = "List properties.")
  static final class List extends ProcessCommand {
    @Option(names = "--page-size", defaultValue = "10", description = "1 to 100 (default: 10).")
    int pageSize;

    @Option(names = "--page", defaultValue = "1", description = "Page to show (default: 1).")
    int page;

    @Override
    void run(ProcessesClient processes, PrintWriter out) {
      Lookups.page(
          out,
          connection.json,
          processes.properties().list().pageSize(pageSize).pageNumber(page).execute(),
          "property(ies)",
          COLUMNS,
          PropertiesCommand::row);
    }
  }

  /** {@code facilioo properties get ID|--external-id X}. */
  @Command(
      name = "get",
      mixinStandardHelpOptions = true,
      description = "Print one property, by id or --external-id; exit code 4 when there is none.")
  static final class Get extends ProcessCommand {
    @Parameters(index = "0", arity = "0..1", paramLabel = "ID", description = "The property id.")
    Integer id;

    @Option(names = "--external-id", paramLabel = "X", description = "The ERP's id, exactly.")
    String externalId;

    @Override
    void checkUsage() {
      if ((id == null) == (externalId == null)) {
        throw usage("Give an ID or --external-id, one of them.");
      }
    }

    @Override
    void run(ProcessesClient processes, PrintWriter out) {
      PropertyRead p =
          id != null
              ? processes.properties().retrieve(id).execute()
              : processes
                  .properties()
                  .findByExternalId(externalId)
                  .orElseThrow(
                      () ->
                          new NoUniqueMatchException(
                              "property with externalId " + externalId,
                              java.util.Collections.<String>emptyList()));
      Lookups.one(out, connection.json, p, COLUMNS, row(p));
    }
  }
}

package io.github.facilioo4j.examples.cli;

import io.github.facilioo4j.core.Page;
import io.github.facilioo4j.processes.ContractType;
import io.github.facilioo4j.processes.ProcessesClient;
import io.github.facilioo4j.processes.model.UnitRead;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code facilioo units list|get|contracts}. */
@Command(
    name = "units",
    mixinStandardHelpOptions = true,
    description = "Find units and the parties holding contracts on them (owner, tenant, ...).",
    subcommands = {UnitsCommand.List.class, UnitsCommand.Get.class, UnitsCommand.Contracts.class})
final class UnitsCommand {
  static final String[] COLUMNS = {"ID", "NUMBER", "POSITION", "PROPERTY", "ENTRANCE"};

  static Object[] row(UnitRead u) {
    return new Object[] {u.id(), u.number(), u.position(), u.propertyId(), u.entranceId()};
  }

  /** {@code facilioo units list [--property ID | --entrance ID]}. */
  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "List units: all, or of one property or entrance.")
  static final class List extends ProcessCommand {
    @Option(names = "--property", paramLabel = "ID", description = "Only this property's units.")
    Integer property;

    @Option(names = "--entrance", paramLabel = "ID", description = "Only this entrance's units.")
    Integer entrance;

    @Option(names = "--page-size", defaultValue = "10", description = "1 to 100 (default: 10).")
    int pageSize;

    @Option(names = "--page", defaultValue = "1", description = "Page to show (default: 1).")
    int page;

    @Override
    void checkUsage() {
      if (property != null && entrance != null) {
        throw usage("Give --property or --entrance, not both.");
      }
    }

    @Override
    void run(ProcessesClient processes, PrintWriter out) {
      Page<UnitRead> units =
          property != null
              ? processes
                  .units()
                  .listForProperty(property)
                  .pageSize(pageSize)
                  .pageNumber(page)
                  .execute()
              : entrance != null
                  ? processes
                      .units()
                      .listForEntrance(entrance)
                      .pageSize(pageSize)
                      .pageNumber(page)
                      .execute()
                  : processes.units().list().pageSize(pageSize).pageNumber(page).execute();
      Lookups.page(out, connection.json, units, "unit(s)", COLUMNS, UnitsCommand::row);
    }
  }

  /** {@code facilioo units get ID}. */
  @Command(
      name = "get",
      mixinStandardHelpOptions = true,
      description = "Print one unit; exit code 4 when there is none with this id.")
  static final class Get extends ProcessCommand {
    @Parameters(index = "0", paramLabel = "ID", description = "The unit id.")
    int id;

    @Override
    void run(ProcessesClient processes, PrintWriter out) {
      UnitRead u = processes.units().retrieve(id).execute();
      Lookups.one(out, connection.json, u, COLUMNS, row(u));
    }
  }

  /** {@code facilioo units contracts ID}. */
  @Command(
      name = "contracts",
      mixinStandardHelpOptions = true,
      description = "List the contracts on a unit: who is its owner, tenant, resident, ...")
  static final class Contracts extends ProcessCommand {
    @Parameters(index = "0", paramLabel = "ID", description = "The unit id.")
    int id;

    @Option(names = "--page-size", defaultValue = "100", description = "1 to 100 (default: 100).")
    int pageSize;

    @Override
    void run(ProcessesClient processes, PrintWriter out) {
      Lookups.page(
          out,
          connection.json,
          processes.units().contracts(id).pageSize(pageSize).execute(),
          "contract(s)",
          new String[] {"ID", "PARTY", "TYPE"},
          c -> new Object[] {c.id(), c.partyId(), ContractType.of(c.typeId())});
    }
  }
}

package io.github.facilioo4j.examples.cli;

import io.github.facilioo4j.processes.ContractType;
import io.github.facilioo4j.processes.CreateResult;
import io.github.facilioo4j.processes.GuidedCreate;
import io.github.facilioo4j.processes.ProcessesClient;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code facilioo processes report}: the guided create, from what an ERP knows. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Create a process from ERP ids: finds the property by --property-external-id, its unit by"
          + " --unit-number, the reporter and the type by --type name, then creates the process"
          + " unless one with --external-id exists.",
      "No match is exit code 4, several matches exit code 1, each naming the candidates."
    })
final class ReportCommand extends ProcessCommand {
  @Option(names = "--property-external-id", required = true, paramLabel = "X")
  String propertyExternalId;

  @Option(names = "--unit-number", required = true, paramLabel = "N", description = "e.g. WE-1")
  String unitNumber;

  @Option(
      names = "--reporter",
      defaultValue = "self",
      paramLabel = "WHO",
      description = "self (your own party) or a contract type of the unit, e.g. Tenant, Owner.")
  String reporter;

  @Option(names = "--type", required = true, paramLabel = "NAME", description = "Process type.")
  String type;

  @Option(names = "--report", required = true, paramLabel = "HTML")
  String report;

  @Option(names = "--subject", paramLabel = "TEXT")
  String subject;

  @Option(names = "--external-id", required = true, paramLabel = "X", description = "ERP's id.")
  String externalId;

  @Override
  void checkUsage() {
    if (!reporter.equalsIgnoreCase("self")) {
      try {
        ContractType.named(reporter);
      } catch (IllegalArgumentException e) {
        throw usage("--reporter must be self or a contract type such as Tenant: " + reporter);
      }
    }
  }

  @Override
  void run(ProcessesClient processes, PrintWriter out) {
    GuidedCreate create =
        processes
            .guidedCreate()
            .propertyExternalId(propertyExternalId)
            .unitNumber(unitNumber)
            .processType(type)
            .report(report)
            .subject(subject)
            .externalId(externalId);
    CreateResult result =
        (reporter.equalsIgnoreCase("self")
                ? create.reporterSelf()
                : create.reporter(ContractType.named(reporter)))
            .execute();
    if (connection.json) {
      out.println(Output.json(result.process()));
    } else {
      Output.summary(out, result.created() ? "Created process" : "Found process", result.process());
    }
  }

  @Override
  boolean writes() {
    return true;
  }
}

package io.github.facilioo4j.examples.cli;

import io.github.facilioo4j.processes.CreateResult;
import io.github.facilioo4j.processes.ProcessesClient;
import io.github.facilioo4j.processes.ProcessesOperations;
import io.github.facilioo4j.processes.model.ProcessRead;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code facilioo processes create}. */
@Command(
    name = "create",
    mixinStandardHelpOptions = true,
    description = {
      "Create a process and print it.",
      "Missing or invalid fields are reported with exit code 2; nothing is sent then."
    })
final class CreateCommand extends ProcessCommand {
  @Mixin ProcessFields fields;

  @Option(
      names = "--if-absent",
      description =
          "Only create when the unit has no process with this --external-id; safe to re-run.")
  boolean ifAbsent;

  @Override
  boolean writes() {
    return true;
  }

  @Override
  void run(ProcessesClient processes, PrintWriter out) {
    ProcessesOperations.CreateProcess request =
        processes
            .create()
            .report(fields.report)
            .subject(fields.subject)
            .contactId(fields.contactId)
            .typeId(fields.typeId)
            .unitId(fields.unitId)
            .stageId(fields.stageId)
            .accountId(fields.accountId)
            .externalId(fields.externalId)
            .isFinished(fields.finished)
            .finishDate(fields.finishDate);
    ProcessRead process;
    String heading;
    if (ifAbsent) {
      CreateResult result = processes.createIfAbsent(request);
      process = result.process();
      heading = result.created() ? "Created process" : "Found existing process";
    } else {
      process = request.execute();
      heading = "Created process";
    }
    if (connection.json) {
      out.println(Output.json(process));
    } else {
      Output.summary(out, heading, process);
    }
  }
}

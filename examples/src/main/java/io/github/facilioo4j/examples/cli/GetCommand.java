package io.github.facilioo4j.examples.cli;

import io.github.facilioo4j.processes.ProcessesClient;
import io.github.facilioo4j.processes.model.ProcessRead;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code facilioo processes get ID}. */
@Command(
    name = "get",
    mixinStandardHelpOptions = true,
    description = "Print one process; exit code 4 when there is none with this id.")
final class GetCommand extends ProcessCommand {
  @Parameters(index = "0", paramLabel = "ID", description = "The process id.")
  int id;

  @Override
  void run(ProcessesClient processes, PrintWriter out) {
    ProcessRead process = processes.retrieve(id);
    if (connection.json) {
      out.println(Output.json(process));
    } else {
      Output.summary(out, "Process", process);
    }
  }
}

package io.github.facilioo4j.examples.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code facilioo processes ...}: groups the process subcommands. */
@Command(
    name = "processes",
    mixinStandardHelpOptions = true,
    description = "Create, read, list and update processes (damage reports, requests, ...).",
    subcommands = {
      CreateCommand.class,
      GetCommand.class,
      ListCommand.class,
      UpdateCommand.class,
      ReportCommand.class
    })
final class ProcessesCommand {
  @ParentCommand FaciliooCli root;
}

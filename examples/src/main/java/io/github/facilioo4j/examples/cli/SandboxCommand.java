package io.github.facilioo4j.examples.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code facilioo sandbox ...}: groups the sandbox subcommands. */
@Command(
    name = "sandbox",
    mixinStandardHelpOptions = true,
    description = "Run the facilioo sandbox (a local fake of the API with demo data).",
    subcommands = {ServeCommand.class})
final class SandboxCommand {
  @ParentCommand FaciliooCli root;
}

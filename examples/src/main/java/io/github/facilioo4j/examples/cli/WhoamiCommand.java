package io.github.facilioo4j.examples.cli;

import io.github.facilioo4j.processes.ProcessesClient;
import io.github.facilioo4j.processes.model.AccountRead;
import java.io.PrintWriter;
import picocli.CommandLine.Command;

/** {@code facilioo whoami}. */
@Command(
    name = "whoami",
    mixinStandardHelpOptions = true,
    description = "Print the caller's account and party (the party can be a process's contact).")
final class WhoamiCommand extends ProcessCommand {
  @Override
  void run(ProcessesClient processes, PrintWriter out) {
    AccountRead me = processes.accounts().myself().execute();
    Lookups.one(
        out,
        connection.json,
        me,
        new String[] {"Account", "Party"},
        new Object[] {me.id(), me.partyId()});
  }
}

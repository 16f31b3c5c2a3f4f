package io.github.facilioo4j.examples.cli;

import io.github.facilioo4j.core.errors.FaciliooException;
import io.github.facilioo4j.processes.ProcessesClient;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** A processes subcommand: opens a session, runs, and turns SDK errors into exit codes. */
abstract class ProcessCommand implements Callable<Integer> {
  @ParentCommand ProcessesCommand parent;

  @Mixin ConnectionOptions connection;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    CommandLine command = spec.commandLine();
    PrintWriter out = command.getOut();
    PrintWriter err = command.getErr();
    // Usage problems first, so a wrong command line never starts a sandbox.
    checkUsage();
    try (Session session =
        Session.open(command, connection, parent.root.env, parent.root.tweak, err)) {
      try {
        run(session.processes(), out);
        return ExitCodes.OK;
      } catch (FaciliooException e) {
        out.flush();
        err.println(ErrorMessages.oneLine(e, session.token()));
        return ExitCodes.of(e);
      }
    } finally {
      out.flush();
      err.flush();
    }
  }

  /**
   * Checks combinations of options that picocli cannot.
   *
   * @throws CommandLine.ParameterException naming the problem
   */
  void checkUsage() {}

  abstract void run(ProcessesClient processes, PrintWriter out);

  CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }
}

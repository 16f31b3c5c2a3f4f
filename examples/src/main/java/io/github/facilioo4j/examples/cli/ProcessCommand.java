package io.github.facilioo4j.examples.cli;

import io.github.facilioo4j.core.errors.FaciliooException;
import io.github.facilioo4j.processes.ProcessesClient;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A subcommand that calls the API: opens a session, runs, and turns SDK errors into exit codes. */
abstract class ProcessCommand implements Callable<Integer> {
  @Mixin ConnectionOptions connection;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    CommandLine command = spec.commandLine();
    PrintWriter out = command.getOut();
    PrintWriter err = command.getErr();
    // Usage problems first, so a wrong command line never starts a sandbox.
    checkUsage();
    // Every command of the tool hangs below one FaciliooCli, whatever its group.
    FaciliooCli root = (FaciliooCli) spec.root().userObject();
    Duration limit = connection.timeout(root.env, command);
    // The budget starts before the sandbox, and is closed after the session (declared first).
    try (CommandBudget budget = CommandBudget.start(limit, root.alarm);
        Session session = Session.open(command, connection, root.env, root.tweak, budget, err)) {
      try {
        if (budget.isUsedUp()) {
          // Used up while the sandbox started; nothing was sent.
          err.println(ErrorMessages.budgetUsedUp(budget.limit(), null, null, false));
          return ExitCodes.SERVER_OR_NETWORK;
        }
        run(session.processes(), out);
        return ExitCodes.OK;
      } catch (FaciliooException e) {
        out.flush();
        if (budget.isUsedUp()) {
          // Whatever the cancelled call failed with, the cause is the budget.
          err.println(ErrorMessages.budgetUsedUp(budget.limit(), e, session.token(), writes()));
          return ExitCodes.SERVER_OR_NETWORK;
        }
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

  /** Tells whether the command changes data, so that a cut-off call may still have taken effect. */
  boolean writes() {
    return false;
  }

  CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }
}

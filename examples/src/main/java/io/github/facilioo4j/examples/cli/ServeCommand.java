package io.github.facilioo4j.examples.cli;

import io.github.facilioo4j.testkit.FaciliooSandbox;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code facilioo sandbox serve [--port N] [--data FILE]}: serves a seeded sandbox until Ctrl-C (or
 * until the running thread is interrupted, which is how tests stop it).
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serve the sandbox on 127.0.0.1 until Ctrl-C, so that several commands work on the same"
          + " data. Prints the base URL and the token to use.",
      "With --data the records are kept in that JSON file and are there again after a restart;"
          + " a new file starts with the demo data."
    })
final class ServeCommand implements Callable<Integer> {
  static final int DEFAULT_PORT = 8787;

  @Option(
      names = "--port",
      paramLabel = "N",
      description = "Port on 127.0.0.1 (0 picks a free one). Default: ${DEFAULT-VALUE}.")
  int port = DEFAULT_PORT;

  @Option(
      names = "--data",
      paramLabel = "FILE",
      description = "Keep the sandbox's records in this JSON file.")
  Path data;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    boolean fresh = data == null || !Files.exists(data);
    FaciliooSandbox.Builder builder = FaciliooSandbox.builder().port(port);
    if (data != null) {
      builder.dataFile(data);
    }
    FaciliooSandbox sandbox;
    try {
      sandbox = builder.start();
    } catch (UncheckedIOException e) {
      err.println("facilioo: " + e.getMessage() + " (try another --port).");
      return ExitCodes.OTHER_ERROR;
    }
    try {
      if (fresh) {
        sandbox.seedDemoData();
      }
      describe(sandbox, out);
      // Ctrl-C ends the JVM: close the sandbox first so the data file is complete.
      Thread hook = new Thread(sandbox::close, "facilioo-sandbox-shutdown");
      Runtime.getRuntime().addShutdownHook(hook);
      try {
        new CountDownLatch(1).await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } finally {
        removeHook(hook);
      }
      out.println("Sandbox stopped.");
      return ExitCodes.OK;
    } finally {
      sandbox.close();
      out.flush();
    }
  }

  private void describe(FaciliooSandbox sandbox, PrintWriter out) {
    out.println("facilioo sandbox at " + sandbox.baseUrl());
    out.println("  token: " + FaciliooSandbox.DEFAULT_TOKEN);
    out.println(
        "  data:  "
            + (data == null ? "in memory, gone when it stops" : data + " (kept across restarts)"));
    out.println("Use it from another terminal:");
    out.println(
        "  export FACILIOO_BASE_URL="
            + sandbox.baseUrl()
            + " FACILIOO_TOKEN="
            + FaciliooSandbox.DEFAULT_TOKEN);
    out.println("  facilioo processes list");
    out.println("Press Ctrl-C to stop.");
    out.flush();
  }

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // The JVM is already shutting down: the hook is running and closes the sandbox.
    }
  }
}

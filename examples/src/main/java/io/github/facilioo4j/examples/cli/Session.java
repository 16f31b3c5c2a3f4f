package io.github.facilioo4j.examples.cli;

import io.github.facilioo4j.core.FaciliooOptions;
import io.github.facilioo4j.processes.ProcessesClient;
import io.github.facilioo4j.testkit.FaciliooSandbox;
import java.io.PrintWriter;
import java.util.Map;
import java.util.function.Consumer;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * The client one command runs with, and the sandbox behind it when no credentials were given.
 * Closing it closes both.
 */
final class Session implements AutoCloseable {
  private final ProcessesClient processes;
  private final FaciliooSandbox sandbox;
  private final String token;

  private Session(ProcessesClient processes, FaciliooSandbox sandbox, String token) {
    this.processes = processes;
    this.sandbox = sandbox;
    this.token = token;
  }

  /**
   * Opens a session: with both a token and a base URL (flags first, then the environment) against
   * that API, with neither against a freshly seeded sandbox (saying so on {@code err}). The SDK's
   * calls count against {@code budget}.
   *
   * @throws ParameterException when only one of the two is given, or an option is invalid
   */
  static Session open(
      CommandLine command,
      ConnectionOptions connection,
      Map<String, String> env,
      Consumer<FaciliooOptions.Builder> tweak,
      CommandBudget budget,
      PrintWriter err) {
    FaciliooOptions.Builder builder;
    try {
      builder = FaciliooOptions.fromEnv(env);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(command, e.getMessage(), e);
    }
    String token = firstNonBlank(connection.token, env.get(FaciliooOptions.ENV_TOKEN));
    String baseUrl = firstNonBlank(connection.baseUrl, env.get(FaciliooOptions.ENV_BASE_URL));
    if ((token == null) != (baseUrl == null)) {
      String missing =
          token == null ? "--token (or FACILIOO_TOKEN)" : "--base-url (or FACILIOO_BASE_URL)";
      throw new ParameterException(
          command,
          "Missing "
              + missing
              + ": give both --token and --base-url to call an API, or neither to try the"
              + " in-memory sandbox.");
    }
    if (connection.apiVersion != null) {
      builder.apiVersion(connection.apiVersion);
    }
    if (connection.language != null) {
      builder.language(connection.language);
    }
    FaciliooSandbox sandbox = null;
    if (token == null) {
      sandbox = FaciliooSandbox.builder().start();
      DemoData.seed(sandbox);
      token = FaciliooSandbox.DEFAULT_TOKEN;
      baseUrl = sandbox.baseUrl();
      err.println(
          "Using an in-memory facilioo sandbox at " + baseUrl + " (no --token/--base-url given).");
      err.flush();
    }
    try {
      builder.token(token).baseUrl(baseUrl);
      budget.applyTo(builder);
      tweak.accept(builder);
      FaciliooOptions options = builder.build();
      return new Session(ProcessesClient.create(options), sandbox, token);
    } catch (IllegalArgumentException e) {
      if (sandbox != null) {
        sandbox.close();
      }
      throw new ParameterException(command, mask(e.getMessage(), token), e);
    } catch (RuntimeException e) {
      if (sandbox != null) {
        sandbox.close();
      }
      throw e;
    }
  }

  ProcessesClient processes() {
    return processes;
  }

  /** The token in use, so messages can mask it. */
  String token() {
    return token;
  }

  @Override
  public void close() {
    try {
      processes.close();
    } finally {
      if (sandbox != null) {
        sandbox.close();
      }
    }
  }

  private static String mask(String message, String secret) {
    return message == null || secret == null ? message : message.replace(secret, "***");
  }

  private static String firstNonBlank(String first, String second) {
    if (first != null && !first.trim().isEmpty()) {
      return first.trim();
    }
    if (second != null && !second.trim().isEmpty()) {
      return second.trim();
    }
    return null;
  }
}

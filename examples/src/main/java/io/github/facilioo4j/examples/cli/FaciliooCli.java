package io.github.facilioo4j.examples.cli;

import io.github.facilioo4j.core.FaciliooOptions;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;

/**
 * The {@code facilioo} command-line tool.
 *
 * <pre>{@code
 * java -jar examples/target/facilioo-cli.jar processes create --report "<p>Water in the basement</p>" \
 *     --contact-id 1 --type-id 1 --unit-id 1
 * java -jar examples/target/facilioo-cli.jar processes list --all --json
 * }</pre>
 *
 * <p>Without {@code --token}/{@code --base-url} (or {@code FACILIOO_TOKEN}/{@code
 * FACILIOO_BASE_URL}) each command runs against an in-memory sandbox with demo data. Each typed SDK
 * error becomes one line on stderr and its own exit code; {@code --help} lists them. {@code
 * --timeout} (or {@code FACILIOO_TIMEOUT}) bounds a whole command, retries and sandbox start
 * included; a command that runs out of it ends with exit code 5. {@code sandbox serve} runs one
 * sandbox until Ctrl-C, for trying several commands on the same data.
 */
@Command(
    name = "facilioo",
    mixinStandardHelpOptions = true,
    versionProvider = FaciliooCli.Version.class,
    description = "Work with facilioo processes from the command line.",
    subcommands = {
      ProcessesCommand.class,
      WhoamiCommand.class,
      PropertiesCommand.class,
      UnitsCommand.class,
      ProcessTypesCommand.class,
      ProcessStagesCommand.class,
      SandboxCommand.class
    },
    footerHeading = "%nEnvironment:%n",
    footer = {
      "  FACILIOO_TOKEN        bearer token (instead of --token)",
      "  FACILIOO_BASE_URL     API base URL (instead of --base-url)",
      "  FACILIOO_API_VERSION  1.0 or 2.0 (instead of --api-version)",
      "  FACILIOO_LANGUAGE     e.g. de-DE (instead of --language)",
      "  FACILIOO_TIMEOUT      budget of the whole command, e.g. 30s (instead of --timeout)",
      "With neither token nor base URL, commands run against an in-memory sandbox with demo data;",
      "'facilioo sandbox serve' keeps one running, so that a create and then a get see the same data."
    })
public final class FaciliooCli {
  private static final String LOG_LEVEL = "org.slf4j.simpleLogger.defaultLogLevel";

  final Map<String, String> env;
  final Consumer<FaciliooOptions.Builder> tweak;
  final Alarm alarm;

  FaciliooCli(Map<String, String> env, Consumer<FaciliooOptions.Builder> tweak, Alarm alarm) {
    this.env = Objects.requireNonNull(env, "env");
    this.tweak = Objects.requireNonNull(tweak, "tweak");
    this.alarm = Objects.requireNonNull(alarm, "alarm");
  }

  /**
   * Runs the tool and exits the JVM with its exit code (0 on success; see {@code --help}).
   *
   * @param args the command line, e.g. {@code processes get 42}
   */
  public static void main(String[] args) {
    // stderr carries the tool's own one-line messages; SDK warnings only with
    // -Dorg.slf4j.simpleLogger.defaultLogLevel=warn (or debug, to see every request).
    if (System.getProperty(LOG_LEVEL) == null) {
      System.setProperty(LOG_LEVEL, "error");
    }
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    System.exit(run(args, System.getenv(), options -> {}, out, err));
  }

  /**
   * Runs the tool in-process.
   *
   * @param tweak adjusts the SDK options after they are built from flags and environment (tests
   *     inject a sleeper here)
   * @return the exit code
   */
  static int run(
      String[] args,
      Map<String, String> env,
      Consumer<FaciliooOptions.Builder> tweak,
      PrintWriter out,
      PrintWriter err) {
    return run(args, env, tweak, Alarm.system(), out, err);
  }

  /**
   * Runs the tool in-process with its own alarm for {@code --timeout}.
   *
   * @param alarm rings when a command's budget runs out (tests ring it on cue)
   * @return the exit code
   */
  static int run(
      String[] args,
      Map<String, String> env,
      Consumer<FaciliooOptions.Builder> tweak,
      Alarm alarm,
      PrintWriter out,
      PrintWriter err) {
    CommandLine commandLine = commandLine(env, tweak, alarm);
    commandLine.setOut(out);
    commandLine.setErr(err);
    try {
      return commandLine.execute(args);
    } finally {
      out.flush();
      err.flush();
    }
  }

  static CommandLine commandLine(
      Map<String, String> env, Consumer<FaciliooOptions.Builder> tweak, Alarm alarm) {
    CommandLine commandLine = new CommandLine(new FaciliooCli(env, tweak, alarm));
    commandLine.setParameterExceptionHandler((e, args) -> usageError(e, args, env));
    configure(commandLine);
    return commandLine;
  }

  private static void configure(CommandLine commandLine) {
    commandLine.getCommandSpec().exitCodeOnInvalidInput(ExitCodes.USAGE);
    commandLine
        .getCommandSpec()
        .usageMessage()
        .exitCodeListHeading("%nExit codes:%n")
        .exitCodeList(ExitCodes.table());
    for (CommandLine sub : commandLine.getSubcommands().values()) {
      configure(sub);
    }
  }

  private static int usageError(ParameterException e, String[] args, Map<String, String> env) {
    CommandLine command = e.getCommandLine();
    PrintWriter err = command.getErr();
    err.println("facilioo: " + maskTokens(String.valueOf(e.getMessage()), args, env));
    err.println("Run '" + command.getCommandSpec().qualifiedName() + " --help' for usage.");
    err.flush();
    return ExitCodes.USAGE;
  }

  /** Picocli may echo arguments (e.g. after a mistyped option); a token must not show up. */
  static String maskTokens(String message, String[] args, Map<String, String> env) {
    List<String> secrets = new ArrayList<>();
    String fromEnv = env.get(FaciliooOptions.ENV_TOKEN);
    if (fromEnv != null && !fromEnv.trim().isEmpty()) {
      secrets.add(fromEnv.trim());
    }
    for (int i = 0; i < args.length; i++) {
      if (args[i].startsWith("--token=")) {
        secrets.add(args[i].substring("--token=".length()));
      } else if (args[i].equals("--token") && i + 1 < args.length) {
        secrets.add(args[i + 1]);
      }
    }
    String masked = message;
    for (String secret : secrets) {
      if (!secret.isEmpty()) {
        masked = masked.replace(secret, "***");
      }
    }
    return masked;
  }

  /** Reads the version from the jar's manifest, when there is one. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = FaciliooCli.class.getPackage().getImplementationVersion();
      return new String[] {"facilioo CLI " + (version == null ? "(development build)" : version)};
    }
  }
}

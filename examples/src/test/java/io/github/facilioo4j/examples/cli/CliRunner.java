package io.github.facilioo4j.examples.cli;

import io.github.facilioo4j.testkit.RecordingSleeper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Runs the tool in-process with captured output and a sleeper that returns at once. */
final class CliRunner {
  record Result(int exitCode, String out, String err, List<Duration> sleeps) {
    List<String> errLines() {
      return err.isEmpty() ? List.of() : Arrays.asList(err.split("\\R"));
    }

    String all() {
      return out + err;
    }
  }

  private CliRunner() {}

  static Result run(Map<String, String> env, String... args) {
    return run(env, Alarm.system(), args);
  }

  /** Runs with an alarm of the test's own for {@code --timeout}. */
  static Result run(Map<String, String> env, Alarm alarm, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    // Back-off delays are recorded instead of slept.
    RecordingSleeper sleeper = new RecordingSleeper();
    int code =
        FaciliooCli.run(
            args,
            env,
            options -> options.sleeper(sleeper),
            alarm,
            new PrintWriter(out),
            new PrintWriter(err));
    return new Result(code, out.toString(), err.toString(), sleeper.delays());
  }

  /** Runs with {@code --base-url} and {@code --token} appended and an empty environment. */
  static Result against(String baseUrl, String token, String... args) {
    return against(baseUrl, token, Alarm.system(), args);
  }

  /** Like {@link #against(String, String, String...)} with an alarm of the test's own. */
  static Result against(String baseUrl, String token, Alarm alarm, String... args) {
    List<String> all = new ArrayList<>(Arrays.asList(args));
    all.add("--base-url");
    all.add(baseUrl);
    all.add("--token");
    all.add(token);
    return run(Map.of(), alarm, all.toArray(new String[0]));
  }
}

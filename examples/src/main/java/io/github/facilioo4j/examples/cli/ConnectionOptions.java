package io.github.facilioo4j.examples.cli;

import io.github.facilioo4j.core.ApiVersion;
import io.github.facilioo4j.core.Language;
import java.time.Duration;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The connection and output options every processes subcommand takes. */
final class ConnectionOptions {
  /** Environment variable with the budget of a whole command: {@value}. */
  static final String ENV_TIMEOUT = "FACILIOO_TIMEOUT";

  @Option(
      names = "--base-url",
      paramLabel = "URL",
      description = "API base URL, e.g. https://api.facilioo.de (env FACILIOO_BASE_URL).")
  String baseUrl;

  @Option(
      names = "--token",
      paramLabel = "TOKEN",
      description =
          "Bearer token (env FACILIOO_TOKEN, preferred: a flag shows up in the process list).")
  String token;

  @Option(
      names = "--api-version",
      paramLabel = "VERSION",
      converter = Converters.ApiVersionConverter.class,
      description = "API version 1.0 or 2.0 (env FACILIOO_API_VERSION; default 2.0).")
  ApiVersion apiVersion;

  @Option(
      names = "--language",
      paramLabel = "TAG",
      converter = Converters.LanguageConverter.class,
      description = "Accept-Language as a BCP 47 tag, e.g. de-DE (env FACILIOO_LANGUAGE).")
  Language language;

  @Option(
      names = "--timeout",
      paramLabel = "DURATION",
      converter = Converters.TimeoutConverter.class,
      description = {
        "Time budget of the whole command, e.g. 30s, 500ms, 2m (env FACILIOO_TIMEOUT; default:"
            + " none). It covers every attempt, retry wait and the sandbox start; when it runs"
            + " out the command stops with exit code 5."
      })
  Duration timeout;

  @Option(
      names = "--json",
      description = "Print the raw JSON of the process(es) instead of a summary or table.")
  boolean json;

  /**
   * Returns the budget: {@code --timeout}, else {@code FACILIOO_TIMEOUT}.
   *
   * @return the budget, or {@code null} for none
   * @throws ParameterException when the variable is not a positive duration, naming it
   */
  Duration timeout(Map<String, String> env, CommandLine command) {
    if (timeout != null) {
      return timeout;
    }
    String fromEnv = env.get(ENV_TIMEOUT);
    if (fromEnv == null || fromEnv.trim().isEmpty()) {
      return null;
    }
    try {
      return Converters.parseTimeout(fromEnv);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(command, ENV_TIMEOUT + ": " + e.getMessage(), e);
    }
  }
}

package io.github.facilioo4j.examples.cli;

import io.github.facilioo4j.core.ApiVersion;
import io.github.facilioo4j.core.Language;
import picocli.CommandLine.Option;

/** The connection and output options every processes subcommand takes. */
final class ConnectionOptions {
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
      names = "--json",
      description = "Print the raw JSON of the process(es) instead of a summary or table.")
  boolean json;
}

package io.github.facilioo4j.examples.cli;

import java.time.OffsetDateTime;
import picocli.CommandLine.Option;

/** The process fields {@code create} and {@code update} take; unset options stay {@code null}. */
final class ProcessFields {
  @Option(
      names = "--report",
      paramLabel = "HTML",
      description = "What happened; HTML allowed (required by create).")
  String report;

  @Option(names = "--subject", paramLabel = "TEXT", description = "Short title.")
  String subject;

  @Option(
      names = "--contact-id",
      paramLabel = "ID",
      description = "Contact who reported it (required by create).")
  Integer contactId;

  @Option(
      names = "--type-id",
      paramLabel = "ID",
      description = "Process type (required by create).")
  Integer typeId;

  @Option(
      names = "--unit-id",
      paramLabel = "ID",
      description = "Unit concerned (required by create).")
  Integer unitId;

  @Option(names = "--stage-id", paramLabel = "ID", description = "Workflow stage.")
  Integer stageId;

  @Option(names = "--account-id", paramLabel = "ID", description = "Account (tenant) id.")
  Integer accountId;

  @Option(
      names = "--external-id",
      paramLabel = "TEXT",
      description = "Your system's id for the process, e.g. erp-4711.")
  String externalId;

  @Option(
      names = "--finished",
      arity = "0..1",
      fallbackValue = "true",
      paramLabel = "true|false",
      description = "Mark as finished (--finished) or not (--finished=false).")
  Boolean finished;

  @Option(
      names = "--finish-date",
      paramLabel = "DATE-TIME",
      converter = Converters.DateTimeConverter.class,
      description = "When it was finished, ISO-8601, e.g. 2026-11-29T14:00:00+01:00.")
  OffsetDateTime finishDate;
}

package io.github.facilioo4j.examples.cli;

import io.github.facilioo4j.processes.ProcessesClient;
import io.github.facilioo4j.processes.ProcessesOperations;
import io.github.facilioo4j.processes.model.ProcessRead;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code facilioo processes update ID}: sends only the given fields (PATCH). */
@Command(
    name = "update",
    mixinStandardHelpOptions = true,
    description = {
      "Change some fields of a process and print it; fields not given stay as they are.",
      "--clear FIELD sets a field to null, e.g. --clear stageId,externalId."
    })
final class UpdateCommand extends ProcessCommand {
  /** The JSON names --clear accepts. */
  static final List<String> CLEARABLE =
      List.of(
          "subject",
          "report",
          "contactId",
          "typeId",
          "unitId",
          "stageId",
          "accountId",
          "isFinished",
          "finishDate",
          "externalId");

  @Parameters(index = "0", paramLabel = "ID", description = "The process id.")
  int id;

  @Mixin ProcessFields fields;

  @Option(
      names = "--clear",
      split = ",",
      paramLabel = "FIELD",
      description = "Set these fields to null: ${COMPLETION-CANDIDATES}.",
      completionCandidates = Clearable.class)
  List<String> clear = new ArrayList<>();

  @Override
  void checkUsage() {
    Set<String> cleared = new LinkedHashSet<>();
    for (String name : clear) {
      if (!CLEARABLE.contains(name)) {
        throw usage("Unknown field for --clear: '" + name + "'; one of " + CLEARABLE + ".");
      }
      if (given(name)) {
        throw usage("'" + name + "' is both set and cleared; choose one.");
      }
      cleared.add(name);
    }
    boolean anyGiven = CLEARABLE.stream().anyMatch(this::given);
    if (!anyGiven && cleared.isEmpty()) {
      throw usage("Nothing to update: give a field option such as --subject, or --clear FIELD.");
    }
  }

  @Override
  boolean writes() {
    return true;
  }

  @Override
  void run(ProcessesClient processes, PrintWriter out) {
    ProcessesOperations.UpdateProcess request = processes.update(id);
    // Only fields that were given (or cleared) are sent; an explicit null clears the field.
    for (String name : CLEARABLE) {
      if (given(name) || clear.contains(name)) {
        set(request, name, clear.contains(name));
      }
    }
    ProcessRead process = request.execute();
    if (connection.json) {
      out.println(Output.json(process));
    } else {
      Output.summary(out, "Updated process", process);
    }
  }

  private boolean given(String name) {
    return value(name) != null;
  }

  private Object value(String name) {
    return switch (name) {
      case "subject" -> fields.subject;
      case "report" -> fields.report;
      case "contactId" -> fields.contactId;
      case "typeId" -> fields.typeId;
      case "unitId" -> fields.unitId;
      case "stageId" -> fields.stageId;
      case "accountId" -> fields.accountId;
      case "isFinished" -> fields.finished;
      case "finishDate" -> fields.finishDate;
      case "externalId" -> fields.externalId;
      default -> throw new IllegalArgumentException(name);
    };
  }

  private void set(ProcessesOperations.UpdateProcess request, String name, boolean toNull) {
    switch (name) {
      case "subject" -> request.subject(toNull ? null : fields.subject);
      case "report" -> request.report(toNull ? null : fields.report);
      case "contactId" -> request.contactId(toNull ? null : fields.contactId);
      case "typeId" -> request.typeId(toNull ? null : fields.typeId);
      case "unitId" -> request.unitId(toNull ? null : fields.unitId);
      case "stageId" -> request.stageId(toNull ? null : fields.stageId);
      case "accountId" -> request.accountId(toNull ? null : fields.accountId);
      case "isFinished" -> request.isFinished(toNull ? null : fields.finished);
      case "finishDate" -> request.finishDate(toNull ? null : fields.finishDate);
      case "externalId" -> request.externalId(toNull ? null : fields.externalId);
      default -> throw new IllegalArgumentException(name);
    }
  }

  /** Lists the clearable names in the help text. */
  static final class Clearable extends ArrayList<String> {
    private static final long serialVersionUID = 1L;

    Clearable() {
      super(Arrays.asList(CLEARABLE.toArray(new String[0])));
    }
  }
}

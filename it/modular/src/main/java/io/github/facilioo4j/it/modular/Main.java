package io.github.facilioo4j.it.modular;

import io.github.facilioo4j.core.FaciliooOptions;
import io.github.facilioo4j.core.Page;
import io.github.facilioo4j.core.errors.NotFoundException;
import io.github.facilioo4j.core.errors.ValidationException;
import io.github.facilioo4j.processes.ProcessesClient;
import io.github.facilioo4j.processes.model.ProcessRead;
import io.github.facilioo4j.testkit.FaciliooSandbox;
import org.slf4j.LoggerFactory;

/**
 * Creates, reads, lists and updates a process in the sandbox, and meets a 404 and a validation
 * problem, all from the module path. Exits with 1 and a reason when something is not as expected.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    check(
        Main.class.getModule().isNamed() && ProcessesClient.class.getModule().isNamed(),
        "the application and the SDK should be named modules, not on the class path");
    check(
        ProcessesClient.class.getModule().getName().equals("io.github.facilioo4j.processes"),
        "unexpected module " + ProcessesClient.class.getModule());
    String logging = LoggerFactory.getILoggerFactory().getClass().getName();
    check(logging.startsWith("org.slf4j.simple"), "SLF4J found no provider: " + logging);

    try (FaciliooSandbox sandbox = FaciliooSandbox.builder().start();
        ProcessesClient processes =
            ProcessesClient.create(
                FaciliooOptions.builder()
                    .baseUrl(sandbox.baseUrl())
                    .token(FaciliooSandbox.DEFAULT_TOKEN)
                    .build())) {
      sandbox.seedUnit(501, 77);
      ProcessRead created =
          processes
              .create()
              .report("<p>Water in the basement</p>")
              .contactId(1)
              .typeId(2)
              .unitId(501)
              .externalId("erp-4711")
              .execute();
      ProcessRead read = processes.retrieve(created.id());
      check("erp-4711".equals(read.externalId()), "read back " + read);
      processes.update(created.id()).subject("Water damage").execute();
      Page<ProcessRead> page = processes.listForUnit(501, 10);
      check(page.stream().count() == 1, "expected one process in unit 501");
      check(
          "Water damage".equals(processes.retrieve(created.id()).subject()), "update not applied");

      try {
        processes.retrieve(999_999);
        fail("a missing process should be a NotFoundException");
      } catch (NotFoundException expected) {
        check(expected.statusCode() == 404, "status " + expected.statusCode());
      }
      try {
        processes.create().report("<p>No unit</p>").contactId(1).typeId(2).unitId(404).execute();
        fail("an unknown unit should be a ValidationException");
      } catch (ValidationException expected) {
        check(!expected.fieldErrors().isEmpty(), "no field errors in " + expected);
      }
    }
    System.out.println("Modular application: the SDK runs on the module path.");
  }

  private static void check(boolean condition, String message) {
    if (!condition) {
      fail(message);
    }
  }

  private static void fail(String message) {
    System.err.println("Modular application failed: " + message);
    System.exit(1);
  }
}

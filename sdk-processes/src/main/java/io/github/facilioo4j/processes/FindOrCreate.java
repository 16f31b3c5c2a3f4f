package io.github.facilioo4j.processes;

import io.github.facilioo4j.core.ApiResponse;
import io.github.facilioo4j.core.Page;
import io.github.facilioo4j.core.RequestOptions;
import io.github.facilioo4j.core.spi.Futures;
import io.github.facilioo4j.core.spi.Violations;
import io.github.facilioo4j.processes.model.ProcessCreate;
import io.github.facilioo4j.processes.model.ProcessRead;
import java.util.concurrent.CompletableFuture;

/**
 * Creates a process unless its unit already has a live process with the same externalId. The walk
 * goes through the unit's list (a created process belongs to its unit, so this is the smallest
 * listing that must contain it) in pages of 100, holding one page at a time.
 */
final class FindOrCreate {
  /** Pages as large as the API allows, so that the walk takes as few calls as possible. */
  private static final int PAGE_SIZE = 100;

  private final ProcessesClient processes;
  private final ProcessCreate process;
  private final RequestOptions options;

  FindOrCreate(ProcessesClient processes, ProcessCreate process, RequestOptions options) {
    this.processes = processes;
    this.process = process;
    this.options = options;
  }

  CreateResult run() {
    checkValid();
    ApiResponse<Page<ProcessRead>> first = listPage(1).executeWithResponse();
    Page<ProcessRead> page = first.value();
    while (page != null) {
      ProcessRead found = match(page);
      if (found != null) {
        return new CreateResult(page.response().withValue(found), false);
      }
      // An empty page ends the walk, as it does for Page.autoPager().
      page = page.items().isEmpty() ? null : page.nextPage().orElse(null);
    }
    return new CreateResult(create().executeWithResponse(), true);
  }

  CompletableFuture<CreateResult> runAsync() {
    checkValid();
    return walkAsync(1);
  }

  private CompletableFuture<CreateResult> walkAsync(int pageNumber) {
    return Futures.compose(
        listPage(pageNumber).executeWithResponseAsync(),
        response -> {
          Page<ProcessRead> page = response.value();
          ProcessRead found = match(page);
          if (found != null) {
            return CompletableFuture.completedFuture(
                new CreateResult(page.response().withValue(found), false));
          }
          // Same stop rules as the blocking walk and Page.nextPage().
          if (!page.items().isEmpty() && page.hasNextPage() && page.pageNumber() >= pageNumber) {
            return walkAsync(page.pageNumber() + 1);
          }
          return Futures.map(
              create().executeWithResponseAsync(), created -> new CreateResult(created, true));
        });
  }

  private void checkValid() {
    Violations violations = new Violations();
    violations.addAll(process.constraintViolations());
    String externalId = process.externalId();
    if (externalId == null || externalId.isEmpty()) {
      violations.add("externalId", "is required to find an existing process");
    } else {
      violations.notBlank("externalId", externalId);
    }
    violations.throwIfAny();
  }

  private ProcessesOperations.ListUnitProcesses listPage(int pageNumber) {
    return processes
        .listForUnit(process.unitId())
        .pageSize(PAGE_SIZE)
        .pageNumber(pageNumber)
        .options(options);
  }

  /**
   * The first live process on the page with the wanted externalId; soft-deleted ones are skipped.
   */
  private ProcessRead match(Page<ProcessRead> page) {
    for (ProcessRead candidate : page.items()) {
      if (candidate != null
          && candidate.deleted() == null
          && process.externalId().equals(candidate.externalId())) {
        return candidate;
      }
    }
    return null;
  }

  private ProcessesOperations.CreateProcess create() {
    return processes.create().body(process).options(options);
  }
}

package io.github.facilioo4j.processes;

import io.github.facilioo4j.core.ApiResponse;
import io.github.facilioo4j.core.RequestOptions;
import io.github.facilioo4j.core.internal.mapping.PageEnvelope;
import io.github.facilioo4j.core.internal.mapping.PageWalk;
import io.github.facilioo4j.core.spi.Futures;
import io.github.facilioo4j.core.spi.Violations;
import io.github.facilioo4j.processes.model.ProcessCreate;
import io.github.facilioo4j.processes.model.ProcessRead;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * Creates a process unless its unit already has a live process with the same externalId. The walk
 * goes through the unit's list (a created process belongs to its unit, so this is the smallest
 * listing that must contain it) in pages of 100, holding one page at a time.
 *
 * <p>A match on any page is conclusive and ends the walk: the server itself listed the process.
 * "Absent" is concluded only from a {@link PageWalk#complete complete walk}, which proves that
 * every page of the listing was seen exactly once; any page that breaks its rules ends the call
 * with an {@link io.github.facilioo4j.core.errors.InvalidResponseException} and nothing is created.
 * The blocking and the async form drive the same walk through {@link #onPage}, so they load the
 * same pages and reach the same outcome.
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
    PageWalk<ProcessRead> walk = PageWalk.complete(ProcessRead::id);
    for (int number = walk.nextPageNumber(); number != 0; number = walk.nextPageNumber()) {
      CreateResult found = onPage(walk, listPage(number).executeEnvelope());
      if (found != null) {
        return found;
      }
    }
    return new CreateResult(create().executeWithResponse(), true);
  }

  CompletableFuture<CreateResult> runAsync() {
    checkValid();
    return walkAsync(PageWalk.complete(ProcessRead::id));
  }

  private CompletableFuture<CreateResult> walkAsync(PageWalk<ProcessRead> walk) {
    int number = walk.nextPageNumber();
    if (number == 0) {
      return Futures.map(
          create().executeWithResponseAsync(), created -> new CreateResult(created, true));
    }
    return Futures.compose(
        listPage(number).executeEnvelopeAsync(),
        response -> {
          CreateResult found = onPage(walk, response);
          return found != null ? CompletableFuture.completedFuture(found) : walkAsync(walk);
        });
  }

  /**
   * One step of the walk, the same for both forms: the match on this page, or {@code null} after
   * the walk has accepted the page.
   *
   * @throws io.github.facilioo4j.core.errors.InvalidResponseException when the page cannot be
   *     trusted
   */
  private @Nullable CreateResult onPage(
      PageWalk<ProcessRead> walk, ApiResponse<PageEnvelope<ProcessRead>> response) {
    PageEnvelope<ProcessRead> page = response.value();
    ProcessRead found = match(page.items());
    if (found != null) {
      return new CreateResult(response.withValue(found), false);
    }
    walk.accept(response.statusCode(), page);
    return null;
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
  private @Nullable ProcessRead match(List<@Nullable ProcessRead> items) {
    for (ProcessRead candidate : items) {
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

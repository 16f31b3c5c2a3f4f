package io.github.facilioo4j.processes;

import io.github.facilioo4j.core.ApiRequest;
import io.github.facilioo4j.core.ApiResponse;
import io.github.facilioo4j.core.FaciliooClient;
import io.github.facilioo4j.core.Page;
import io.github.facilioo4j.core.PageFetcher;
import io.github.facilioo4j.core.RequestOptions;
import io.github.facilioo4j.core.internal.PageEnvelope;
import io.github.facilioo4j.processes.model.ProcessRead;
import java.util.concurrent.CompletableFuture;

/**
 * A fluent list of processes: all of them ({@link ProcessesClient#list()}), those of a property
 * ({@link ProcessesClient#listForProperty(int)}) or those of a unit ({@link
 * ProcessesClient#listForUnit(int)}).
 *
 * <pre>{@code
 * Page<ProcessRead> first = processes.listForUnit(77).pageSize(100).execute();
 * first.stream().filter(p -> p.deleted() == null).forEach(this::sync);
 * }</pre>
 *
 * <p>The page size is required (1 to 100); the page number starts at 1 and defaults to 1. The
 * returned page walks on lazily with {@link Page#autoPager()} and {@link Page#stream()}: each
 * following page is loaded with the same path, page size and per-call options only when the walk
 * reaches it, and only one page is held at a time. Pages after the first are loaded on the thread
 * that walks, also when the first page came from {@link #executeAsync()}. The walk ends at the last
 * page the envelope justifies and never wraps a page number; a page that is not the one asked for
 * fails it with an {@link io.github.facilioo4j.core.errors.InvalidResponseException} (see {@link
 * Page} for the rules). Soft-deleted processes may appear in the listing; their {@code deleted()}
 * is set. Not thread-safe; see {@link ProcessCall}.
 */
public final class ProcessListRequest extends ProcessCall<Page<ProcessRead>, ProcessListRequest> {

  private final String pathTemplate;
  private final String scopeName;
  private final Integer scopeId;
  private Integer pageSize;
  private int pageNumber = 1;

  ProcessListRequest(FaciliooClient core, String pathTemplate, String scopeName, Integer scopeId) {
    super(core);
    this.pathTemplate = pathTemplate;
    this.scopeName = scopeName;
    this.scopeId = scopeId;
  }

  static ProcessListRequest all(FaciliooClient core) {
    return new ProcessListRequest(core, "/api/processes", null, null);
  }

  static ProcessListRequest forProperty(FaciliooClient core, int propertyId) {
    return new ProcessListRequest(
        core, "/api/properties/{propertyId}/processes", "propertyId", propertyId);
  }

  static ProcessListRequest forUnit(FaciliooClient core, int unitId) {
    return new ProcessListRequest(core, "/api/units/{unitId}/processes", "unitId", unitId);
  }

  /**
   * Sets how many processes a page holds at most; the server may return fewer. Required.
   *
   * @param pageSize between 1 and 100
   * @return this call
   */
  public ProcessListRequest pageSize(int pageSize) {
    this.pageSize = pageSize;
    return this;
  }

  /**
   * Sets the page to start at; 1 unless set.
   *
   * @param pageNumber 1 or more
   * @return this call
   */
  public ProcessListRequest pageNumber(int pageNumber) {
    this.pageNumber = pageNumber;
    return this;
  }

  @Override
  void validate(Violations violations) {
    if (scopeName != null) {
      violations.requiredId(scopeName, scopeId);
    }
    violations.pageSize(pageSize);
    violations.pageNumber(pageNumber);
  }

  @Override
  ApiRequest request(RequestOptions requestOptions) {
    return request(pageNumber, requestOptions);
  }

  private ApiRequest request(int number, RequestOptions requestOptions) {
    ApiRequest.Builder builder = ApiRequest.builder().method("GET");
    if (scopeName == null) {
      builder.path(pathTemplate);
    } else {
      builder.path(pathTemplate, scopeId);
    }
    return builder
        .query("pageNumber", number)
        .query("pageSize", pageSize)
        .options(requestOptions)
        .build();
  }

  @Override
  ApiResponse<Page<ProcessRead>> send(ApiRequest request) {
    return toPage(ProcessResponses.executePage(core, request), fetcher(request.options()));
  }

  @Override
  CompletableFuture<ApiResponse<Page<ProcessRead>>> sendAsync(ApiRequest request) {
    PageFetcher<ProcessRead> fetcher = fetcher(request.options());
    CompletableFuture<ApiResponse<PageEnvelope<ProcessRead>>> sent =
        ProcessResponses.executePageAsync(core, request);
    return Futures.map(sent, response -> toPage(response, fetcher));
  }

  /**
   * Repeats this request for another page number. It captures only the request's values, never a
   * page, so a walk holds one page at a time; later changes to this builder do not affect it.
   */
  private PageFetcher<ProcessRead> fetcher(RequestOptions requestOptions) {
    ProcessListRequest snapshot = new ProcessListRequest(core, pathTemplate, scopeName, scopeId);
    snapshot.pageSize = pageSize;
    return number -> snapshot.send(snapshot.request(number, requestOptions)).value();
  }

  private static ApiResponse<Page<ProcessRead>> toPage(
      ApiResponse<PageEnvelope<ProcessRead>> response, PageFetcher<ProcessRead> fetcher) {
    return response.withValue(Page.of(response, fetcher));
  }
}

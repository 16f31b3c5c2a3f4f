package io.github.facilioo4j.processes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.facilioo4j.core.ApiResponse;
import io.github.facilioo4j.core.ApiVersion;
import io.github.facilioo4j.core.Page;
import io.github.facilioo4j.core.errors.ServerException;
import io.github.facilioo4j.processes.model.ProcessRead;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ProcessListTest extends ProcessesTestSupport {

  @ParameterizedTest
  @EnumSource(Mode.class)
  void listGetsTheFirstPageWithPageNumberAndPageSize(Mode mode) throws Exception {
    enqueueJson(200, page(1, 1, 25, process(1), process(2)));

    Page<ProcessRead> page =
        mode == Mode.SYNC ? processes.list(25) : await(processes.listAsync(25));

    assertEquals(Arrays.asList(1, 2), ids(page.items()));
    assertEquals(1, page.pageNumber());
    assertFalse(page.hasNextPage());
    RecordedRequest request = takeRequest();
    assertEquals("GET", request.getMethod());
    assertEquals("/api/processes?pageNumber=1&pageSize=25", request.getPath());
    assertEquals("Bearer " + TOKEN, request.getHeader("Authorization"));
    assertEquals("2.0", request.getHeader("api-version"));
    assertEquals("application/json", request.getHeader("Accept"));
    assertEquals(0, request.getBodySize());
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void listForPropertyUsesThePropertyRoute(Mode mode) throws Exception {
    enqueueJson(200, page(1, 1, 10, process(1)));

    Page<ProcessRead> page =
        mode == Mode.SYNC
            ? processes.listForProperty(5, 10)
            : await(processes.listForPropertyAsync(5, 10));

    assertEquals(Arrays.asList(1), ids(page.items()));
    assertEquals("/api/properties/5/processes?pageNumber=1&pageSize=10", takeRequest().getPath());
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void listForUnitUsesTheUnitRoute(Mode mode) throws Exception {
    enqueueJson(200, page(1, 1, 100, process(1)));

    Page<ProcessRead> page =
        mode == Mode.SYNC
            ? processes.listForUnit(77, 100)
            : await(processes.listForUnitAsync(77, 100));

    assertEquals(Arrays.asList(1), ids(page.items()));
    assertEquals("/api/units/77/processes?pageNumber=1&pageSize=100", takeRequest().getPath());
  }

  @Test
  void fluentListStartsAtTheGivenPageAndGivesTheRawAnswer() throws Exception {
    enqueueJson(200, page(3, 3, 2, process(5)));

    ApiResponse<Page<ProcessRead>> response =
        processes.listForUnit(77).pageSize(2).pageNumber(3).executeWithResponse();

    assertEquals(200, response.statusCode());
    assertEquals("req-200", response.requestId().orElse(null));
    assertEquals(3, response.value().pageNumber());
    assertEquals("req-200", response.value().response().requestId().orElse(null));
    assertEquals("/api/units/77/processes?pageNumber=3&pageSize=2", takeRequest().getPath());
  }

  @Test
  void aWalkOverThreePagesLoadsEachPageOnlyWhenTheIteratorReachesIt() throws Exception {
    enqueueJson(200, page(1, 3, 2, process(1), process(2)));
    enqueueJson(200, page(2, 3, 2, process(3), process(4)));
    enqueueJson(200, page(3, 3, 2, process(5)));

    Page<ProcessRead> first = processes.list().pageSize(2).header("x-trace", "walk").execute();
    assertEquals(1, server.getRequestCount());

    Iterator<ProcessRead> walk = first.autoPager().iterator();
    assertEquals(1, walk.next().id());
    assertEquals(2, walk.next().id());
    assertEquals(1, server.getRequestCount(), "page 2 loaded before it was reached");
    assertEquals(3, walk.next().id());
    assertEquals(2, server.getRequestCount());
    assertEquals(4, walk.next().id());
    assertEquals(2, server.getRequestCount(), "page 3 loaded before it was reached");
    assertEquals(5, walk.next().id());
    assertEquals(3, server.getRequestCount());
    assertFalse(walk.hasNext());
    assertEquals(3, server.getRequestCount());

    // Every page repeats the first request with the next page number and the same per-call options.
    for (int number = 1; number <= 3; number++) {
      RecordedRequest request = takeRequest();
      assertEquals("/api/processes?pageNumber=" + number + "&pageSize=2", request.getPath());
      assertEquals("walk", request.getHeader("x-trace"));
      assertEquals("Bearer " + TOKEN, request.getHeader("Authorization"));
    }
  }

  @Test
  void aStreamWalksEveryPageOfAnAsyncFirstPageAndLimitLoadsNoMoreThanNeeded() throws Exception {
    enqueueJson(200, page(1, 3, 2, process(1), process(2)));
    enqueueJson(200, page(2, 3, 2, process(3), process(4)));

    Page<ProcessRead> first =
        await(processes.listForUnit(77).pageSize(2).apiVersion(ApiVersion.V1).executeAsync());
    List<Integer> ids = first.stream().limit(3).map(ProcessRead::id).collect(Collectors.toList());

    assertEquals(Arrays.asList(1, 2, 3), ids);
    assertEquals(2, server.getRequestCount());
    takeRequest();
    RecordedRequest second = takeRequest();
    assertEquals("/api/units/77/processes?pageNumber=2&pageSize=2", second.getPath());
    assertEquals("1.0", second.getHeader("api-version"));
  }

  @Test
  void aFailingLaterPageSurfacesAsTheTypedExceptionDuringTheWalk() {
    enqueueJson(200, page(1, 2, 1, process(1)));
    enqueueProblem(500, "{\"title\":\"boom\",\"status\":500}");

    Iterator<ProcessRead> walk = processes.list(1).autoPager().iterator();
    assertEquals(1, walk.next().id());

    assertThrows(ServerException.class, walk::hasNext);
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void laterChangesToTheCallDoNotChangeTheWalk() throws Exception {
    enqueueJson(200, page(1, 2, 1, process(1)));
    enqueueJson(200, page(2, 2, 1, process(2)));
    ProcessesOperations.ListProcesses call = processes.list().pageSize(1);
    Page<ProcessRead> first = call.execute();

    call.pageSize(50).header("x-late", "yes");

    assertEquals(Arrays.asList(1, 2), ids(first.stream().collect(Collectors.toList())));
    takeRequest();
    RecordedRequest second = takeRequest();
    assertEquals("/api/processes?pageNumber=2&pageSize=1", second.getPath());
    assertNull(second.getHeader("x-late"));
  }

  private static List<Integer> ids(List<ProcessRead> processes) {
    return processes.stream().map(ProcessRead::id).collect(Collectors.toList());
  }
}

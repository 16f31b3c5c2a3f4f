package io.github.facilioo4j.processes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.facilioo4j.core.errors.ForbiddenException;
import io.github.facilioo4j.core.errors.ValidationException;
import io.github.facilioo4j.processes.model.ProcessCreate;
import java.util.Arrays;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FindOrCreateTest extends ProcessesTestSupport {
  private static final ProcessCreate SYNCED =
      ProcessCreate.builder()
          .report("<p>Broken window</p>")
          .contactId(12)
          .typeId(3)
          .unitId(77)
          .externalId("erp-4711")
          .build();

  private CreateResult createIfAbsent(Mode mode, ProcessCreate process) {
    return mode == Mode.SYNC
        ? processes.createIfAbsent(process)
        : await(processes.createIfAbsentAsync(process));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void findsALiveProcessWithTheSameExternalIdOnALaterPageAndCreatesNothing(Mode mode)
      throws Exception {
    // Three pages of two (the server applies its own page size); the match is on page 2.
    enqueueJson(
        200,
        ListingServer.pageOf(
            1,
            2,
            6,
            process(1, 77, "erp-1", null),
            // A soft-deleted process with the same externalId does not count.
            process(2, 77, "erp-4711", "2026-01-01T00:00:00Z")));
    enqueueJson(
        200,
        ListingServer.pageOf(
            2, 2, 6, process(3, 77, "ERP-4711", null), process(4, 77, "erp-4711", null)));

    CreateResult result = createIfAbsent(mode, SYNCED);

    assertFalse(result.created());
    assertEquals(4, result.process().id());
    assertEquals(200, result.response().statusCode());
    assertEquals(2, server.getRequestCount(), "page 3 or a POST was requested");
    assertEquals("/api/units/77/processes?pageNumber=1&pageSize=100", takeRequest().getPath());
    RecordedRequest second = takeRequest();
    assertEquals("GET", second.getMethod());
    assertEquals("/api/units/77/processes?pageNumber=2&pageSize=100", second.getPath());
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void createsTheProcessWhenNoPageHoldsItsExternalId(Mode mode) throws Exception {
    enqueueJson(200, ListingServer.pageOf(1, 1, 2, process(1, 77, "erp-1", null)));
    enqueueJson(
        200, ListingServer.pageOf(2, 1, 2, process(2, 77, "erp-4711", "2026-01-01T00:00:00Z")));
    enqueueJson(201, process(900, 77, "erp-4711", null));

    CreateResult result = createIfAbsent(mode, SYNCED);

    assertTrue(result.created());
    assertEquals(900, result.process().id());
    assertEquals(201, result.response().statusCode());
    assertEquals("req-201", result.response().requestId().orElse(null));
    assertEquals(3, server.getRequestCount());
    takeRequest();
    takeRequest();
    RecordedRequest post = takeRequest();
    assertEquals("POST", post.getMethod());
    assertEquals("/api/processes", post.getPath());
    assertEquals("Bearer " + TOKEN, post.getHeader("Authorization"));
    assertJsonBody(
        "{\"report\":\"<p>Broken window</p>\",\"contactId\":12,\"typeId\":3,\"unitId\":77,"
            + "\"externalId\":\"erp-4711\"}",
        post);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void anEmptyUnitLeadsStraightToTheCreate(Mode mode) throws Exception {
    enqueueJson(200, page(1, 0, 100));
    enqueueJson(200, process(901, 77, "erp-4711", null));

    CreateResult result = createIfAbsent(mode, SYNCED);

    assertTrue(result.created());
    assertEquals(2, server.getRequestCount());
    takeRequest();
    assertEquals("POST", takeRequest().getMethod());
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void withoutExternalIdItSendsNothingAndNamesExternalIdWithTheOtherProblems(Mode mode) {
    ProcessCreate noKey = SYNCED.toBuilder().externalId(null).contactId(null).build();

    ValidationException e =
        assertThrows(ValidationException.class, () -> createIfAbsent(mode, noKey));

    assertEquals(
        Arrays.asList("contactId", "externalId"),
        Arrays.asList(e.fieldErrors().keySet().toArray()));
    assertTrue(e.isLocal());
    assertEquals(0, server.getRequestCount());
    assertThrows(
        ValidationException.class,
        () -> createIfAbsent(mode, SYNCED.toBuilder().externalId("  ").build()));
    assertEquals(0, server.getRequestCount());
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aFailingListCreatesNothingAndSurfacesTheTypedException(Mode mode) {
    enqueueProblem(403, "{\"title\":\"Forbidden\",\"status\":403}");

    assertThrows(ForbiddenException.class, () -> createIfAbsent(mode, SYNCED));
    assertEquals(1, server.getRequestCount());
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void theFluentFormFindsTheSameWay(Mode mode) {
    enqueueJson(200, page(1, 1, 100, process(5, 77, "erp-4711", null)));
    ProcessesOperations.CreateProcess call = processes.create().body(SYNCED);

    CreateResult result =
        mode == Mode.SYNC
            ? processes.createIfAbsent(call)
            : await(processes.createIfAbsentAsync(call));

    assertFalse(result.created());
    assertEquals(5, result.process().id());
    assertEquals(1, server.getRequestCount());
  }
}

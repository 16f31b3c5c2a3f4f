package io.github.facilioo4j.processes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.facilioo4j.core.ApiResponse;
import io.github.facilioo4j.core.Page;
import io.github.facilioo4j.core.spi.OperationCall;
import io.github.facilioo4j.processes.model.FileRead;
import io.github.facilioo4j.processes.model.PartyRead;
import io.github.facilioo4j.processes.model.UnitRead;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The documented sub-resources of a process, each sent blocking and async through one body. */
class ProcessSubResourcesTest extends ProcessesTestSupport {

  private <T> T send(OperationCall<T, ?> call, Mode mode) {
    return mode == Mode.SYNC ? call.execute() : await(call.executeAsync());
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void additionalLinkedUnitsArePagedUnits(Mode mode) throws Exception {
    enqueueJson(200, page(1, 1, 20, "{\"id\":8,\"number\":\"WE-8\"}"));

    Page<UnitRead> units = send(processes.additionalLinkedUnits(7).pageSize(20), mode);

    assertEquals("WE-8", units.items().get(0).number());
    assertEquals(
        "/api/processes/7/additional-linked-units?pageNumber=1&pageSize=20",
        takeRequest().getPath());
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void filesArePagedAndKeepWhatTheDocumentDoesNotList(Mode mode) throws Exception {
    enqueueJson(200, page(1, 1, 20, "{\"id\":3,\"name\":\"photo.jpg\",\"size\":1024}"));

    Page<FileRead> files = send(processes.files(7).pageSize(20), mode);

    assertEquals("photo.jpg", files.items().get(0).name());
    assertEquals(1024, files.items().get(0).additionalProperties().get("size"));
    assertEquals("/api/processes/7/files?pageNumber=1&pageSize=20", takeRequest().getPath());
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void accessorPartiesArePagedParties(Mode mode) throws Exception {
    enqueueJson(200, page(1, 1, 20, "{\"id\":2,\"fullName\":\"Erika Mustermann\"}"));

    Page<PartyRead> parties = send(processes.accessorParties(7).pageSize(20), mode);

    assertEquals("Erika Mustermann", parties.items().get(0).fullName());
    assertEquals(
        "/api/processes/7/accessor-parties?pageNumber=1&pageSize=20", takeRequest().getPath());
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void grantAndRevokeSendPutAndDeleteWithoutABodyAndTakeAny2xx(Mode mode) throws Exception {
    server.enqueue(new MockResponse().setResponseCode(204));
    enqueueJson(200, "{\"whatever\":true}");

    ApiResponse<Void> granted =
        mode == Mode.SYNC
            ? processes.grantAccess(7, 2).executeWithResponse()
            : await(processes.grantAccess(7, 2).executeWithResponseAsync());
    Void revoked = send(processes.revokeAccess(7, 2), mode);

    assertEquals(204, granted.statusCode());
    assertNull(revoked);
    RecordedRequest put = takeRequest();
    assertEquals("PUT", put.getMethod());
    assertEquals("/api/processes/7/accessor-parties/2", put.getPath());
    assertEquals("Bearer " + TOKEN, put.getHeader("Authorization"));
    assertEquals(0, put.getBodySize());
    RecordedRequest delete = takeRequest();
    assertEquals("DELETE", delete.getMethod());
    assertEquals("/api/processes/7/accessor-parties/2", delete.getPath());
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void grantAndRevokeAreRetriedAfterAServiceUnavailableLikeAGet(Mode mode) throws Exception {
    List<Duration> waits = new ArrayList<>();
    try (ProcessesClient retrying =
        ProcessesClient.create(options().maxRetries(1).sleeper(waits::add).build())) {
      for (Function<ProcessesClient, OperationCall<Void, ?>> start :
          java.util.Arrays.<Function<ProcessesClient, OperationCall<Void, ?>>>asList(
              p -> p.grantAccess(7, 2), p -> p.revokeAccess(7, 2))) {
        server.enqueue(new MockResponse().setResponseCode(503).setHeader("Retry-After", "2"));
        server.enqueue(new MockResponse().setResponseCode(204));

        send(start.apply(retrying), mode);
      }
    }

    assertEquals(4, server.getRequestCount());
    assertEquals("PUT", takeRequest().getMethod());
    assertEquals("PUT", takeRequest().getMethod());
    assertEquals("DELETE", takeRequest().getMethod());
    assertEquals("DELETE", takeRequest().getMethod());
    assertEquals(2, waits.size());
    assertEquals(Duration.ofSeconds(2), waits.get(0));
  }
}

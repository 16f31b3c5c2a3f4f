package io.github.facilioo4j.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.facilioo4j.core.errors.NotFoundException;
import io.github.facilioo4j.core.errors.ServerException;
import io.github.facilioo4j.core.errors.ValidationException;
import io.github.facilioo4j.core.generic.GenericClient;
import io.github.facilioo4j.core.spi.OperationCall;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The generic client: any collection by name, through the same call machinery as typed ones. */
class GenericClientTest extends ClientTestSupport {
  /** A type of the caller's. */
  static final class Meter {
    @JsonProperty("id")
    int id;

    @JsonProperty("serial")
    String serial;
  }

  static MockResponse json(String body) {
    return new MockResponse().setHeader("Content-Type", "application/json").setBody(body);
  }

  static String page(int number, int totalPages, String items) {
    return "{\"items\":["
        + items
        + "],\"pageNumber\":"
        + number
        + ",\"pageSize\":2,\"totalPages\":"
        + totalPages
        + ",\"totalCount\":"
        + (totalPages * 2)
        + ",\"hasPreviousPage\":"
        + (number > 1)
        + ",\"hasNextPage\":"
        + (number < totalPages)
        + "}";
  }

  static <T> T send(OperationCall<T, ?> call, boolean async) throws Exception {
    if (!async) {
      return call.execute();
    }
    try {
      return call.executeAsync().get(30, TimeUnit.SECONDS);
    } catch (java.util.concurrent.ExecutionException e) {
      throw (RuntimeException) e.getCause();
    }
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void listWalksEveryPageOfAnyCollectionAsTrees(boolean async) throws Exception {
    server.enqueue(json(page(1, 2, "{\"id\":1},{\"id\":2}")));
    server.enqueue(json(page(2, 2, "{\"id\":3}")));
    GenericClient api = GenericClient.create(client());

    Page<JsonNode> first = send(api.resource("work-orders").list().pageSize(2), async);
    List<Integer> ids = first.stream().map(n -> n.get("id").asInt()).collect(Collectors.toList());

    assertEquals(List.of(1, 2, 3), ids);
    RecordedRequest one = server.takeRequest();
    assertEquals("GET", one.getMethod());
    assertEquals("/api/work-orders?pageNumber=1&pageSize=2", one.getPath());
    assertEquals("Bearer " + TOKEN, one.getHeader("Authorization"));
    assertEquals("2.0", one.getHeader("api-version"));
    assertEquals("/api/work-orders?pageNumber=2&pageSize=2", server.takeRequest().getPath());
    assertEquals(2, server.getRequestCount());
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void searchPostsTheFilterWithPagingInTheQueryAndReadsTheCallersType(boolean async)
      throws Exception {
    server.enqueue(json(page(1, 2, "{\"id\":7,\"serial\":\"M-7\",\"extra\":1}")));
    server.enqueue(json(page(2, 2, "{\"id\":8,\"serial\":\"M-8\"}")));
    GenericClient api = GenericClient.create(client());
    Map<String, Object> filter = Map.of("orderBy", List.of("readingDate asc"));

    Page<Meter> first =
        send(api.resource("consumption-meters", Meter.class).search(filter).pageSize(2), async);
    List<String> serials = first.stream().map(m -> m.serial).collect(Collectors.toList());

    assertEquals(List.of("M-7", "M-8"), serials);
    for (int number = 1; number <= 2; number++) {
      RecordedRequest request = server.takeRequest();
      assertEquals("POST", request.getMethod());
      assertEquals(
          "/api/consumption-meters/search?pageNumber=" + number + "&pageSize=2", request.getPath());
      assertEquals("{\"orderBy\":[\"readingDate asc\"]}", request.getBody().readUtf8());
    }
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void retrieveGetsOneRecordAndAnUnknownOneIsNotFound(boolean async) throws Exception {
    server.enqueue(json("{\"id\":5,\"serial\":\"M-5\"}"));
    server.enqueue(
        new MockResponse()
            .setResponseCode(404)
            .setHeader("Content-Type", "application/problem+json")
            .setBody("{\"title\":\"Not Found\",\"status\":404}"));
    GenericClient api = GenericClient.create(client());

    Meter meter = send(api.resource("consumption-meters", Meter.class).retrieve(5), async);

    assertEquals("M-5", meter.serial);
    assertEquals("/api/consumption-meters/5", server.takeRequest().getPath());
    assertThrows(
        NotFoundException.class, () -> send(api.resource("consumption-meters").retrieve(6), async));
  }

  @Test
  void aListIsRetriedAfterServiceUnavailableButASearchIsNot() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(503));
    server.enqueue(json(page(1, 1, "{\"id\":1}")));
    server.enqueue(new MockResponse().setResponseCode(503));
    GenericClient api = GenericClient.create(client(o -> o.maxRetries(2)));

    assertEquals(1, api.resource("tasks").list().pageSize(2).execute().items().size());
    assertThrows(
        ServerException.class, () -> api.resource("tasks").search(Map.of()).pageSize(2).execute());

    assertEquals(3, server.getRequestCount());
    assertEquals(1, sleeper.delays().size());
  }

  @Test
  void badNamesAndPageSizesAreRefusedBeforeAnythingIsSent() {
    GenericClient api = GenericClient.create(client());

    assertThrows(IllegalArgumentException.class, () -> api.resource("../auth/login"));
    assertThrows(IllegalArgumentException.class, () -> api.resource("Work_Orders"));
    ValidationException e =
        assertThrows(ValidationException.class, () -> api.resource("tasks").list().execute());
    assertTrue(e.fieldErrors().containsKey("pageSize"));
    assertThrows(ValidationException.class, () -> api.resource("tasks").retrieve(0).execute());
    assertEquals(0, server.getRequestCount());
  }
}

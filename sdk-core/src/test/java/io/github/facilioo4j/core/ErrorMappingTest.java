package io.github.facilioo4j.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.facilioo4j.core.errors.BadRequestException;
import io.github.facilioo4j.core.errors.ConflictException;
import io.github.facilioo4j.core.errors.FaciliooException;
import io.github.facilioo4j.core.errors.FaciliooIoException;
import io.github.facilioo4j.core.errors.FaciliooServiceException;
import io.github.facilioo4j.core.errors.FaciliooTimeoutException;
import io.github.facilioo4j.core.errors.ForbiddenException;
import io.github.facilioo4j.core.errors.InvalidResponseException;
import io.github.facilioo4j.core.errors.NotFoundException;
import io.github.facilioo4j.core.errors.RateLimitException;
import io.github.facilioo4j.core.errors.ServerException;
import io.github.facilioo4j.core.errors.UnauthorizedException;
import io.github.facilioo4j.core.errors.UnexpectedStatusException;
import io.github.facilioo4j.core.errors.ValidationException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** End-to-end spot checks of the error mapping; the mapper itself is tested on its own. */
class ErrorMappingTest extends ClientTestSupport {
  static Stream<Arguments> statuses() {
    return Stream.of(false, true)
        .flatMap(async -> statusCases().map(a -> Arguments.of(a.get()[0], a.get()[1], async)));
  }

  static Stream<Arguments> statusCases() {
    return Stream.of(
        Arguments.of(400, BadRequestException.class),
        Arguments.of(401, UnauthorizedException.class),
        Arguments.of(403, ForbiddenException.class),
        Arguments.of(404, NotFoundException.class),
        Arguments.of(409, ConflictException.class),
        Arguments.of(429, RateLimitException.class),
        Arguments.of(500, ServerException.class),
        Arguments.of(418, UnexpectedStatusException.class));
  }

  @ParameterizedTest(name = "{0} raises {1} (async: {2})")
  @MethodSource("statuses")
  void eachStatusRaisesItsException(
      int status, Class<? extends FaciliooServiceException> type, boolean async) {
    server.enqueue(
        json(status, "{\"title\":\"Nope\",\"status\":" + status + ",\"traceId\":\"00-abc\"}")
            .setHeader("Content-Type", "application/problem+json"));

    FaciliooServiceException e =
        assertThrows(
            FaciliooServiceException.class,
            () -> call(client(b -> b.maxRetries(0)), post(), JsonNode.class, async));

    assertSame(type, e.getClass());
    assertEquals(status, e.statusCode());
    assertEquals("00-abc", e.requestId().orElse(null));
    assertTrue(e.getMessage().contains(String.valueOf(status)), e.getMessage());
  }

  @Test
  void validationProblemRaisesValidationExceptionWithNormalizedFields() {
    server.enqueue(
        json(
                400,
                "{\"title\":\"One or more validation errors occurred.\",\"status\":400,"
                    + "\"errors\":{\"Report\":[\"Das Feld Report ist erforderlich.\"]}}")
            .setHeader("Content-Type", "application/problem+json"));

    ValidationException e =
        assertThrows(ValidationException.class, () -> client().execute(post(), JsonNode.class));

    assertEquals(List.of("Das Feld Report ist erforderlich."), e.fieldErrors().get("report"));
  }

  @Test
  void htmlBadGatewayOnPostRaisesServerExceptionKeepingTheBody() {
    server.enqueue(
        new MockResponse()
            .setResponseCode(502)
            .setHeader("Content-Type", "text/html")
            .setBody("<html><body>502 Bad Gateway</body></html>"));

    ServerException e =
        assertThrows(ServerException.class, () -> client().execute(post(), JsonNode.class));

    assertEquals(502, e.statusCode());
    assertTrue(e.rawBody().contains("502 Bad Gateway"));
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void malformedJsonOnSuccessRaisesInvalidResponseException() {
    server.enqueue(json(200, "{\"id\": 1,"));

    InvalidResponseException e =
        assertThrows(
            InvalidResponseException.class, () -> client().execute(get("/api/x"), JsonNode.class));

    assertEquals(200, e.statusCode());
    assertTrue(e.bodySnippet().startsWith("{\"id\": 1,"));
  }

  @Test
  void emptyBodyWhereAValueIsExpectedRaisesInvalidResponseException() {
    server.enqueue(new MockResponse().setResponseCode(201));

    InvalidResponseException e =
        assertThrows(
            InvalidResponseException.class, () -> client().execute(post(), JsonNode.class));

    assertEquals(201, e.statusCode());
  }

  @Test
  void wrongJsonShapeRaisesInvalidResponseException() {
    server.enqueue(json(200, "[1,2]"));

    assertThrows(
        InvalidResponseException.class,
        () -> client().execute(get("/api/x"), HeadersTest.Item.class));
  }

  @Test
  void droppedConnectionRaisesFaciliooIoException() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));

    FaciliooIoException e =
        assertThrows(
            FaciliooIoException.class,
            () -> client(b -> b.maxRetries(0)).execute(get("/api/x"), JsonNode.class));

    assertTrue(e.getMessage().startsWith("GET /api/x failed"), e.getMessage());
  }

  @Test
  void perRequestTimeoutRaisesFaciliooTimeoutException() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    ApiRequest request =
        ApiRequest.builder()
            .path("/api/slow")
            .options(RequestOptions.builder().timeout(Duration.ofMillis(200)).build())
            .build();

    FaciliooTimeoutException e =
        assertThrows(
            FaciliooTimeoutException.class,
            () -> client(b -> b.maxRetries(0)).execute(request, JsonNode.class));

    assertTrue(e.getMessage().contains("GET /api/slow timed out"), e.getMessage());
  }

  @Test
  void unserializableBodyIsRefusedBeforeAnythingIsSent() {
    ApiRequest request =
        ApiRequest.builder().method("POST").path("/api/x").body(new Unwritable()).build();

    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> client().execute(request, JsonNode.class));

    assertTrue(e.getMessage().contains("cannot be written as JSON"), e.getMessage());
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void asyncCallsSucceedAndFailLikeSyncCalls() throws Exception {
    server.enqueue(json(200, "{\"id\":5}"));
    server.enqueue(json(404, "{\"title\":\"Process 7 does not exist\"}"));
    FaciliooClient client = client();

    CompletableFuture<ApiResponse<JsonNode>> ok =
        client.executeAsync(get("/api/x"), JsonNode.class);
    assertEquals(5, ok.get().value().get("id").asInt());
    CompletableFuture<ApiResponse<JsonNode>> missing =
        client.executeAsync(get("/api/x/7"), JsonNode.class);
    Throwable failure = missing.handle((v, e) -> e).get();

    NotFoundException notFound = assertInstanceOf(NotFoundException.class, failure);
    assertTrue(notFound.getMessage().contains("Process 7 does not exist"), notFound.getMessage());
    assertInstanceOf(FaciliooException.class, failure);
  }

  /** A body whose property cannot be read. */
  static final class Unwritable {
    public String getReport() {
      throw new IllegalStateException("broken getter");
    }
  }

  private static ApiRequest post() {
    return ApiRequest.builder()
        .method("POST")
        .path("/api/processes")
        .body(java.util.Collections.singletonMap("report", "x"))
        .build();
  }
}

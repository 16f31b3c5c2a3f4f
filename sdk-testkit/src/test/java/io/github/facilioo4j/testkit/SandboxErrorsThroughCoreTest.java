package io.github.facilioo4j.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.facilioo4j.core.errors.BadRequestException;
import io.github.facilioo4j.core.errors.FaciliooServiceException;
import io.github.facilioo4j.core.errors.NotFoundException;
import io.github.facilioo4j.core.errors.RateLimitException;
import io.github.facilioo4j.core.errors.ServerException;
import io.github.facilioo4j.core.errors.UnauthorizedException;
import io.github.facilioo4j.core.errors.ValidationException;
import io.github.facilioo4j.core.internal.Json;
import io.github.facilioo4j.core.internal.mapping.ErrorMapper;
import io.github.facilioo4j.core.internal.mapping.PageEnvelope;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sandbox's answers, read by sdk-core's mapper and DTOs, become the intended types. */
class SandboxErrorsThroughCoreTest {
  FaciliooSandbox sandbox;
  SandboxHttp http;

  @BeforeEach
  void start() {
    sandbox = FaciliooSandbox.builder().start();
    http = new SandboxHttp(sandbox.baseUrl(), FaciliooSandbox.DEFAULT_TOKEN);
  }

  @AfterEach
  void stop() {
    http.close();
    sandbox.close();
  }

  static FaciliooServiceException mapped(SandboxHttp.Result r) {
    return ErrorMapper.toException(
        r.status, r.headers.toMultimap(), r.text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void validationProblemsBecomeValidationExceptionsWithNormalizedFieldNames() throws Exception {
    SandboxHttp.Result r =
        http.post("/api/processes", "{\"contactId\":1,\"typeId\":1,\"unitId\":0}");

    ValidationException e = assertInstanceOf(ValidationException.class, mapped(r));

    assertEquals(List.of("The Report field is required."), e.fieldErrors().get("report"));
    assertTrue(e.fieldErrors().containsKey("unitId"));
    assertEquals(r.header("x-request-id"), e.requestId().get());
  }

  @Test
  void otherProblemsBecomeTheirStatusTypes() throws Exception {
    assertInstanceOf(
        UnauthorizedException.class,
        mapped(http.get("/api/processes", "Authorization", "Bearer wrong")));
    NotFoundException notFound =
        assertInstanceOf(NotFoundException.class, mapped(http.get("/api/processes/7")));
    assertTrue(notFound.getMessage().contains("Process 7 does not exist."), notFound.getMessage());
    BadRequestException version =
        assertInstanceOf(
            BadRequestException.class, mapped(http.get("/api/processes", "api-version", "9")));
    assertFalse(version instanceof ValidationException);

    sandbox
        .faults()
        .tooManyRequests(1, Duration.ofSeconds(3))
        .serviceUnavailable(1)
        .badGatewayHtml(1);
    RateLimitException limited =
        assertInstanceOf(RateLimitException.class, mapped(http.get("/api/processes")));
    assertEquals(Duration.ofSeconds(3), limited.retryAfter().get());
    assertInstanceOf(ServerException.class, mapped(http.get("/api/processes")));
    assertInstanceOf(ServerException.class, mapped(http.get("/api/processes")));
  }

  @Test
  void listAnswersReadAsCorePageEnvelopes() throws Exception {
    sandbox.seedProcesses(12, 501);

    SandboxHttp.Result r = http.get("/api/processes?pageNumber=2&pageSize=5");
    ObjectMapper mapper = Json.mapper();
    PageEnvelope<com.fasterxml.jackson.databind.JsonNode> page =
        mapper.readValue(
            r.text,
            mapper.getTypeFactory().constructParametricType(PageEnvelope.class, JsonNode.class));

    assertEquals(5, page.items().size());
    assertEquals(6, page.items().get(0).get("id").asInt());
    assertEquals(2, page.pageNumber());
    assertEquals(3, page.totalPages());
    assertEquals(12L, page.totalCount());
    assertTrue(page.hasPreviousPage());
    assertTrue(page.hasNextPage());
  }
}

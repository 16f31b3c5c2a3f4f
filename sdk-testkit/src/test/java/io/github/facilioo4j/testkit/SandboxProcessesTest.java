package io.github.facilioo4j.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SandboxProcessesTest {
  static final String VALID =
      "{\"subject\":\"Leak\",\"report\":\"<p>Water in the cellar</p>\",\"contactId\":12,"
          + "\"typeId\":3,\"unitId\":501,\"externalId\":\"ERP-1\"}";

  final FakeClock clock = new FakeClock(Instant.parse("2026-11-29T10:15:30.123456Z"));
  FaciliooSandbox sandbox;
  SandboxHttp http;

  @BeforeEach
  void start() {
    sandbox =
        FaciliooSandbox.builder().validToken("t0k3n").clock(clock).accountId(4).partyId(9).start();
    http = new SandboxHttp(sandbox.baseUrl(), "t0k3n");
  }

  @AfterEach
  void stop() {
    http.close();
    sandbox.close();
  }

  @Test
  void createAssignsIdNumberAndTimestampsAndReturnsProcessRead() throws Exception {
    SandboxHttp.Result r = http.post("/api/processes", VALID);

    assertEquals(200, r.status);
    assertTrue(r.header("Content-Type").startsWith("application/json"));
    JsonNode p = r.json();
    assertEquals(1, p.get("id").asInt());
    assertEquals(1, p.get("number").asInt());
    assertEquals("1/9", p.get("fullyQualifiedNumber").asText());
    assertEquals("2026-11-29T10:15:30.123Z", p.get("created").asText());
    assertEquals("2026-11-29T10:15:30.123Z", p.get("lastModified").asText());
    assertEquals("Leak", p.get("subject").asText());
    assertEquals("<p>Water in the cellar</p>", p.get("report").asText());
    assertEquals(4, p.get("accountId").asInt());
    assertEquals(12, p.get("contactId").asInt());
    assertEquals(9, p.get("createdByPartyId").asInt());
    assertEquals(3, p.get("typeId").asInt());
    assertEquals(501, p.get("unitId").asInt());
    assertEquals("ERP-1", p.get("externalId").asText());
    assertFalse(p.get("isFinished").asBoolean());
    assertTrue(p.get("stageId").isNull());
    assertTrue(p.get("deleted").isNull());
    assertTrue(p.get("externalIdOfPantaenius").isNull());

    JsonNode second = http.post("/api/processes", VALID).json();
    assertEquals(2, second.get("id").asInt());
    assertEquals("2/9", second.get("fullyQualifiedNumber").asText());
    assertEquals(2, sandbox.processes().size());
    assertEquals(p, SandboxHttp.MAPPER.readTree(sandbox.process(1).get().toString()));
  }

  @Test
  void retrieveReturnsTheProcessAndUnknownIdsAre404Problems() throws Exception {
    http.post("/api/processes", VALID);

    SandboxHttp.Result found = http.get("/api/processes/1");
    assertEquals(200, found.status);
    assertEquals("ERP-1", found.json().get("externalId").asText());

    SandboxHttp.Result missing = http.get("/api/processes/7");
    assertEquals(404, missing.status);
    assertTrue(missing.header("Content-Type").startsWith("application/problem+json"));
    assertEquals(404, missing.json().get("status").asInt());
    assertEquals("Process 7 does not exist.", missing.json().get("detail").asText());
    assertEquals(missing.header("x-request-id"), missing.json().get("traceId").asText());
  }

  @Test
  void missingRequiredFieldsGiveAValidationProblemKeyedByPascalCaseNames() throws Exception {
    SandboxHttp.Result r = http.post("/api/processes", "{\"report\":\"  \",\"contactId\":0}");

    assertEquals(400, r.status);
    assertTrue(r.header("Content-Type").startsWith("application/problem+json"));
    JsonNode problem = r.json();
    assertEquals(
        "https://tools.ietf.org/html/rfc9110#section-15.5.1", problem.get("type").asText());
    assertEquals("One or more validation errors occurred.", problem.get("title").asText());
    assertEquals(400, problem.get("status").asInt());
    assertTrue(problem.get("traceId").asText().startsWith("00-"));
    JsonNode errors = problem.get("errors");
    assertEquals("The Report field is required.", errors.get("Report").get(0).asText());
    assertEquals(
        "The field ContactId must be between 1 and 2147483647.",
        errors.get("ContactId").get(0).asText());
    assertEquals("The TypeId field is required.", errors.get("TypeId").get(0).asText());
    assertEquals("The UnitId field is required.", errors.get("UnitId").get(0).asText());
    assertEquals(4, errors.size());
    assertTrue(sandbox.processes().isEmpty());
  }

  @Test
  void malformedJsonAndWrongTypesAreKeyedByJsonPath() throws Exception {
    SandboxHttp.Result broken = http.post("/api/processes", "{\"report\": ");
    assertEquals(400, broken.status);
    assertTrue(broken.json().get("errors").has("$"));

    SandboxHttp.Result wrongType =
        http.post(
            "/api/processes",
            "{\"report\":\"x\",\"contactId\":\"twelve\",\"typeId\":1,\"unitId\":1}");
    assertEquals(400, wrongType.status);
    JsonNode errors = wrongType.json().get("errors");
    assertEquals(1, errors.size());
    assertTrue(
        errors
            .get("$.contactId")
            .get(0)
            .asText()
            .contains("could not be converted to System.Int32"));

    SandboxHttp.Result notAnObject = http.post("/api/processes", "[1,2]");
    assertEquals(400, notAnObject.status);
    assertTrue(notAnObject.json().get("errors").has("$"));
    assertTrue(sandbox.processes().isEmpty());
  }

  @Test
  void aBodyThatIsNotJsonIsRejectedAsUnsupportedMediaType() throws Exception {
    SandboxHttp.Result r =
        http.call(
            new Request.Builder()
                .url(sandbox.baseUrl() + "/api/processes")
                .post(RequestBody.create("report=x", okhttp3.MediaType.get("text/plain"))));
    assertEquals(415, r.status);
    assertEquals(415, r.json().get("status").asInt());
  }

  @Test
  void onceUnitsAreSeededAnUnknownUnitIsAValidationErrorOnUnitId() throws Exception {
    sandbox.seedUnit(501, 77);

    assertEquals(200, http.post("/api/processes", VALID).status);
    SandboxHttp.Result r = http.post("/api/processes", VALID.replace("501", "502"));

    assertEquals(400, r.status);
    assertEquals(
        "The unit 502 does not exist.", r.json().get("errors").get("UnitId").get(0).asText());
  }

  @Test
  void listsPageWithTheEnvelopeAndContentRange() throws Exception {
    sandbox.seedProcesses(25, 501);

    SandboxHttp.Result first = http.get("/api/processes");
    assertEquals(200, first.status);
    assertEquals("1-10/25", first.header("content-range"));
    JsonNode page1 = first.json();
    assertEquals(10, page1.get("items").size());
    assertEquals(1, page1.get("items").get(0).get("id").asInt());
    assertEquals(1, page1.get("pageNumber").asInt());
    assertEquals(10, page1.get("pageSize").asInt());
    assertEquals(3, page1.get("totalPages").asInt());
    assertEquals(25, page1.get("totalCount").asInt());
    assertFalse(page1.get("hasPreviousPage").asBoolean());
    assertTrue(page1.get("hasNextPage").asBoolean());

    SandboxHttp.Result second = http.get("/api/processes?pageNumber=2&pageSize=10");
    assertEquals("11-20/25", second.header("content-range"));
    assertEquals(11, second.json().get("items").get(0).get("id").asInt());
    assertTrue(second.json().get("hasPreviousPage").asBoolean());
    assertTrue(second.json().get("hasNextPage").asBoolean());

    SandboxHttp.Result third = http.get("/api/processes?pageNumber=3");
    assertEquals("21-25/25", third.header("content-range"));
    assertEquals(5, third.json().get("items").size());
    assertFalse(third.json().get("hasNextPage").asBoolean());

    SandboxHttp.Result beyond = http.get("/api/processes?pageNumber=4");
    assertEquals("*/25", beyond.header("content-range"));
    assertEquals(0, beyond.json().get("items").size());

    List<Integer> ids = new ArrayList<>();
    for (int n = 1; n <= 3; n++) {
      http.get("/api/processes?pageNumber=" + n)
          .json()
          .get("items")
          .forEach(i -> ids.add(i.get("id").asInt()));
    }
    assertEquals(25, ids.size());
    assertEquals(25, ids.stream().distinct().count());
  }

  @Test
  void pagingParametersOutOfRangeAreValidationErrors() throws Exception {
    SandboxHttp.Result zero = http.get("/api/processes?pageNumber=0&pageSize=101");
    assertEquals(400, zero.status);
    JsonNode errors = zero.json().get("errors");
    assertEquals(
        "The field PageNumber must be between 1 and 2147483647.",
        errors.get("PageNumber").get(0).asText());
    assertEquals(
        "The field PageSize must be between 1 and 100.", errors.get("PageSize").get(0).asText());

    SandboxHttp.Result text = http.get("/api/processes?pageSize=abc");
    assertEquals(400, text.status);
    assertEquals(
        "The value 'abc' is not valid for PageSize.",
        text.json().get("errors").get("PageSize").get(0).asText());
    assertEquals(200, http.get("/api/processes?pageSize=100").status);
  }

  @Test
  void perPropertyAndPerUnitListsFilterThroughTheSeededUnits() throws Exception {
    sandbox.seedUnit(501, 77).seedUnit(502, 77).seedUnit(601, 88);
    sandbox.seedProcesses(2, 501);
    sandbox.seedProcesses(1, 502);
    sandbox.seedProcesses(3, 601);

    JsonNode property77 = http.get("/api/properties/77/processes").json();
    assertEquals(3, property77.get("totalCount").asInt());
    property77.get("items").forEach(i -> assertTrue(i.get("unitId").asInt() < 600));

    SandboxHttp.Result unit601 = http.get("/api/units/601/processes?pageSize=2");
    assertEquals("1-2/3", unit601.header("content-range"));
    assertEquals(2, unit601.json().get("totalPages").asInt());
    unit601.json().get("items").forEach(i -> assertEquals(601, i.get("unitId").asInt()));

    assertEquals(404, http.get("/api/properties/99/processes").status);
    assertEquals(404, http.get("/api/units/99/processes").status);
    assertEquals(6, http.get("/api/processes?propertyId=77").json().get("totalCount").asInt());
  }

  @Test
  void patchLeavesAbsentFieldsAloneAndClearsExplicitNulls() throws Exception {
    http.post(
        "/api/processes",
        "{\"subject\":\"Leak\",\"report\":\"r\",\"contactId\":1,\"typeId\":1,\"unitId\":5,"
            + "\"stageId\":4,\"externalId\":\"E\"}");
    clock.advance(Duration.ofMinutes(5));

    SandboxHttp.Result r =
        http.patch("/api/processes/1", "{\"subject\":null,\"isFinished\":true,\"stageId\":null}");

    assertEquals(200, r.status);
    JsonNode p = r.json();
    assertTrue(p.get("subject").isNull());
    assertTrue(p.get("stageId").isNull());
    assertTrue(p.get("isFinished").asBoolean());
    assertEquals("r", p.get("report").asText());
    assertEquals("E", p.get("externalId").asText());
    assertEquals(5, p.get("unitId").asInt());
    assertEquals("2026-11-29T10:15:30.123Z", p.get("created").asText());
    assertEquals("2026-11-29T10:20:30.123Z", p.get("lastModified").asText());
    assertEquals(p, SandboxHttp.MAPPER.readTree(sandbox.process(1).get().toString()));
  }

  @Test
  void patchCannotClearRequiredFieldsAndUnknownIdsAre404() throws Exception {
    http.post("/api/processes", VALID);

    SandboxHttp.Result r = http.patch("/api/processes/1", "{\"report\":null,\"typeId\":null}");
    assertEquals(400, r.status);
    assertEquals(
        "The Report field is required.", r.json().get("errors").get("Report").get(0).asText());
    assertEquals(
        "The TypeId field is required.", r.json().get("errors").get("TypeId").get(0).asText());
    assertEquals("<p>Water in the cellar</p>", sandbox.process(1).get().get("report").asText());

    assertEquals(404, http.patch("/api/processes/2", "{\"subject\":\"x\"}").status);
  }

  @Test
  void unknownRoutesAre404AndWrongMethodsAre405() throws Exception {
    SandboxHttp.Result unknown = http.get("/api/nothing-here");
    assertEquals(404, unknown.status);
    assertEquals(404, unknown.json().get("status").asInt());
    assertEquals(404, http.get("/api/processes/abc").status);
    assertEquals(404, http.post("/api/auth/login", "{}").status); // no users configured

    SandboxHttp.Result wrongMethod =
        http.call(new Request.Builder().url(sandbox.baseUrl() + "/api/processes/1").delete());
    assertEquals(405, wrongMethod.status);
    assertEquals("GET, PATCH", wrongMethod.header("Allow"));
  }

  @Test
  void seedProcessStoresGivenFieldsOverTheDefaults() {
    ObjectNode seeded =
        sandbox.seedProcess(
            Map.of("id", 40, "report", "r", "unitId", 5, "deleted", "2026-01-01T00:00:00Z"));

    assertEquals(40, seeded.get("id").asInt());
    assertEquals("2026-01-01T00:00:00Z", seeded.get("deleted").asText());
    assertEquals(1, seeded.get("number").asInt());
    assertEquals(41, sandbox.seedProcesses(1, 5).get(0).get("id").asInt());
  }

  @Test
  void everyResponseCarriesARequestIdAndTheSupportedVersions() throws IOException {
    for (SandboxHttp.Result r :
        List.of(http.get("/api/processes"), http.get("/api/processes/9"), http.get("/nope"))) {
      assertTrue(
          r.header("x-request-id").matches("00-[0-9a-f]{32}-[0-9a-f]{16}-00"),
          r.header("x-request-id"));
      assertEquals("1.0, 2.0", r.header("api-supported-versions"));
    }
  }

  @Test
  void concurrentCreatesGetDistinctIdsAndNumbers() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      List<Future<Integer>> ids = new ArrayList<>();
      for (int i = 0; i < 60; i++) {
        ids.add(pool.submit(() -> http.post("/api/processes", VALID).json().get("id").asInt()));
      }
      Set<Integer> distinct = new HashSet<>();
      for (Future<Integer> id : ids) {
        distinct.add(id.get(30, TimeUnit.SECONDS));
      }
      assertEquals(60, distinct.size());
      assertEquals(60, sandbox.processes().all().stream().map(p -> p.number()).distinct().count());
    } finally {
      pool.shutdownNow();
    }
  }
}

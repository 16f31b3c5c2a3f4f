package io.github.facilioo4j.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.facilioo4j.examples.cli.CliRunner.Result;
import io.github.facilioo4j.testkit.FaciliooSandbox;
import io.github.facilioo4j.testkit.FaciliooSandboxExtension;
import io.github.facilioo4j.testkit.RecordedRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ProcessesCommandsTest {
  static final String TOKEN = "cli-test-token-5f2a";

  @RegisterExtension
  static final FaciliooSandboxExtension SANDBOX =
      FaciliooSandboxExtension.withSandbox(FaciliooSandbox.builder().validToken(TOKEN));

  private static final ObjectMapper JSON = new ObjectMapper();

  private Result last;

  @AfterEach
  void tokenIsNeverPrinted() {
    if (last != null) {
      assertFalse(last.all().contains(TOKEN), "token printed:\n" + last.all());
    }
  }

  private Result cli(FaciliooSandbox sandbox, String... args) {
    last = CliRunner.against(sandbox.baseUrl(), TOKEN, args);
    return last;
  }

  @Test
  void createPrintsTheCreatedProcessAndSendsEveryGivenField(FaciliooSandbox sandbox)
      throws Exception {
    Result r =
        cli(
            sandbox,
            "processes",
            "create",
            "--report",
            "<p>Water in the basement</p>",
            "--subject",
            "Water damage",
            "--contact-id",
            "3",
            "--type-id",
            "4",
            "--unit-id",
            "5",
            "--external-id",
            "erp-1");

    assertEquals(0, r.exitCode(), r.err());
    assertEquals("", r.err());
    assertTrue(r.out().startsWith("Created process 1 (1/1)"), r.out());
    assertTrue(r.out().contains("Subject:     Water damage"), r.out());
    assertTrue(r.out().contains("External id: erp-1"), r.out());
    RecordedRequest request = sandbox.takeRequest();
    assertEquals("POST", request.method());
    assertEquals("/api/processes", request.path());
    assertEquals("Bearer " + TOKEN, request.header("Authorization").orElse(null));
    JsonNode body = JSON.readTree(request.body());
    assertEquals("<p>Water in the basement</p>", body.get("report").asText());
    assertEquals(5, body.get("unitId").asInt());
    assertEquals("erp-1", sandbox.processes().all().get(0).externalId());
  }

  @Test
  void createWithJsonPrintsTheStoredProcessAsJson(FaciliooSandbox sandbox) throws Exception {
    Result r =
        cli(
            sandbox,
            "processes",
            "create",
            "--json",
            "--report",
            "Leak",
            "--contact-id",
            "1",
            "--type-id",
            "1",
            "--unit-id",
            "1");

    assertEquals(0, r.exitCode(), r.err());
    JsonNode json = JSON.readTree(r.out());
    assertEquals(1, json.get("id").asInt());
    assertEquals("1/1", json.get("fullyQualifiedNumber").asText());
    assertEquals("Leak", json.get("report").asText());
  }

  @Test
  void createIfAbsentFindsTheProcessOnTheSecondRun(FaciliooSandbox sandbox) {
    String[] args = {
      "processes",
      "create",
      "--if-absent",
      "--external-id",
      "erp-9",
      "--report",
      "Leak",
      "--contact-id",
      "1",
      "--type-id",
      "1",
      "--unit-id",
      "2"
    };
    Result first = cli(sandbox, args);
    Result second = cli(sandbox, args);

    assertTrue(first.out().startsWith("Created process 1"), first.out());
    assertTrue(second.out().startsWith("Found existing process 1"), second.out());
    assertEquals(1, sandbox.processes().size());
  }

  @Test
  void getPrintsOneProcessAsSummaryOrJson(FaciliooSandbox sandbox) throws Exception {
    sandbox.seedProcesses(2, 7);

    Result text = cli(sandbox, "processes", "get", "2");
    Result json = cli(sandbox, "processes", "get", "2", "--json");

    assertEquals(0, text.exitCode(), text.err());
    assertTrue(text.out().startsWith("Process 2 (2/1)"), text.out());
    assertTrue(text.out().contains("Report:      Seeded process 2"), text.out());
    assertEquals(2, JSON.readTree(json.out()).get("id").asInt());
    assertEquals("/api/processes/2", sandbox.takeRequest().path());
  }

  @Test
  void listPrintsOnePageAsATableWithWhereToGoNext(FaciliooSandbox sandbox) throws Exception {
    sandbox.seedProcesses(25, 7);

    Result r = cli(sandbox, "processes", "list", "--page-size", "10", "--page", "2");

    assertEquals(0, r.exitCode(), r.err());
    List<String> lines = r.out().lines().toList();
    assertTrue(lines.get(0).startsWith("ID "), lines.get(0));
    assertEquals(12, lines.size(), r.out());
    assertTrue(lines.get(1).startsWith("11     11/1         7 "), lines.get(1));
    assertEquals("Page 2 of 3, 25 process(es) in total. More: --page 3 or --all.", lines.get(11));
    RecordedRequest request = sandbox.takeRequest();
    assertEquals("/api/processes", request.path());
    assertEquals("10", request.queryParameter("pageSize").orElse(null));
    assertEquals("2", request.queryParameter("pageNumber").orElse(null));
    assertEquals(1, sandbox.requestCount());
  }

  @Test
  void listWithJsonPrintsThePagingEnvelope(FaciliooSandbox sandbox) throws Exception {
    sandbox.seedProcesses(3, 7);

    JsonNode json = JSON.readTree(cli(sandbox, "processes", "list", "--json").out());

    assertEquals(3, json.get("items").size());
    assertEquals(3, json.get("totalCount").asInt());
    assertEquals(1, json.get("pageNumber").asInt());
    assertFalse(json.get("hasNextPage").asBoolean());
  }

  @Test
  void listAllWalksEveryPage(FaciliooSandbox sandbox) {
    sandbox.seedProcesses(25, 7);

    Result r = cli(sandbox, "processes", "list", "--all", "--page-size", "10");

    assertEquals(0, r.exitCode(), r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals(27, lines.size(), r.out());
    assertEquals("25 process(es).", lines.get(26));
    assertEquals(3, sandbox.requestCount());
  }

  @Test
  void listAllWithJsonPrintsOneArrayOfEveryProcess(FaciliooSandbox sandbox) throws Exception {
    sandbox.seedProcesses(12, 7);

    JsonNode json =
        JSON.readTree(
            cli(sandbox, "processes", "list", "--all", "--json", "--page-size", "5").out());

    assertEquals(12, json.size());
    assertEquals(12, json.get(11).get("id").asInt());
    assertEquals(3, sandbox.requestCount());
  }

  @Test
  void listAllOfNothingPrintsAnEmptyJsonArray(FaciliooSandbox sandbox) throws Exception {
    JsonNode json = JSON.readTree(cli(sandbox, "processes", "list", "--all", "--json").out());

    assertTrue(json.isArray());
    assertEquals(0, json.size());
  }

  @Test
  void listNarrowsToAUnitOrAProperty(FaciliooSandbox sandbox) throws Exception {
    sandbox.seedUnit(501, 77).seedUnit(502, 77);
    sandbox.seedProcesses(2, 501);
    sandbox.seedProcesses(1, 502);

    Result unit = cli(sandbox, "processes", "list", "--unit-id", "501");
    RecordedRequest unitRequest = sandbox.takeRequest();
    Result property = cli(sandbox, "processes", "list", "--property-id", "77");
    RecordedRequest propertyRequest = sandbox.takeRequest();

    assertTrue(unit.out().contains("2 process(es) in total"), unit.out());
    assertEquals("/api/units/501/processes", unitRequest.path());
    assertTrue(property.out().contains("3 process(es) in total"), property.out());
    assertEquals("/api/properties/77/processes", propertyRequest.path());
  }

  @Test
  void updateSendsOnlyTheGivenFieldsAndClearsWithExplicitNull(FaciliooSandbox sandbox)
      throws Exception {
    sandbox.seedProcess(
        Map.of("report", "Leak", "contactId", 1, "typeId", 1, "unitId", 7, "stageId", 5));

    Result r =
        cli(sandbox, "processes", "update", "1", "--subject", "Booked", "--clear", "stageId");

    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().startsWith("Updated process 1"), r.out());
    RecordedRequest request = sandbox.takeRequest();
    assertEquals("PATCH", request.method());
    assertEquals("/api/processes/1", request.path());
    JsonNode body = JSON.readTree(request.body());
    assertEquals(2, body.size(), request.body());
    assertEquals("Booked", body.get("subject").asText());
    assertTrue(body.get("stageId").isNull());
    JsonNode stored = sandbox.process(1).orElseThrow();
    assertEquals("Booked", stored.get("subject").asText());
    assertTrue(stored.path("stageId").isNull() || stored.path("stageId").isMissingNode());
    assertEquals("Leak", stored.get("report").asText());
  }

  @Test
  void updateWithJsonPrintsTheUpdatedProcess(FaciliooSandbox sandbox) throws Exception {
    sandbox.seedProcesses(1, 7);

    Result r = cli(sandbox, "processes", "update", "1", "--finished", "--json");

    assertEquals(0, r.exitCode(), r.err());
    assertTrue(JSON.readTree(r.out()).get("isFinished").asBoolean());
  }
}

package io.github.facilioo4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.facilioo4j.core.FaciliooOptions;
import io.github.facilioo4j.core.errors.FaciliooException;
import io.github.facilioo4j.core.errors.NotFoundException;
import io.github.facilioo4j.core.errors.UnauthorizedException;
import io.github.facilioo4j.core.errors.ValidationException;
import io.github.facilioo4j.processes.CreateResult;
import io.github.facilioo4j.processes.ProcessesClient;
import io.github.facilioo4j.processes.model.ProcessRead;
import io.github.facilioo4j.testkit.FaciliooSandbox;
import io.github.facilioo4j.testkit.FaciliooSandboxExtension;
import io.github.facilioo4j.testkit.RecordedRequest;
import io.github.facilioo4j.testkit.RecordingSleeper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Runs each snippet against the sandbox and checks what it did there. */
class ExamplesTest {
  @RegisterExtension static final FaciliooSandboxExtension SANDBOX = new FaciliooSandboxExtension();

  private static final ObjectMapper JSON = new ObjectMapper();

  private ProcessesClient processes;
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

  @BeforeEach
  void connect(FaciliooSandbox sandbox) {
    processes =
        ProcessesClient.create(
            FaciliooOptions.builder()
                .baseUrl(sandbox.baseUrl())
                .token(FaciliooSandbox.DEFAULT_TOKEN)
                .sleeper(new RecordingSleeper())
                .build());
  }

  @AfterEach
  void close() {
    processes.close();
  }

  private String printed() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void createProcessStoresOneProcessWithTheGivenIds(FaciliooSandbox sandbox) throws Exception {
    ProcessRead created = CreateProcess.run(processes, 501, 12, 3);

    assertEquals(1, created.id());
    JsonNode stored = sandbox.process(1).orElseThrow();
    assertEquals("<p>Water in the basement</p>", stored.get("report").asText());
    assertEquals(501, stored.get("unitId").asInt());
    assertEquals(12, stored.get("contactId").asInt());
    assertEquals(3, stored.get("typeId").asInt());
    RecordedRequest request = sandbox.takeRequest();
    assertEquals("POST", request.method());
    assertEquals("/api/processes", request.path());
  }

  @Test
  void listAllProcessesPrintsEveryProcessFetchingPageAfterPage(FaciliooSandbox sandbox) {
    sandbox.seedProcesses(23, 7);

    long count = ListAllProcesses.run(processes, 10, out);

    assertEquals(23, count);
    List<String> lines = printed().lines().toList();
    assertEquals(23, lines.size());
    assertEquals("23/1  unit 7  Seeded process 23", lines.get(22));
    List<RecordedRequest> requests = sandbox.recordedRequests();
    assertEquals(3, requests.size());
    assertEquals("3", requests.get(2).queryParameter("pageNumber").orElse(null));
  }

  @Test
  void updateProcessChangesTheSubjectAndClearsTheStageOnly(FaciliooSandbox sandbox)
      throws Exception {
    sandbox.seedProcess(
        Map.of("report", "Leak", "contactId", 1, "typeId", 1, "unitId", 7, "stageId", 4));

    ProcessRead updated = UpdateProcess.run(processes, 1);

    assertEquals("Water damage (plumber booked)", updated.subject());
    assertEquals(null, updated.stageId());
    JsonNode body = JSON.readTree(sandbox.takeRequest().body());
    assertEquals(2, body.size(), body.toString());
    assertTrue(body.get("stageId").isNull());
    assertEquals("Leak", sandbox.process(1).orElseThrow().get("report").asText());
  }

  @Test
  void handleErrorsCatchesValidationNotFoundAndUnauthorized(FaciliooSandbox sandbox) {
    List<FaciliooException> caught = HandleErrors.run(processes, out);

    assertEquals(3, caught.size());
    ValidationException invalid = assertInstanceOf(ValidationException.class, caught.get(0));
    assertTrue(invalid.isLocal());
    assertInstanceOf(NotFoundException.class, caught.get(1));
    assertInstanceOf(UnauthorizedException.class, caught.get(2));
    String printed = printed();
    assertTrue(printed.startsWith("Invalid (not sent):\n  report: "), printed);
    assertTrue(printed.contains("Not found: HTTP 404"), printed);
    assertTrue(printed.contains("Unauthorized: check FACILIOO_TOKEN"), printed);
    assertFalse(printed.contains("not-a-valid-token"), printed);
    // The invalid create never left the machine: only the retrieve and the list were sent.
    List<RecordedRequest> requests = sandbox.recordedRequests();
    assertEquals(2, requests.size());
    assertEquals("/api/processes/987654", requests.get(0).path());
    assertEquals("Bearer not-a-valid-token", requests.get(1).header("Authorization").orElse(null));
    assertFalse(processes.options().tokenProvider().token().equals("not-a-valid-token"));
  }

  @Test
  void syncByExternalIdCreatesOnceAndFindsTheProcessOnTheSecondRun(FaciliooSandbox sandbox) {
    CreateResult first = SyncByExternalId.run(processes, "erp-4711", 5);
    CreateResult second = SyncByExternalId.run(processes, "erp-4711", 5);

    assertTrue(first.created());
    assertFalse(second.created());
    assertEquals(first.process().id(), second.process().id());
    assertEquals(1, sandbox.processes().size());
    assertEquals("erp-4711", sandbox.processes().all().get(0).externalId());
    long posts = sandbox.recordedRequests().stream().filter(r -> r.method().equals("POST")).count();
    assertEquals(1, posts);
  }
}

package io.github.facilioo4j.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.facilioo4j.core.Language;
import io.github.facilioo4j.core.Page;
import io.github.facilioo4j.core.errors.NotFoundException;
import io.github.facilioo4j.processes.CreateResult;
import io.github.facilioo4j.processes.ProcessesClient;
import io.github.facilioo4j.processes.model.ProcessCreate;
import io.github.facilioo4j.processes.model.ProcessRead;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Create, retrieve, PATCH, paging and find-or-create against the sandbox through the SDK. */
class SandboxProcessesThroughSdkTest {
  FaciliooSandbox sandbox;
  ProcessesClient processes;

  @BeforeEach
  void start() {
    sandbox = FaciliooSandbox.builder().start();
    sandbox.seedUnit(501, 77).seedUnit(502, 78);
    processes = SdkClients.processes(sandbox, new RecordingSleeper());
  }

  @AfterEach
  void stop() {
    processes.close();
    sandbox.close();
  }

  static List<Integer> ids(Iterable<ProcessRead> processes) {
    List<Integer> ids = new ArrayList<>();
    processes.forEach(p -> ids.add(p.id()));
    return ids;
  }

  static List<Integer> range(int first, int last) {
    return IntStream.rangeClosed(first, last).boxed().collect(Collectors.toList());
  }

  @Test
  void aCreatedProcessRoundTripsAndPatchTellsAbsentFromNull() throws Exception {
    ProcessRead created =
        processes.create(SdkClients.leak().subject("Leak").stageId(4).externalId("erp-1").build());

    assertEquals(1, created.id());
    assertEquals(1, created.number());
    assertTrue(created.fullyQualifiedNumber().equals("1/1"), created.fullyQualifiedNumber());
    assertNotNull(created.created());
    assertEquals(created, processes.retrieve(created.id()));

    // Only subject is sent: the stage stays.
    ProcessRead renamed = processes.update(created.id()).subject("Water damage").execute();
    assertEquals("{\"subject\":\"Water damage\"}", sandbox.recordedRequests().get(2).body());
    assertEquals(4, renamed.stageId());
    ObjectNode stored = sandbox.process(created.id()).get();
    assertEquals("Water damage", stored.get("subject").asText());
    assertEquals(4, stored.get("stageId").asInt());

    // stageId(null) is sent as JSON null: the stage is cleared, the subject stays.
    ProcessRead cleared = processes.update(created.id()).stageId(null).execute();
    assertEquals("{\"stageId\":null}", sandbox.recordedRequests().get(3).body());
    assertEquals(null, cleared.stageId());
    stored = sandbox.process(created.id()).get();
    assertTrue(stored.get("stageId").isNull());
    assertEquals("Water damage", stored.get("subject").asText());
    assertEquals("erp-1", stored.get("externalId").asText());
    assertEquals(cleared, processes.retrieve(created.id()));
  }

  @Test
  void anUnknownProcessIsNotFound() {
    NotFoundException e = assertThrows(NotFoundException.class, () -> processes.retrieve(42));

    assertEquals(404, e.statusCode());
    assertTrue(e.getMessage().contains("Process 42 does not exist."), e.getMessage());
    assertThrows(NotFoundException.class, () -> processes.update(42).subject("x").execute());
  }

  @Test
  void theAutoPagerWalksAllPagesLazilyInOrder() {
    sandbox.seedProcesses(250, 501);

    Page<ProcessRead> first = processes.list(100);
    assertEquals(250L, first.totalCount());
    assertEquals(3, first.totalPages());
    assertEquals(1, sandbox.requestCount());

    Iterator<ProcessRead> it = first.autoPager().iterator();
    List<Integer> seen = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      seen.add(it.next().id());
    }
    assertEquals(1, sandbox.requestCount());
    seen.add(it.next().id());
    assertEquals(2, sandbox.requestCount());
    it.forEachRemaining(p -> seen.add(p.id()));

    assertEquals(range(1, 250), seen);
    assertEquals(
        List.of(
            "GET /api/processes?pageNumber=1&pageSize=100",
            "GET /api/processes?pageNumber=2&pageSize=100",
            "GET /api/processes?pageNumber=3&pageSize=100"),
        SdkClients.requestLines(sandbox));
  }

  @Test
  void aStreamFetchesOnlyThePagesItConsumes() {
    sandbox.seedProcesses(250, 501);

    List<Integer> firstHundredFifty =
        processes.list(100).stream().limit(150).map(ProcessRead::id).collect(Collectors.toList());

    assertEquals(range(1, 150), firstHundredFifty);
    assertEquals(2, sandbox.requestCount());
  }

  @Test
  void theUnitAndPropertyListsHoldOnlyTheirProcesses() {
    sandbox.seedProcesses(120, 501);
    sandbox.seedProcesses(30, 502);
    sandbox.seedProcesses(5, 501);

    List<Integer> unit501 = ids(processes.listForUnit(501, 100).autoPager());
    List<Integer> property78 = ids(processes.listForProperty(78, 100).autoPager());

    List<Integer> expected501 = range(1, 120);
    expected501.addAll(range(151, 155));
    assertEquals(expected501, unit501);
    assertEquals(range(121, 150), property78);
    assertEquals(
        List.of(
            "GET /api/units/501/processes?pageNumber=1&pageSize=100",
            "GET /api/units/501/processes?pageNumber=2&pageSize=100",
            "GET /api/properties/78/processes?pageNumber=1&pageSize=100"),
        SdkClients.requestLines(sandbox));
    assertThrows(NotFoundException.class, () -> processes.listForUnit(999, 10));
  }

  @Test
  void createIfAbsentTwiceStoresOneProcess() {
    sandbox.seedProcesses(130, 501);
    ProcessCreate damage = SdkClients.leak().externalId("erp-4711").build();

    CreateResult first = processes.createIfAbsent(damage);
    CreateResult second = processes.createIfAbsent(damage);

    assertTrue(first.created());
    assertFalse(second.created());
    assertEquals(first.process(), second.process());
    assertEquals(131, sandbox.processes().size());
    assertEquals(
        1,
        sandbox.processes().all().stream().filter(p -> "erp-4711".equals(p.externalId())).count());
    assertEquals(
        List.of(
            "GET /api/units/501/processes?pageNumber=1&pageSize=100",
            "GET /api/units/501/processes?pageNumber=2&pageSize=100",
            "POST /api/processes",
            "GET /api/units/501/processes?pageNumber=1&pageSize=100",
            "GET /api/units/501/processes?pageNumber=2&pageSize=100"),
        SdkClients.requestLines(sandbox));
  }

  @Test
  void createIfAbsentCreatesAgainWhenTheOnlyMatchIsSoftDeleted() {
    Map<String, Object> deleted = new LinkedHashMap<>();
    deleted.put("report", "<p>Old leak</p>");
    deleted.put("contactId", 12);
    deleted.put("typeId", 3);
    deleted.put("unitId", 501);
    deleted.put("externalId", "erp-4711");
    deleted.put("deleted", "2026-01-02T03:04:05Z");
    sandbox.seedProcess(deleted);

    CreateResult result =
        processes.createIfAbsent(SdkClients.leak().externalId("erp-4711").build());

    assertTrue(result.created());
    assertEquals(2, result.process().id());
    assertEquals(2, sandbox.processes().size());
  }

  @Test
  void asyncCreateIfAbsentTwiceStoresOneProcessToo() {
    sandbox.seedProcesses(150, 501);
    ProcessCreate damage = SdkClients.leak().externalId("erp-async").build();

    CreateResult first = processes.createIfAbsentAsync(damage).join();
    CreateResult second = processes.createIfAbsentAsync(damage).join();

    assertTrue(first.created());
    assertFalse(second.created());
    assertEquals(151, second.process().id());
    assertEquals(151, sandbox.processes().size());
  }

  @Test
  void theConfiguredLanguageAndClientNameReachTheSandbox() {
    try (ProcessesClient german =
        processes.withOptions(
            o -> o.language(Language.GERMAN).clientName("acme-erp-sync").clientVersion("1.4.2"))) {
      german.list(10);
    }

    RecordedRequest sent = sandbox.recordedRequests().get(0);
    assertEquals("de-DE", sent.header("Accept-Language").get());
    assertEquals("acme-erp-sync", sent.header("x-client-name").get());
    assertEquals("1.4.2", sent.header("x-client-version").get());
  }
}

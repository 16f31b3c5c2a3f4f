package io.github.facilioo4j.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.facilioo4j.core.FaciliooOptions;
import io.github.facilioo4j.processes.ProcessesClient;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every answer the sandbox gives, for every operation and every status it sends (injected faults
 * included), checked against {@code openapi/processes.yaml} by a third-party JSON-schema validator.
 */
class SandboxConformsToSpecTest {
  // A whole minute: OffsetDateTime.toString() would drop the seconds and break RFC 3339.
  final FakeClock clock = new FakeClock(Instant.parse("2026-11-29T14:00:00Z"));
  final SpecContract spec = new SpecContract("openapi/processes.yaml");
  final List<String> violations = new ArrayList<>();
  final Set<String> answered = new TreeSet<>();
  FaciliooSandbox sandbox;
  SandboxHttp http;

  @BeforeEach
  void start() {
    sandbox = FaciliooSandbox.builder().clock(clock).start().seedDemoData();
    http = new SandboxHttp(sandbox.baseUrl(), FaciliooSandbox.DEFAULT_TOKEN);
  }

  @AfterEach
  void stop() {
    http.close();
    sandbox.close();
  }

  @Test
  void everyAnswerOfEveryOperationConformsToTheSpec() throws IOException {
    String valid = SandboxProcessesTest.VALID.replace("501", "1");
    check("createProcess", 200, http.post("/api/processes", valid));
    check("createProcess", 400, http.post("/api/processes", "{\"report\":\" \"}"));
    check("createProcess", 400, http.post("/api/processes", "{\"contactId\":\"x\"}"));
    check("createProcess", 401, http.post("/api/processes", valid, "Authorization", null));
    check("createProcess", 401, http.post("/api/processes", valid, "Authorization", "Bearer no"));
    check(
        "createProcess",
        415,
        http.call(
            new Request.Builder()
                .url(sandbox.baseUrl() + "/api/processes")
                .post(RequestBody.create(valid, MediaType.get("text/plain")))));
    check("listProcesses", 200, http.get("/api/processes?pageSize=2&pageNumber=2"));
    check("listProcesses", 200, http.get("/api/processes?pageNumber=9"));
    check("listProcesses", 400, http.get("/api/processes?pageNumber=0"));
    check("listProcesses", 400, http.get("/api/processes", "api-version", "3.0"));
    check("retrieveProcess", 200, http.get("/api/processes/1"));
    check("retrieveProcess", 404, http.get("/api/processes/999"));
    check("retrieveProcess", 400, http.get("/api/processes/0"));
    clock.advance(java.time.Duration.ofMinutes(5));
    check(
        "updateProcess",
        200,
        http.patch("/api/processes/1", "{\"finishDate\":\"2026-12-01T09:00Z\"}"));
    check("updateProcess", 400, http.patch("/api/processes/1", "{\"report\":null}"));
    check("updateProcess", 404, http.patch("/api/processes/999", "{\"subject\":\"s\"}"));
    check("listPropertyProcesses", 200, http.get("/api/properties/1/processes"));
    check("listPropertyProcesses", 404, http.get("/api/properties/99/processes"));
    check("listUnitProcesses", 200, http.get("/api/units/1/processes"));
    check("listUnitProcesses", 404, http.get("/api/units/99/processes"));
    check("retrieveProcessStage", 200, http.get("/api/processes/1/process-stage"));
    check("retrieveProcessStage", 404, http.get("/api/processes/3/process-stage"));

    check("retrieveMyAccount", 200, http.get("/api/accounts/myself"));
    check("listProperties", 200, http.get("/api/properties?pageSize=1&AscendingOrder=true"));
    check("retrieveProperty", 200, http.get("/api/properties/1"));
    check("retrieveProperty", 404, http.get("/api/properties/99"));
    check("listPropertyUnits", 200, http.get("/api/properties/1/units"));
    check("listEntranceUnits", 200, http.get("/api/entrances/1/units"));
    check("listUnits", 200, http.get("/api/units?pageSize=2"));
    check("retrieveUnit", 200, http.get("/api/units/1"));
    check("retrieveUnit", 404, http.get("/api/units/99"));
    check("listUnitContracts", 200, http.get("/api/units/1/contracts"));
    check("listProcessTypes", 200, http.get("/api/process-types"));
    check("retrieveProcessType", 200, http.get("/api/process-types/1"));
    check("listProcessTypeStages", 200, http.get("/api/process-types/1/process-stages"));
    check("retrieveProcessStageById", 200, http.get("/api/process-stages/1"));
    check(
        "listProcessAdditionalLinkedUnits",
        200,
        http.get("/api/processes/1/additional-linked-units"));
    check("listProcessFiles", 200, http.get("/api/processes/1/files"));
    check("listProcessAccessorParties", 200, http.get("/api/processes/1/accessor-parties"));
    check(
        "addProcessAccessorParty",
        204,
        http.call(
            new Request.Builder()
                .url(sandbox.baseUrl() + "/api/processes/1/accessor-parties/2")
                .put(RequestBody.create(new byte[0], null))));
    check(
        "addProcessAccessorParty",
        404,
        http.call(
            new Request.Builder()
                .url(sandbox.baseUrl() + "/api/processes/99/accessor-parties/2")
                .put(RequestBody.create(new byte[0], null))));
    check(
        "removeProcessAccessorParty",
        204,
        http.call(
            new Request.Builder()
                .url(sandbox.baseUrl() + "/api/processes/1/accessor-parties/2")
                .delete()));

    sandbox.faults().tooManyRequests(1, java.time.Duration.ofSeconds(3));
    check("createProcess", 429, http.post("/api/processes", valid));
    sandbox.faults().badGatewayHtml(1);
    check("retrieveProcess", 502, http.get("/api/processes/1"));
    sandbox.faults().serviceUnavailable(1, java.time.Duration.ofSeconds(1)).serviceUnavailable(1);
    check("listUnitProcesses", 503, http.get("/api/units/1/processes"));
    check("listUnitProcesses", 503, http.get("/api/units/1/processes"));

    assertEquals(List.of(), violations);
    Set<String> withOk = new TreeSet<>();
    answered.stream().filter(a -> a.matches(".* 20[04]")).forEach(a -> withOk.add(a.split(" ")[0]));
    assertEquals(new TreeSet<>(spec.operationIds()), withOk, "every operation answered 200");
  }

  @Test
  void everyHeaderTheSdkSendsIsDeclaredByTheOperation() throws Exception {
    FaciliooOptions options =
        SdkClients.options(sandbox, d -> {})
            .clientName("acme-erp-sync")
            .clientVersion("1.4.2")
            .language(io.github.facilioo4j.core.Language.GERMAN)
            .build();
    try (ProcessesClient processes = ProcessesClient.create(options)) {
      processes.retrieve(1);
    }
    RecordedRequest request = sandbox.takeRequest();
    List<String> declared = spec.requestHeaders("retrieveProcess");
    List<String> undeclared = new ArrayList<>();
    for (String name : request.headers().keySet()) {
      String lower = name.toLowerCase(Locale.ROOT);
      boolean transport =
          Set.of("host", "connection", "accept-encoding", "user-agent", "accept", "authorization")
              .contains(lower);
      if (!transport && !declared.contains(lower)) {
        undeclared.add(name);
      }
    }
    assertEquals(List.of(), undeclared);
    assertTrue(declared.containsAll(List.of("x-client-name", "x-client-version", "api-version")));
  }

  @Test
  void theCheckItselfCatchesADateTimeWithoutSeconds() {
    String body = "{\"id\":1,\"created\":\"2026-11-29T14:00+01:00\",\"lastModified\":null}";
    List<String> found =
        spec.violations(
            "retrieveProcess",
            200,
            Map.of("Content-Type", List.of("application/json"), "x-odd", List.of("1")),
            body);
    assertEquals(2, found.size(), found.toString());
    assertFalse(spec.violations("retrieveProcess", 299, Map.of(), "").isEmpty());
  }

  private void check(String operationId, int expectedStatus, SandboxHttp.Result result) {
    assertEquals(expectedStatus, result.status, operationId + ": " + result.text);
    answered.add(operationId + " " + result.status);
    violations.addAll(
        spec.violations(operationId, result.status, result.headers.toMultimap(), result.text));
  }
}

package io.github.facilioo4j.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.facilioo4j.core.ApiRequest;
import io.github.facilioo4j.core.ApiResponse;
import io.github.facilioo4j.core.ApiVersion;
import io.github.facilioo4j.core.FaciliooClient;
import io.github.facilioo4j.core.RequestOptions;
import io.github.facilioo4j.core.errors.BadRequestException;
import io.github.facilioo4j.core.errors.ValidationException;
import io.github.facilioo4j.processes.ProcessesClient;
import io.github.facilioo4j.processes.model.ProcessRead;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sandbox's api-version checks and server-side validation, seen through the SDK. */
class SandboxVersionAndValidationThroughSdkTest {
  final RecordingSleeper sleeper = new RecordingSleeper();
  FaciliooSandbox sandbox;
  FaciliooClient core;
  ProcessesClient processes;

  @BeforeEach
  void start() {
    sandbox = FaciliooSandbox.builder().start();
    sandbox.seedUnit(501, 77);
    core = FaciliooClient.create(SdkClients.options(sandbox, sleeper).build());
    processes = ProcessesClient.create(core);
  }

  @AfterEach
  void stop() {
    processes.close();
    core.close();
    sandbox.close();
  }

  static void assertUnsupportedVersion(BadRequestException e, String version) {
    assertFalse(e instanceof ValidationException, e.toString());
    assertEquals(400, e.statusCode());
    assertEquals("Unsupported API version", e.problem().title().get());
    assertTrue(e.problem().detail().get().contains("'" + version + "'"), e.getMessage());
    assertEquals(e.problem().traceId(), e.requestId());
  }

  @Test
  void anUnsupportedVersionSetPerCallGivesBadRequestWithTheProblem() {
    BadRequestException e =
        assertThrows(
            BadRequestException.class,
            () -> processes.list().pageSize(10).header("api-version", "3.0").execute());

    assertUnsupportedVersion(e, "3.0");
    assertEquals(List.of("3.0"), sandbox.recordedRequests().get(0).headers().get("api-version"));
    assertEquals(1, sandbox.requestCount());
    assertTrue(sleeper.delays().isEmpty());
  }

  @Test
  void anUnsupportedVersionInARawRequestGivesBadRequestWithTheProblem() {
    ApiRequest raw =
        ApiRequest.builder()
            .method("GET")
            .path("/api/processes/{id}", 1)
            .options(RequestOptions.builder().header("api-version", "9").build())
            .build();

    BadRequestException e =
        assertThrows(BadRequestException.class, () -> core.execute(raw, ProcessRead.class));

    assertUnsupportedVersion(e, "9");
  }

  @Test
  void versionsOneAndTwoBothWork() {
    ProcessRead created = processes.create(SdkClients.leak().build());
    ApiResponse<ProcessRead> v2 = processes.retrieve().id(created.id()).executeWithResponse();
    ApiResponse<ProcessRead> v1 =
        processes.retrieve().id(created.id()).apiVersion(ApiVersion.V1).executeWithResponse();
    try (ProcessesClient v1Client = processes.withOptions(o -> o.apiVersion(ApiVersion.V1))) {
      assertEquals(created, v1Client.retrieve(created.id()));
    }

    assertEquals(created, v2.value());
    assertEquals(created, v1.value());
    assertEquals("1.0, 2.0", v1.header("api-supported-versions").get());
    List<String> versions =
        sandbox.recordedRequests().stream()
            .map(r -> r.header("api-version").orElse("<none>"))
            .collect(java.util.stream.Collectors.toList());
    assertEquals(List.of("2.0", "2.0", "1.0", "1.0"), versions);
  }

  @Test
  void aUnitOnlyTheServerKnowsIsRejectedAsAValidationExceptionKeyedInCamelCase() {
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () -> processes.create(SdkClients.leak().unitId(999).build()));

    assertFalse(e.isLocal());
    assertEquals(400, e.statusCode());
    assertEquals(Map.of("unitId", List.of("The unit 999 does not exist.")), e.fieldErrors());
    // The raw problem keeps the server's PascalCase key.
    assertTrue(e.problem().errors().containsKey("UnitId"), e.problem().toString());
    assertEquals(1, sandbox.requestCount());
    assertTrue(sandbox.processes().isEmpty());
  }

  @Test
  void aRawCreateWithSeveralProblemsListsEveryFieldNormalized() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("report", "   ");
    body.put("contactId", 0);
    body.put("unitId", 501);
    ApiRequest raw = ApiRequest.builder().method("POST").path("/api/processes").body(body).build();

    ValidationException e =
        assertThrows(ValidationException.class, () -> core.execute(raw, ProcessRead.class));

    assertEquals(Set.of("report", "contactId", "typeId"), e.fieldErrors().keySet());
    assertEquals(List.of("The TypeId field is required."), e.fieldErrors().get("typeId"));
    assertTrue(e.getMessage().startsWith("HTTP 400"), e.getMessage());
    assertTrue(sandbox.processes().isEmpty());
  }

  @Test
  void aJsonTypeErrorKeyedByPathIsNormalizedToTheFieldName() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("report", "<p>Leak</p>");
    body.put("contactId", "twelve");
    body.put("typeId", 3);
    body.put("unitId", 501);
    ApiRequest raw = ApiRequest.builder().method("POST").path("/api/processes").body(body).build();

    ValidationException e =
        assertThrows(ValidationException.class, () -> core.execute(raw, ProcessRead.class));

    assertEquals(List.of("contactId"), List.copyOf(e.fieldErrors().keySet()));
    assertTrue(e.problem().errors().containsKey("$.contactId"), e.problem().toString());
  }

  @Test
  void whatTheClientCanCheckItselfNeverReachesTheSandbox() {
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () -> processes.create(SdkClients.leak().report(" ").contactId(0).build()));

    assertTrue(e.isLocal());
    assertTrue(e.fieldErrors().keySet().containsAll(List.of("report", "contactId")));
    assertEquals(0, sandbox.requestCount());
    assertInstanceOf(BadRequestException.class, e);
  }
}

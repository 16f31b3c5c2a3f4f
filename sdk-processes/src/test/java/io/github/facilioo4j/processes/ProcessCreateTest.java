package io.github.facilioo4j.processes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.facilioo4j.core.ApiResponse;
import io.github.facilioo4j.core.ApiVersion;
import io.github.facilioo4j.core.Language;
import io.github.facilioo4j.core.RequestOptions;
import io.github.facilioo4j.core.errors.ValidationException;
import io.github.facilioo4j.processes.model.ProcessCreate;
import io.github.facilioo4j.processes.model.ProcessRead;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ProcessCreateTest extends ProcessesTestSupport {
  private static final ProcessCreate WATER =
      ProcessCreate.builder()
          .report("<p>Water in the basement</p>")
          .contactId(12)
          .typeId(3)
          .unitId(77)
          .subject("Water damage")
          .externalId("erp-4711")
          .build();

  private static final String WATER_JSON =
      "{\"report\":\"<p>Water in the basement</p>\",\"contactId\":12,\"typeId\":3,"
          + "\"unitId\":77,\"subject\":\"Water damage\",\"externalId\":\"erp-4711\"}";

  @ParameterizedTest
  @EnumSource(Mode.class)
  void createPostsTheBodyWithTheDefaultHeadersAndReturnsTheStoredProcess(Mode mode)
      throws Exception {
    enqueueJson(200, process(501, 77, "erp-4711", null));

    ProcessRead created =
        mode == Mode.SYNC ? processes.create(WATER) : await(processes.createAsync(WATER));

    assertEquals(501, created.id());
    assertEquals("erp-4711", created.externalId());
    RecordedRequest request = takeRequest();
    assertEquals("POST", request.getMethod());
    assertEquals("/api/processes", request.getPath());
    assertEquals("Bearer " + TOKEN, request.getHeader("Authorization"));
    assertEquals("2.0", request.getHeader("api-version"));
    assertEquals("application/json", request.getHeader("Accept"));
    assertTrue(request.getHeader("Content-Type").startsWith("application/json"));
    assertNull(request.getHeader("Accept-Language"));
    assertJsonBody(WATER_JSON, request);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void fluentCreateSendsTheSameBodyAndThePerCallOverrides(Mode mode) throws Exception {
    enqueueJson(200, process(501));
    ProcessesOperations.CreateProcess call =
        processes
            .create()
            .report("<p>Water in the basement</p>")
            .contactId(12)
            .typeId(3)
            .unitId(77)
            .subject("Water damage")
            .externalId("erp-4711")
            .language(Language.GERMAN)
            .apiVersion(ApiVersion.V1)
            .timeout(Duration.ofSeconds(5))
            .header("x-trace", "abc");

    ProcessRead created = mode == Mode.SYNC ? call.execute() : await(call.executeAsync());

    assertEquals(501, created.id());
    RecordedRequest request = takeRequest();
    assertEquals("POST", request.getMethod());
    assertEquals("/api/processes", request.getPath());
    assertEquals("de-DE", request.getHeader("Accept-Language"));
    assertEquals("1.0", request.getHeader("api-version"));
    assertEquals("abc", request.getHeader("x-trace"));
    assertEquals("Bearer " + TOKEN, request.getHeader("Authorization"));
    assertJsonBody(WATER_JSON, request);
  }

  @Test
  void createWithRequestOptionsSendsTheirHeaders() throws Exception {
    enqueueJson(200, process(501));

    processes.create(
        WATER, RequestOptions.builder().language(Language.of("en")).header("x-a", "1").build());

    RecordedRequest request = takeRequest();
    assertEquals("en", request.getHeader("Accept-Language"));
    assertEquals("1", request.getHeader("x-a"));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void createWithResponseGivesStatusHeadersAndRequestId(Mode mode) {
    enqueueJson(200, process(501));
    ProcessesOperations.CreateProcess call = processes.create().body(WATER);

    ApiResponse<ProcessRead> response =
        mode == Mode.SYNC ? call.executeWithResponse() : await(call.executeWithResponseAsync());

    assertEquals(200, response.statusCode());
    assertEquals("req-200", response.requestId().orElse(null));
    assertEquals("application/json", response.header("content-type").orElse(null));
    assertEquals(501, response.value().id());
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aServerValidationAnswerBecomesAValidationExceptionWithCamelCaseFields(Mode mode) {
    enqueueProblem(
        400,
        "{\"title\":\"One or more validation errors occurred.\",\"status\":400,"
            + "\"traceId\":\"00-abc\",\"errors\":{\"Report\":[\"Report is invalid.\"]}}");

    ValidationException e =
        assertThrows(
            ValidationException.class,
            () -> {
              if (mode == Mode.SYNC) {
                processes.create(WATER);
              } else {
                await(processes.createAsync(WATER));
              }
            });

    assertEquals(400, e.statusCode());
    assertEquals(false, e.isLocal());
    assertEquals(
        Collections.singletonMap("report", Arrays.asList("Report is invalid.")), e.fieldErrors());
    assertEquals(1, server.getRequestCount());
  }
}

package io.github.facilioo4j.processes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.facilioo4j.core.ApiResponse;
import io.github.facilioo4j.core.Language;
import io.github.facilioo4j.core.Page;
import io.github.facilioo4j.core.errors.ValidationException;
import io.github.facilioo4j.core.spi.OperationCall;
import io.github.facilioo4j.processes.model.ProcessRead;
import io.github.facilioo4j.processes.model.ProcessStageRead;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One test shape for every operation of the module: each row starts a call through the client's
 * accessor, sends it blocking and async through the same body, and asserts the result and the
 * request the server received (method, path with query, headers, JSON body).
 */
class OperationsTest extends ProcessesTestSupport {
  /** One operation: how to start it, what the server answers, what must be sent and returned. */
  static final class Row {
    final String name;
    final Function<ProcessesClient, OperationCall<?, ?>> start;
    final String answer;
    final String method;
    final String path;
    final String body;
    final String result;

    Row(
        String name,
        Function<ProcessesClient, OperationCall<?, ?>> start,
        String answer,
        String method,
        String path,
        String body,
        String result) {
      this.name = name;
      this.start = start;
      this.answer = answer;
      this.method = method;
      this.path = path;
      this.body = body;
      this.result = result;
    }

    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Arguments> operations() {
    List<Row> rows = new ArrayList<>();
    rows.add(
        new Row(
            "createProcess",
            p -> p.create().report("<p>Leak</p>").contactId(12).typeId(3).unitId(77),
            process(501),
            "POST",
            "/api/processes",
            "{\"report\":\"<p>Leak</p>\",\"contactId\":12,\"typeId\":3,\"unitId\":77}",
            "501"));
    rows.add(
        new Row(
            "retrieveProcess",
            p -> p.retrieve().id(7),
            process(7),
            "GET",
            "/api/processes/7",
            null,
            "7"));
    rows.add(
        new Row(
            "updateProcess",
            p -> p.update(7).subject("Dry again").stageId(null),
            process(7),
            "PATCH",
            "/api/processes/7",
            "{\"subject\":\"Dry again\",\"stageId\":null}",
            "7"));
    rows.add(
        new Row(
            "listProcesses",
            p -> p.list().pageSize(2),
            page(1, 1, 2, process(1), process(2)),
            "GET",
            "/api/processes?pageNumber=1&pageSize=2",
            null,
            "[1, 2]"));
    rows.add(
        new Row(
            "listPropertyProcesses",
            p -> p.listForProperty(5).pageSize(2).pageNumber(3),
            page(3, 3, 2, process(9)),
            "GET",
            "/api/properties/5/processes?pageNumber=3&pageSize=2",
            null,
            "[9]"));
    rows.add(
        new Row(
            "listUnitProcesses",
            p -> p.listForUnit(77).pageSize(100),
            page(1, 1, 100, process(4)),
            "GET",
            "/api/units/77/processes?pageNumber=1&pageSize=100",
            null,
            "[4]"));
    rows.add(
        new Row(
            "retrieveProcessStage",
            p -> p.retrieveStage(7),
            "{\"id\":3,\"name\":\"In progress\",\"color\":\"#00ff00\"}",
            "GET",
            "/api/processes/7/process-stage",
            null,
            "3"));
    List<Arguments> arguments = new ArrayList<>();
    for (Row row : rows) {
      for (Mode mode : Mode.values()) {
        arguments.add(Arguments.of(row, mode));
      }
    }
    return arguments.stream();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("operations")
  void everyOperationSendsItsRequestWithTheSdkHeadersAndReturnsTheDecodedAnswer(Row row, Mode mode)
      throws Exception {
    enqueueJson(200, row.answer);
    OperationCall<?, ?> call =
        row.start.apply(processes).language(Language.GERMAN).header("x-trace", "op-1");

    ApiResponse<?> response =
        mode == Mode.SYNC ? call.executeWithResponse() : await(call.executeWithResponseAsync());

    assertEquals(row.result, describe(response.value()));
    assertEquals(200, response.statusCode());
    assertEquals("req-200", response.requestId().orElse(null));
    RecordedRequest request = takeRequest();
    assertEquals(row.method, request.getMethod());
    assertEquals(row.path, request.getPath());
    assertEquals("Bearer " + TOKEN, request.getHeader("Authorization"));
    assertEquals("2.0", request.getHeader("api-version"));
    assertEquals("application/json", request.getHeader("Accept"));
    assertEquals(Language.GERMAN.tag(), request.getHeader("Accept-Language"));
    assertEquals("op-1", request.getHeader("x-trace"));
    if (row.body == null) {
      assertEquals(0, request.getBodySize());
    } else {
      assertTrue(request.getHeader("Content-Type").startsWith("application/json"));
      assertJsonBody(row.body, request);
    }
    assertEquals(1, server.getRequestCount());
  }

  static Stream<Arguments> invalidCalls() {
    List<Arguments> rows = new ArrayList<>();
    for (Mode mode : Mode.values()) {
      rows.add(
          Arguments.of(
              "createProcess",
              (Function<ProcessesClient, OperationCall<?, ?>>) p -> p.create().report(" "),
              Arrays.asList("report", "contactId", "typeId", "unitId"),
              mode));
      rows.add(
          Arguments.of(
              "retrieveProcess",
              (Function<ProcessesClient, OperationCall<?, ?>>) ProcessesClient::retrieve,
              Arrays.asList("id"),
              mode));
      rows.add(
          Arguments.of(
              "updateProcess",
              (Function<ProcessesClient, OperationCall<?, ?>>) p -> p.update(0).typeId(-2),
              Arrays.asList("id", "typeId"),
              mode));
      rows.add(
          Arguments.of(
              "listProcesses",
              (Function<ProcessesClient, OperationCall<?, ?>>) ProcessesClient::list,
              Arrays.asList("pageSize"),
              mode));
      rows.add(
          Arguments.of(
              "listPropertyProcesses",
              (Function<ProcessesClient, OperationCall<?, ?>>)
                  p -> p.listForProperty(0).pageSize(101),
              Arrays.asList("propertyId", "pageSize"),
              mode));
      rows.add(
          Arguments.of(
              "listUnitProcesses",
              (Function<ProcessesClient, OperationCall<?, ?>>)
                  p -> p.listForUnit(-1).pageSize(1).pageNumber(0),
              Arrays.asList("unitId", "pageNumber"),
              mode));
      rows.add(
          Arguments.of(
              "retrieveProcessStage",
              (Function<ProcessesClient, OperationCall<?, ?>>) p -> p.retrieveStage(0),
              Arrays.asList("id"),
              mode));
    }
    return rows.stream();
  }

  @ParameterizedTest(name = "{0} {3}")
  @MethodSource("invalidCalls")
  void everyOperationRefusesWhatTheDocumentForbidsListingEveryProblemAndSendsNothing(
      String operation,
      Function<ProcessesClient, OperationCall<?, ?>> start,
      List<String> fields,
      Mode mode) {
    OperationCall<?, ?> call = start.apply(processes);

    ValidationException e =
        assertThrows(
            ValidationException.class,
            () -> {
              if (mode == Mode.SYNC) {
                call.execute();
              } else {
                await(call.executeAsync());
              }
            });

    assertTrue(e.isLocal());
    assertEquals(fields, new ArrayList<>(e.fieldErrors().keySet()), operation);
    assertEquals(0, server.getRequestCount());
  }

  private static String describe(Object value) {
    if (value instanceof ProcessRead) {
      return String.valueOf(((ProcessRead) value).id());
    }
    if (value instanceof ProcessStageRead) {
      return String.valueOf(((ProcessStageRead) value).id());
    }
    List<Integer> ids = new ArrayList<>();
    for (Object item : ((Page<?>) value).items()) {
      ids.add(((ProcessRead) item).id());
    }
    return ids.toString();
  }
}

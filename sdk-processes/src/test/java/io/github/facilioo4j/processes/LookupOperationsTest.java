package io.github.facilioo4j.processes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.facilioo4j.core.ApiResponse;
import io.github.facilioo4j.core.Language;
import io.github.facilioo4j.core.Page;
import io.github.facilioo4j.core.errors.ValidationException;
import io.github.facilioo4j.core.spi.OperationCall;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The lookup operations (accounts, properties, units, contracts, process types and stages) in the
 * shape of {@link OperationsTest}: each row is sent blocking and async through one body, and both
 * the decoded answer (ids, and the unknown member kept) and the received request are asserted.
 */
class LookupOperationsTest extends ProcessesTestSupport {
  static final String EXTRA = ",\"futureField\":\"kept\"";

  static Stream<Arguments> operations() {
    List<Object[]> rows = new ArrayList<>();
    rows.add(
        row(
            "retrieveMyAccount",
            p -> p.accounts().myself(),
            one(5, ",\"partyId\":1"),
            "/api/accounts/myself",
            "5"));
    rows.add(
        row(
            "listProperties",
            p -> p.properties().list().pageSize(2).ascendingOrder(false),
            page(1, 1, 2, one(1, ""), one(2, "")),
            "/api/properties?pageNumber=1&pageSize=2&AscendingOrder=false",
            "[1, 2]"));
    rows.add(
        row(
            "retrieveProperty",
            p -> p.properties().retrieve(4),
            one(4, ",\"externalId\":\"e-4\""),
            "/api/properties/4",
            "4"));
    rows.add(
        row(
            "listUnits",
            p -> p.units().list().pageSize(10),
            page(1, 1, 10, one(3, "")),
            "/api/units?pageNumber=1&pageSize=10",
            "[3]"));
    rows.add(
        row(
            "listPropertyUnits",
            p -> p.units().listForProperty(4).pageSize(5).pageNumber(2),
            page(2, 2, 5, one(8, "")),
            "/api/properties/4/units?pageNumber=2&pageSize=5",
            "[8]"));
    rows.add(
        row(
            "listEntranceUnits",
            p -> p.units().listForEntrance(6).pageSize(5),
            page(1, 1, 5, one(9, "")),
            "/api/entrances/6/units?pageNumber=1&pageSize=5",
            "[9]"));
    rows.add(
        row(
            "retrieveUnit",
            p -> p.units().retrieve(3),
            one(3, ",\"number\":\"WE-1\""),
            "/api/units/3",
            "3"));
    rows.add(
        row(
            "listUnitContracts",
            p -> p.units().contracts(3).pageSize(100),
            page(1, 1, 100, one(11, ",\"partyId\":2,\"typeId\":4"), one(12, ",\"typeId\":42")),
            "/api/units/3/contracts?pageNumber=1&pageSize=100",
            "[11, 12]"));
    rows.add(
        row(
            "listProcessTypes",
            p -> p.processTypes().list().pageSize(100).ascendingOrder(true),
            page(1, 1, 100, one(1, ",\"name\":\"Damage report\""), one(2, "")),
            "/api/process-types?pageNumber=1&pageSize=100&AscendingOrder=true",
            "[1, 2]"));
    rows.add(
        row(
            "retrieveProcessType",
            p -> p.processTypes().retrieve(2),
            one(2, ""),
            "/api/process-types/2",
            "2"));
    rows.add(
        row(
            "listProcessTypeStages",
            p -> p.processTypes().stages(2).pageSize(10),
            page(1, 1, 10, one(4, ",\"processTypeId\":2")),
            "/api/process-types/2/process-stages?pageNumber=1&pageSize=10",
            "[4]"));
    rows.add(
        row(
            "listUnitProcesses sorted",
            p -> p.listForUnit(3).pageSize(10).ascendingOrder(false),
            page(1, 1, 10, one(6, "")),
            "/api/units/3/processes?pageNumber=1&pageSize=10&AscendingOrder=false",
            "[6]"));
    rows.add(
        row(
            "retrieveProcessStageById",
            p -> p.processTypes().stage(4),
            one(4, ""),
            "/api/process-stages/4",
            "4"));
    List<Arguments> arguments = new ArrayList<>();
    for (Object[] row : rows) {
      for (Mode mode : Mode.values()) {
        arguments.add(Arguments.of(row[0], row[1], row[2], row[3], row[4], mode));
      }
    }
    return arguments.stream();
  }

  private static Object[] row(
      String name,
      Function<ProcessesClient, OperationCall<?, ?>> start,
      String answer,
      String path,
      String ids) {
    return new Object[] {name, start, answer, path, ids};
  }

  private static String one(int id, String fields) {
    return "{\"id\":" + id + fields + EXTRA + "}";
  }

  @ParameterizedTest(name = "{0} {5}")
  @MethodSource("operations")
  void everyLookupGetsItsRouteWithTheSdkHeadersAndKeepsUnknownMembers(
      String operation,
      Function<ProcessesClient, OperationCall<?, ?>> start,
      String answer,
      String path,
      String ids,
      Mode mode)
      throws Exception {
    enqueueJson(200, answer);
    OperationCall<?, ?> call = start.apply(processes).language(Language.GERMAN);

    ApiResponse<?> response =
        mode == Mode.SYNC ? call.executeWithResponse() : await(call.executeWithResponseAsync());

    Object value = response.value();
    List<Object> items =
        value instanceof Page ? new ArrayList<>(((Page<?>) value).items()) : Arrays.asList(value);
    List<Integer> seen = new ArrayList<>();
    for (Object item : items) {
      seen.add((Integer) accessor(item, "id"));
      assertEquals("kept", ((Map<?, ?>) accessor(item, "additionalProperties")).get("futureField"));
    }
    assertEquals(ids, value instanceof Page ? seen.toString() : String.valueOf(seen.get(0)));
    RecordedRequest request = takeRequest();
    assertEquals("GET", request.getMethod());
    assertEquals(path, request.getPath());
    assertEquals("Bearer " + TOKEN, request.getHeader("Authorization"));
    assertEquals("2.0", request.getHeader("api-version"));
    assertEquals(Language.GERMAN.tag(), request.getHeader("Accept-Language"));
    assertEquals(0, request.getBodySize());
    assertEquals(1, server.getRequestCount(), operation);
  }

  static Stream<Arguments> invalidCalls() {
    List<Arguments> rows = new ArrayList<>();
    for (Mode mode : Mode.values()) {
      rows.add(
          Arguments.of(
              "listProperties", call(p -> p.properties().list()), Arrays.asList("pageSize"), mode));
      rows.add(
          Arguments.of(
              "retrieveUnit", call(p -> p.units().retrieve(0)), Arrays.asList("id"), mode));
      rows.add(
          Arguments.of(
              "listUnitContracts",
              call(p -> p.units().contracts(-1).pageSize(101)),
              Arrays.asList("id", "pageSize"),
              mode));
      rows.add(
          Arguments.of(
              "listProcessTypeStages",
              call(p -> p.processTypes().stages(0).pageSize(1).pageNumber(0)),
              Arrays.asList("id", "pageNumber"),
              mode));
    }
    return rows.stream();
  }

  private static Function<ProcessesClient, OperationCall<?, ?>> call(
      Function<ProcessesClient, OperationCall<?, ?>> start) {
    return start;
  }

  @ParameterizedTest(name = "{0} {3}")
  @MethodSource("invalidCalls")
  void lookupsRefuseIdsAndPageSizesTheDocumentForbidsAndSendNothing(
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

  private static Object accessor(Object model, String name) throws Exception {
    Method method = model.getClass().getMethod(name);
    return method.invoke(model);
  }
}

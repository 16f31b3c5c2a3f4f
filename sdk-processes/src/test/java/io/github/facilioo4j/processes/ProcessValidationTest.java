package io.github.facilioo4j.processes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.facilioo4j.core.errors.ValidationException;
import io.github.facilioo4j.core.spi.OperationCall;
import io.github.facilioo4j.processes.model.ProcessCreate;
import io.github.facilioo4j.processes.model.ProcessUpdate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ProcessValidationTest extends ProcessesTestSupport {

  /** Runs a call in the given mode and returns the local validation failure it must produce. */
  private ValidationException rejected(Mode mode, OperationCall<?, ?> call) {
    ValidationException e;
    if (mode == Mode.SYNC) {
      e = assertThrows(ValidationException.class, call::execute);
    } else {
      // The async method must not throw; the future carries the failure.
      CompletableFuture<?> future = call.executeAsync();
      e = assertThrows(ValidationException.class, () -> await(future));
    }
    assertTrue(e.isLocal());
    assertEquals(0, e.statusCode());
    assertEquals(0, server.getRequestCount(), "a request was sent");
    return e;
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void anEmptyCreateListsEveryMissingFieldAndSendsNothing(Mode mode) {
    ValidationException e = rejected(mode, processes.create().subject("only a subject"));

    Map<String, List<String>> errors = e.fieldErrors();
    assertEquals(Arrays.asList("report", "contactId", "typeId", "unitId"), keys(errors));
    assertEquals(Arrays.asList("is required"), errors.get("contactId"));
    assertTrue(e.getMessage().contains("report"), e.getMessage());
    assertTrue(e.getMessage().contains("unitId"), e.getMessage());
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void emptyOrBlankReportsAndIdsOfZeroOrBelowAreAllReportedAtOnce(Mode mode) {
    ProcessesOperations.CreateProcess blank =
        processes.create().report("  \n ").contactId(0).typeId(-3).unitId(77).stageId(0);

    Map<String, List<String>> errors = rejected(mode, blank).fieldErrors();

    assertEquals(Arrays.asList("report", "contactId", "typeId", "stageId"), keys(errors));
    assertEquals(Arrays.asList("must not be blank"), errors.get("report"));
    assertEquals(Arrays.asList("must be at least 1 but was -3"), errors.get("typeId"));

    ProcessesOperations.CreateProcess empty =
        processes.create().report("").contactId(1).typeId(1).unitId(1);
    assertEquals(
        Arrays.asList("must have at least 1 character(s)"),
        rejected(mode, empty).fieldErrors().get("report"));
  }

  @Test
  void theDirectCreateValidatesTooAndItsAsyncTwinDoesNotThrow() {
    ProcessCreate invalid = ProcessCreate.builder().report("x").build();

    assertThrows(ValidationException.class, () -> processes.create(invalid));
    CompletableFuture<?> future = processes.createAsync(invalid);
    assertTrue(future.isCompletedExceptionally());
    assertEquals(0, server.getRequestCount());
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aRetrieveOfIdZeroSendsNothing(Mode mode) {
    assertEquals(
        Arrays.asList("id"), keys(rejected(mode, processes.retrieve().id(0)).fieldErrors()));
    assertEquals(Arrays.asList("id"), keys(rejected(mode, processes.retrieve()).fieldErrors()));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void pageSizeOutOfRangePageNumberBelowOneAndABadUnitIdAreAllReported(Mode mode) {
    Map<String, List<String>> errors =
        rejected(mode, processes.listForUnit(-1).pageSize(101).pageNumber(0)).fieldErrors();

    assertEquals(Arrays.asList("unitId", "pageNumber", "pageSize"), keys(errors));
    assertEquals(Arrays.asList("must be between 1 and 100 but was 101"), errors.get("pageSize"));
    assertEquals(Arrays.asList("must be at least 1 but was 0"), errors.get("pageNumber"));
  }

  @Test
  void everyListShapeChecksItsPageSizeAndScope() {
    assertRejects("pageSize", () -> processes.list(0));
    assertRejects("pageSize", () -> processes.list().execute());
    assertRejects("propertyId", () -> processes.listForProperty(0, 10));
    assertRejects("unitId", () -> processes.listForUnit(0, 10));
    assertTrue(processes.listForUnitAsync(1, 0).isCompletedExceptionally());
    assertEquals(0, server.getRequestCount());
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void anUpdateThatClearsRequiredFieldsOrUsesBadIdsSendsNothing(Mode mode) {
    ProcessesOperations.UpdateProcess call =
        processes.update(0).report(null).typeId(null).unitId(-1).subject(null);

    Map<String, List<String>> errors = rejected(mode, call).fieldErrors();

    assertEquals(Arrays.asList("id", "report", "typeId", "unitId"), keys(errors));
    assertEquals(Arrays.asList("cannot be cleared (must not be null)"), errors.get("typeId"));
    assertTrue(
        processes
            .updateAsync(7, ProcessUpdate.builder().report(" ").build())
            .isCompletedExceptionally());
    assertEquals(0, server.getRequestCount());
  }

  private static void assertRejects(String field, Supplier<?> call) {
    ValidationException e = assertThrows(ValidationException.class, call::get);
    assertTrue(e.fieldErrors().containsKey(field), e.fieldErrors().toString());
  }

  private static List<String> keys(Map<String, List<String>> errors) {
    return Arrays.asList(errors.keySet().toArray(new String[0]));
  }
}

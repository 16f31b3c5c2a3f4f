package io.github.facilioo4j.processes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.facilioo4j.core.Page;
import io.github.facilioo4j.core.errors.InvalidResponseException;
import io.github.facilioo4j.processes.model.ProcessRead;
import java.util.stream.Stream;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Regression (issue 10, item 4): a process whose {@code id} was {@code 1.5} came back as process 1,
 * so that a later {@code update(1)} would patch the wrong process, and {@code "42"} as a string was
 * accepted. Integers in answers are exact JSON integers in range, or the answer is an {@link
 * InvalidResponseException}: in every integer property of the models and of the paging envelope.
 */
class IntegerAnswersTest extends ProcessesTestSupport {

  /** Values that are not a JSON integer in the range of {@code Integer}. */
  static Stream<String> notAnInt32() {
    return Stream.of("1.5", "\"42\"", "1099511627776", "1.0", "1e2", "true", "\"\"", "-2147483649");
  }

  static Stream<Arguments> notAnInt32InEveryMode() {
    return notAnInt32()
        .flatMap(v -> Stream.of(Arguments.of(v, Mode.SYNC), Arguments.of(v, Mode.ASYNC)));
  }

  private InvalidResponseException invalid(Executable call) {
    return assertThrows(InvalidResponseException.class, call);
  }

  @ParameterizedTest(name = "id {0} ({1})")
  @MethodSource("notAnInt32InEveryMode")
  void retrieveOfAProcessWhoseIdIsNotAnExactIntegerIsAnInvalidResponse(String id, Mode mode) {
    String body = "{\"id\":" + id + ",\"subject\":\"Leak\"}";
    enqueueJson(200, body);

    InvalidResponseException e =
        invalid(
            () -> {
              if (mode == Mode.SYNC) {
                processes.retrieve(1);
              } else {
                await(processes.retrieveAsync(1));
              }
            });

    assertEquals(200, e.statusCode());
    assertEquals(body, e.bodySnippet());
    assertTrue(e.getMessage().contains("is not valid JSON for ProcessRead"), e.getMessage());
    assertEquals(1, server.getRequestCount());
  }

  @ParameterizedTest(name = "id {0} ({1})")
  @MethodSource("notAnInt32InEveryMode")
  void listWithAnItemWhoseIdIsNotAnExactIntegerIsAnInvalidResponse(String id, Mode mode) {
    enqueueJson(200, page(1, 1, 10, process(7), "{\"id\":" + id + "}"));

    InvalidResponseException e =
        invalid(
            () -> {
              if (mode == Mode.SYNC) {
                processes.list(10);
              } else {
                await(processes.listAsync(10));
              }
            });

    assertEquals(200, e.statusCode());
    assertTrue(e.bodySnippet().contains("{\"id\":" + id + "}"), e.bodySnippet());
    assertEquals(1, server.getRequestCount());
  }

  @ParameterizedTest(name = "unitId {0}")
  @MethodSource("notAnInt32")
  void everyOtherIntegerPropertyOfAProcessIsExactToo(String value) {
    enqueueJson(200, "{\"id\":7,\"unitId\":" + value + "}");
    enqueueJson(200, "{\"id\":7,\"number\":" + value + "}");

    invalid(() -> processes.retrieve(7));
    invalid(() -> processes.retrieve(7));
    assertEquals(2, server.getRequestCount());
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Mode.class)
  void pagingNumbersThatAreNotExactIntegersAreAnInvalidResponse(Mode mode) {
    String[] envelopes = {
      "{\"items\":[],\"pageNumber\":1.5,\"pageSize\":10,\"totalPages\":1,\"totalCount\":0}",
      "{\"items\":[],\"pageNumber\":1,\"pageSize\":\"10\",\"totalPages\":1,\"totalCount\":0}",
      "{\"items\":[],\"pageNumber\":1,\"pageSize\":10,\"totalPages\":1099511627776,\"totalCount\":0}",
      "{\"items\":[],\"pageNumber\":1,\"pageSize\":10,\"totalPages\":1,\"totalCount\":\"3\"}",
      "{\"items\":[],\"pageNumber\":1,\"pageSize\":10,\"totalPages\":1,\"totalCount\":3.0}",
      "{\"items\":[],\"pageNumber\":1,\"pageSize\":10,\"totalPages\":1,"
          + "\"totalCount\":36893488147419103232}"
    };
    for (String envelope : envelopes) {
      enqueueJson(200, envelope);

      InvalidResponseException e =
          invalid(
              () -> {
                if (mode == Mode.SYNC) {
                  processes.list(10);
                } else {
                  await(processes.listAsync(10));
                }
              });

      assertEquals(envelope, e.bodySnippet());
    }
    assertEquals(envelopes.length, server.getRequestCount());
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Mode.class)
  void integersAtTheEdgesOfTheirRangeAreReadExactly(Mode mode) {
    enqueueJson(200, "{\"id\":2147483647,\"unitId\":-2147483648}");
    enqueueJson(
        200,
        "{\"items\":[{\"id\":-0}],\"pageNumber\":1,\"pageSize\":10,\"totalPages\":1,"
            + "\"totalCount\":9223372036854775807}");

    ProcessRead read =
        mode == Mode.SYNC ? processes.retrieve(1) : await(processes.retrieveAsync(1));
    Page<ProcessRead> page =
        mode == Mode.SYNC ? processes.list(10) : await(processes.listAsync(10));

    assertEquals(Integer.MAX_VALUE, read.id());
    assertEquals(Integer.MIN_VALUE, read.unitId());
    assertEquals(0, page.items().get(0).id());
    assertEquals(Long.MAX_VALUE, page.totalCount());
    assertEquals(2, server.getRequestCount());
  }
}

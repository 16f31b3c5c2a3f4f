package io.github.facilioo4j.processes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.facilioo4j.core.errors.InvalidResponseException;
import io.github.facilioo4j.processes.model.ProcessCreate;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Regression (found by the fuzzed-response suite): a 2xx answer of the wrong shape used to decode
 * into a process without id, so a create seemed to succeed without saying what it created.
 */
class ProcessResponsesTest extends ProcessesTestSupport {
  private static final ProcessCreate CREATE =
      ProcessCreate.builder().report("<p>Leak</p>").contactId(1).typeId(2).unitId(3).build();

  private static InvalidResponseException invalid(Executable call) {
    return assertThrows(InvalidResponseException.class, call);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void createAnsweredWithAPageInsteadOfAProcessIsAnInvalidResponse(Mode mode) {
    enqueueJson(200, page(1, 1, 10));

    InvalidResponseException e =
        invalid(
            () -> {
              if (mode == Mode.SYNC) {
                processes.create(CREATE);
              } else {
                await(processes.createAsync(CREATE));
              }
            });

    assertEquals(200, e.statusCode());
    assertTrue(e.getMessage().contains("the required property id is missing"), e.getMessage());
    assertEquals(1, server.getRequestCount(), "a create is never sent again");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void retrieveAnsweredWithAnEmptyObjectIsAnInvalidResponse(Mode mode) {
    enqueueJson(200, "{\"subject\":\"no id\"}");

    InvalidResponseException e =
        invalid(
            () -> {
              if (mode == Mode.SYNC) {
                processes.retrieve(7);
              } else {
                await(processes.retrieveAsync(7));
              }
            });

    assertTrue(e.bodySnippet().contains("no id"), e.bodySnippet());
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void pageWithANullItemOrAnItemWithoutIdIsAnInvalidResponse(Mode mode) {
    enqueueJson(200, page(1, 1, 10, process(1), "null"));
    enqueueJson(200, page(1, 1, 10, process(1), "{\"subject\":\"x\"}"));

    for (String expected : new String[] {"items[1] is null", "items[1] lacks the required"}) {
      InvalidResponseException e =
          invalid(
              () -> {
                if (mode == Mode.SYNC) {
                  processes.list(10);
                } else {
                  await(processes.listAsync(10));
                }
              });
      assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
  }
}

package io.github.facilioo4j.processes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.facilioo4j.core.errors.ValidationException;
import io.github.facilioo4j.processes.model.ProcessCreate;
import io.github.facilioo4j.processes.model.ProcessUpdate;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Text that cannot be sent as it is given is refused before anything is sent: unpaired UTF-16
 * surrogates in any string field of a body (checked by every generated model), and per-call header
 * values that are not ASCII.
 */
class CallerInputChecksTest extends ProcessesTestSupport {
  /** A high surrogate without its low half, then a low one without its high half. */
  private static final String LONE_HIGH = "Leak in flat 3 \uD83D";

  private static final String LONE_LOW = "\uDCA7 basement";

  private static final String MESSAGE =
      "must not contain an unpaired surrogate (invalid UTF-16) but has one at index ";

  private ValidationException rejected(
      Mode mode, Supplier<?> sync, Supplier<? extends CompletableFuture<?>> async) {
    ValidationException e;
    if (mode == Mode.SYNC) {
      e = assertThrows(ValidationException.class, sync::get);
    } else {
      // The async twin must not throw; its future carries the failure.
      CompletableFuture<?> future = async.get();
      e = assertThrows(ValidationException.class, () -> await(future));
    }
    assertTrue(e.isLocal(), e.getMessage());
    assertFalse(e.getMessage().contains("flat 3"), e.getMessage());
    assertFalse(e.getMessage().contains("basement"), e.getMessage());
    assertEquals(0, server.getRequestCount(), "a request was sent");
    return e;
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aCreateWithAnUnpairedSurrogateInAnyStringFieldSendsNothing(Mode mode) {
    ProcessesOperations.CreateProcess call =
        processes
            .create()
            .report(LONE_HIGH)
            .subject(LONE_LOW)
            .externalId("erp-\uDC00")
            .contactId(1)
            .typeId(1)
            .unitId(77);

    Map<String, List<String>> errors =
        rejected(mode, call::execute, call::executeAsync).fieldErrors();

    assertEquals(Arrays.asList("subject", "report", "externalId"), keys(errors));
    assertEquals(Arrays.asList(MESSAGE + 15), errors.get("report"));
    assertEquals(Arrays.asList(MESSAGE + 0), errors.get("subject"));
    assertEquals(Arrays.asList(MESSAGE + 4), errors.get("externalId"));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void theDirectCreateTheUpdateAndCreateIfAbsentCheckTheirTextToo(Mode mode) {
    ProcessCreate create =
        ProcessCreate.builder()
            .report("ok")
            .subject(LONE_HIGH)
            .contactId(1)
            .typeId(1)
            .unitId(77)
            .externalId("erp-1")
            .build();
    ProcessUpdate update = ProcessUpdate.builder().report(LONE_LOW).build();

    assertEquals(
        Arrays.asList("subject"),
        keys(
            rejected(mode, () -> processes.create(create), () -> processes.createAsync(create))
                .fieldErrors()));
    assertEquals(
        Arrays.asList("report"),
        keys(
            rejected(
                    mode, () -> processes.update(7, update), () -> processes.updateAsync(7, update))
                .fieldErrors()));
    // Not even the look-up by externalId is sent.
    assertEquals(
        Arrays.asList("subject"),
        keys(
            rejected(
                    mode,
                    () -> processes.createIfAbsent(create),
                    () -> processes.createIfAbsentAsync(create))
                .fieldErrors()));
  }

  @Test
  void aCompleteSurrogatePairIsSentIntact() throws Exception {
    enqueueJson(200, process(501));

    processes.create().report("Water \uD83D\uDCA7").contactId(1).typeId(1).unitId(77).execute();

    RecordedRequest request = takeRequest();
    String body = request.getBody().readString(StandardCharsets.UTF_8);
    assertEquals("Water \uD83D\uDCA7", json(body).get("report").asText(), body);
  }

  @Test
  void aNonAsciiHeaderValueOfAFluentCallIsRefusedWhenSetAndNothingIsSent() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> processes.retrieve().id(7).header("x-api-key", "schl\u00fcssel-42"));

    assertTrue(e.getMessage().startsWith("header x-api-key: "), e.getMessage());
    assertFalse(e.getMessage().contains("ssel-42"), e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> processes.create().header("Host", "evil.example").report("x"));
    assertEquals(0, server.getRequestCount());
  }

  private static List<String> keys(Map<String, List<String>> errors) {
    return Arrays.asList(errors.keySet().toArray(new String[0]));
  }
}

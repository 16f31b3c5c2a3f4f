package io.github.facilioo4j.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.facilioo4j.core.errors.FaciliooException;
import io.github.facilioo4j.core.errors.FaciliooIoException;
import io.github.facilioo4j.core.errors.FaciliooServiceException;
import io.github.facilioo4j.core.errors.FaciliooTimeoutException;
import io.github.facilioo4j.core.errors.ProblemDetails;
import io.github.facilioo4j.core.errors.UnauthorizedException;
import io.github.facilioo4j.core.errors.ValidationException;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ErrorMessagesTest {
  @Test
  void aTimeoutIsAServerOrNetworkFailureWithItsOwnLabel() {
    FaciliooTimeoutException e =
        new FaciliooTimeoutException("GET /api/processes timed out", new SocketTimeoutException());

    assertEquals(5, ExitCodes.of(e));
    assertEquals(
        "facilioo: timed out: GET /api/processes timed out", ErrorMessages.oneLine(e, null));
  }

  @Test
  void anIoFailureIsExitCode5() {
    assertEquals(5, ExitCodes.of(new FaciliooIoException("reset", new IOException("reset"))));
  }

  @Test
  void anyOtherSdkExceptionIsExitCode1() {
    assertEquals(1, ExitCodes.of(new FaciliooException("odd")));
  }

  @Test
  void aMultiLineMessageBecomesOneLineAndTheTokenIsMasked() {
    FaciliooException e = new FaciliooException("first line\n  second line with tok-123\r\nthird");

    assertEquals(
        "facilioo: error: first line second line with *** third",
        ErrorMessages.oneLine(e, "tok-123"));
  }

  @Test
  void localValidationListsEveryFieldAndSaysNothingWasSent() {
    ValidationException e =
        ValidationException.local(
            Map.of("report", List.of("is required"), "unitId", List.of("must be positive")));

    String line = ErrorMessages.oneLine(e, null);

    assertEquals(2, ExitCodes.of(e));
    assertTrue(line.startsWith("facilioo: validation failed: "), line);
    assertTrue(line.contains("report: is required"), line);
    assertTrue(line.contains("unitId: must be positive"), line);
    assertTrue(line.endsWith(" (nothing was sent)"), line);
  }

  @Test
  void aTokenThatAlsoOccursInTheStatusOrTraceIdIsMaskedOnlyInTheServersText() {
    UnauthorizedException e =
        new UnauthorizedException(
            "HTTP 401 Unauthorized: token 401 is not valid (traceId 00-401-7f)",
            401,
            Map.of(),
            "{}",
            false,
            ProblemDetails.builder().traceId("00-401-7f").build());

    assertEquals(
        "facilioo: unauthorized: HTTP 401 Unauthorized: token *** is not valid (traceId 00-401-7f)",
        ErrorMessages.oneLine(e, "401"));
  }

  @Test
  void aServerValidationErrorKeepsItsTraceIdBesideTheFieldErrors() {
    ValidationException e =
        new ValidationException(
            "HTTP 400 Bad Request: unitId: unknown (traceId 00-abc-01)",
            400,
            Map.of(),
            "{}",
            false,
            ProblemDetails.builder().traceId("00-abc-01").build(),
            Map.of("unitId", List.of("unknown unit 99")));

    assertEquals(
        "facilioo: validation failed: unitId: unknown unit 99 (HTTP 400, traceId 00-abc-01)",
        ErrorMessages.oneLine(e, "abc"));
  }

  @Test
  void withoutATraceIdTheRequestIdHeaderIsShownAndAnUnknownStatusKeepsItsCode() {
    FaciliooServiceException e =
        new FaciliooServiceException(
            "HTTP 499 (empty body) (requestId req-499)",
            499,
            Map.of("x-request-id", List.of("req-499")),
            "",
            false,
            null);

    assertEquals(
        "facilioo: error: HTTP 499 (empty body) (requestId req-499)",
        ErrorMessages.oneLine(e, "499"));
  }
}

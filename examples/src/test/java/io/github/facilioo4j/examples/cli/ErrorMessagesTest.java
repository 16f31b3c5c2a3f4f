package io.github.facilioo4j.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.facilioo4j.core.errors.FaciliooException;
import io.github.facilioo4j.core.errors.FaciliooIoException;
import io.github.facilioo4j.core.errors.FaciliooTimeoutException;
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
}

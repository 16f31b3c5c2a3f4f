package io.github.facilioo4j.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.facilioo4j.examples.cli.CliRunner.Result;
import io.github.facilioo4j.testkit.FaciliooSandbox;
import io.github.facilioo4j.testkit.FaciliooSandboxExtension;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ExitCodesTest {
  static final String TOKEN = "exit-code-token-77c1";

  @RegisterExtension
  static final FaciliooSandboxExtension SANDBOX =
      FaciliooSandboxExtension.withSandbox(FaciliooSandbox.builder().validToken(TOKEN));

  private static final String[] VALID_CREATE = {
    "processes",
    "create",
    "--report",
    "Leak",
    "--contact-id",
    "1",
    "--type-id",
    "1",
    "--unit-id",
    "1"
  };

  /** A typed error: the exit code, exactly one line on stderr, no stack trace, no token. */
  private static String oneLineError(Result r, int exitCode) {
    assertEquals(exitCode, r.exitCode(), r.err());
    assertEquals(1, r.errLines().size(), r.err());
    assertFalse(r.err().contains("\tat "), r.err());
    assertFalse(r.all().contains(TOKEN), r.all());
    assertTrue(r.err().startsWith("facilioo: "), r.err());
    return r.errLines().get(0);
  }

  @Test
  void missingReportIsAValidationErrorWithExitCode2AndNothingIsSent(FaciliooSandbox sandbox) {
    Result r =
        CliRunner.against(
            sandbox.baseUrl(), TOKEN, "processes", "create", "--contact-id", "1", "--unit-id", "1");

    String line = oneLineError(r, 2);
    assertEquals(
        "facilioo: validation failed: report: is required; typeId: is required"
            + " (nothing was sent)",
        line);
    assertEquals("", r.out());
    assertEquals(0, sandbox.requestCount());
  }

  @Test
  void aValidationErrorOfTheServerListsItsFieldErrorsWithExitCode2(FaciliooSandbox sandbox) {
    sandbox.seedUnit(1, 1);

    Result r =
        CliRunner.against(
            sandbox.baseUrl(),
            TOKEN,
            "processes",
            "create",
            "--report",
            "Leak",
            "--contact-id",
            "1",
            "--type-id",
            "1",
            "--unit-id",
            "99");

    String line = oneLineError(r, 2);
    assertTrue(line.startsWith("facilioo: validation failed: unitId: "), line);
    // The server's traceId, which the SDK has, is printed for the support ticket.
    assertTrue(line.matches(".* \\(HTTP 400, traceId [0-9a-f-]{10,}\\)"), line);
    assertEquals(1, sandbox.requestCount());
  }

  @Test
  void aShortTokenMasksNeitherTheStatusNorTheTraceIdOfTheError(FaciliooSandbox sandbox) {
    // A token that is also the status code: masking it everywhere printed "HTTP *** Unauthorized".
    Result r = CliRunner.against(sandbox.baseUrl(), "401", "processes", "list");

    assertEquals(3, r.exitCode(), r.err());
    assertEquals(1, r.errLines().size(), r.err());
    String line = r.errLines().get(0);
    assertTrue(line.startsWith("facilioo: unauthorized: HTTP 401 Unauthorized"), line);
    assertTrue(line.matches(".* \\((traceId|requestId) [0-9a-f-]{10,}\\)"), line);
    assertEquals(1, sandbox.requestCount());
  }

  @Test
  void aWrongTokenIsUnauthorizedWithExitCode3(FaciliooSandbox sandbox) {
    Result r = CliRunner.against(sandbox.baseUrl(), "wrong-token-0815", "processes", "list");

    String line = oneLineError(r, 3);
    assertTrue(line.startsWith("facilioo: unauthorized: HTTP 401"), line);
    assertFalse(r.all().contains("wrong-token-0815"), r.all());
  }

  @Test
  void anUnknownIdIsNotFoundWithExitCode4(FaciliooSandbox sandbox) {
    Result r = CliRunner.against(sandbox.baseUrl(), TOKEN, "processes", "get", "9999");

    String line = oneLineError(r, 4);
    assertTrue(line.startsWith("facilioo: not found: HTTP 404"), line);
    assertTrue(line.contains("9999"), line);
  }

  @Test
  void aServerFailureThatOutlastsTheRetriesHasExitCode5(FaciliooSandbox sandbox) {
    sandbox.faults().serviceUnavailable(10);

    Result r = CliRunner.against(sandbox.baseUrl(), TOKEN, "processes", "get", "1");

    String line = oneLineError(r, 5);
    assertTrue(line.startsWith("facilioo: server error: HTTP 503"), line);
    assertEquals(3, sandbox.requestCount()); // the first try and two retries
    assertEquals(2, r.sleeps().size());
  }

  @Test
  void aRefusedConnectionIsANetworkErrorWithExitCode5() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }

    Result r = CliRunner.against("http://127.0.0.1:" + closedPort, TOKEN, "processes", "list");

    String line = oneLineError(r, 5);
    assertTrue(line.startsWith("facilioo: network error: "), line);
  }

  @Test
  void anOtherServiceErrorHasExitCode1(FaciliooSandbox sandbox) {
    sandbox.faults().tooManyRequests(10, java.time.Duration.ofSeconds(1));

    Result r = CliRunner.against(sandbox.baseUrl(), TOKEN, "processes", "get", "1");

    String line = oneLineError(r, 1);
    assertTrue(line.startsWith("facilioo: error: HTTP 429"), line);
    assertEquals(
        java.util.List.of(java.time.Duration.ofSeconds(1), java.time.Duration.ofSeconds(1)),
        r.sleeps());
  }

  @Test
  void aTokenWithoutBaseUrlIsAUsageErrorWithExitCode64AndStartsNoSandbox() {
    Result r = CliRunner.run(java.util.Map.of(), "processes", "list", "--token", TOKEN);

    assertEquals(64, r.exitCode());
    assertTrue(
        r.err().startsWith("facilioo: Missing --base-url (or FACILIOO_BASE_URL): give both"),
        r.err());
    assertFalse(r.err().contains("sandbox at"), r.err());
    assertFalse(r.all().contains(TOKEN), r.all());
  }

  @Test
  void aBaseUrlFromTheEnvironmentWithoutTokenIsAUsageError(FaciliooSandbox sandbox) {
    Result r =
        CliRunner.run(
            java.util.Map.of("FACILIOO_BASE_URL", sandbox.baseUrl()), "processes", "list");

    assertEquals(64, r.exitCode());
    assertTrue(r.err().startsWith("facilioo: Missing --token (or FACILIOO_TOKEN)"), r.err());
    assertEquals(0, sandbox.requestCount());
  }

  @Test
  void badOptionsAreUsageErrorsWithExitCode64(FaciliooSandbox sandbox) {
    String url = sandbox.baseUrl();
    assertEquals(64, CliRunner.against(url, TOKEN, "processes", "get", "abc").exitCode());
    assertEquals(64, CliRunner.against(url, TOKEN, "processes", "list", "--colour").exitCode());
    assertEquals(
        64, CliRunner.against(url, TOKEN, "processes", "list", "--api-version", "7").exitCode());
    assertEquals(
        64, CliRunner.against(url, TOKEN, "processes", "list", "--language", "%%").exitCode());
    assertEquals(
        64,
        CliRunner.against(url, TOKEN, "processes", "list", "--unit-id", "1", "--property-id", "2")
            .exitCode());
    assertEquals(64, CliRunner.against(url, TOKEN, "processes", "update", "1").exitCode());
    assertEquals(
        64,
        CliRunner.against(url, TOKEN, "processes", "update", "1", "--clear", "colour").exitCode());
    assertEquals(
        64,
        CliRunner.against(
                url, TOKEN, "processes", "update", "1", "--subject", "x", "--clear", "subject")
            .exitCode());
    assertEquals(64, CliRunner.run(java.util.Map.of()).exitCode());
    Result badEnv =
        CliRunner.run(java.util.Map.of("FACILIOO_API_VERSION", "7"), "processes", "list");
    assertEquals(64, badEnv.exitCode());
    assertTrue(badEnv.err().startsWith("facilioo: ") && badEnv.err().contains("7"), badEnv.err());
    assertEquals(0, sandbox.requestCount());
  }

  @Test
  void usageErrorsNeverEchoTheToken(FaciliooSandbox sandbox) {
    Result badUrl = CliRunner.against("not-a-url", TOKEN, "processes", "list");
    Result typo =
        CliRunner.run(java.util.Map.of(), "processes", "list", "--token", TOKEN, "--tokn", TOKEN);
    Result envTypo =
        CliRunner.run(
            java.util.Map.of("FACILIOO_TOKEN", TOKEN), "processes", "list", "--tokn=" + TOKEN);

    for (Result r : java.util.List.of(badUrl, typo, envTypo)) {
      assertEquals(64, r.exitCode(), r.err());
      assertFalse(r.all().contains(TOKEN), r.all());
    }
    assertTrue(badUrl.err().startsWith("facilioo: "), badUrl.err());
    assertTrue(typo.err().contains("--tokn"), typo.err());
  }

  @Test
  void aUsageErrorNamesTheProblemAndWhereToFindHelp(FaciliooSandbox sandbox) {
    Result r =
        CliRunner.against(
            sandbox.baseUrl(), TOKEN, "processes", "update", "1", "--clear", "colour");

    assertEquals(
        "facilioo: Unknown field for --clear: 'colour'; one of [subject, report, contactId, typeId,"
            + " unitId, stageId, accountId, isFinished, finishDate, externalId].",
        r.errLines().get(0));
    assertEquals("Run 'facilioo processes update --help' for usage.", r.errLines().get(1));
  }

  @Test
  void theHelpDocumentsTheExitCodesAndEnvironment() {
    Result r = CliRunner.run(java.util.Map.of(), "--help");

    assertEquals(0, r.exitCode());
    assertTrue(r.out().contains("Exit codes:"), r.out());
    assertTrue(r.out().contains("  64   Usage error"), r.out());
    assertTrue(r.out().contains("   4   Not found"), r.out());
    assertTrue(r.out().contains("FACILIOO_TOKEN"), r.out());
    Result sub = CliRunner.run(java.util.Map.of(), "processes", "create", "--help");
    assertTrue(sub.out().contains("   2   Validation failed"), sub.out());
  }

  @Test
  void versionPrintsOneLineWithExitCode0() {
    Result r = CliRunner.run(java.util.Map.of(), "--version");

    assertEquals(0, r.exitCode());
    assertTrue(r.out().startsWith("facilioo CLI "), r.out());
    assertEquals(1, r.out().lines().count(), r.out());
  }

  @Test
  void validCreateSucceedsWithExitCode0(FaciliooSandbox sandbox) {
    Result r = CliRunner.against(sandbox.baseUrl(), TOKEN, VALID_CREATE);

    assertEquals(0, r.exitCode(), r.err());
    assertEquals("", r.err());
  }
}

package io.github.facilioo4j.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.facilioo4j.examples.cli.CliRunner.Result;
import io.github.facilioo4j.testkit.FaciliooSandbox;
import io.github.facilioo4j.testkit.FaciliooSandboxExtension;
import io.github.facilioo4j.testkit.Faults;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CommandTimeoutTest {
  static final String TOKEN = "timeout-token-3e9d";

  /** How long a cue may take to come before the test gives up; never reached when it passes. */
  private static final Duration CUE = Duration.ofSeconds(20);

  // One sandbox per test: a request still held by a stall is dropped when its sandbox closes.
  @RegisterExtension
  final FaciliooSandboxExtension sandboxes =
      FaciliooSandboxExtension.withSandbox(FaciliooSandbox.builder().validToken(TOKEN));

  private static final String[] CREATE = {
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

  /** The one line on stderr of a command stopped by its budget: exit code 5, no token. */
  private static String timedOut(Result r) {
    assertEquals(5, r.exitCode(), r.err());
    assertEquals(1, r.errLines().size(), r.err());
    assertFalse(r.err().contains("\tat "), r.err());
    assertFalse(r.all().contains(TOKEN), r.all());
    return r.errLines().get(0);
  }

  @Test
  void aGetStalledByTheServerEndsWithExitCode5WhenTheBudgetRunsOutAndIsNotSentAgain(
      FaciliooSandbox sandbox) {
    Faults.Stall stall = sandbox.faults().stall(10);
    // The budget runs out while the server holds the request.
    CuedAlarm alarm = CuedAlarm.ringingWhen(() -> stall.awaitHeld(1, CUE));
    try {
      Result r =
          CliRunner.against(
              sandbox.baseUrl(), TOKEN, alarm, "processes", "get", "1", "--timeout", "20s");

      String line = timedOut(r);
      assertTrue(
          line.startsWith(
              "facilioo: timed out: the command did not finish within its budget of 20s"
                  + " (--timeout); last attempt: GET /api/processes/1 "),
          line);
      assertEquals("", r.out());
      assertEquals(Duration.ofSeconds(20), alarm.delay());
      // The SDK's retries after the budget ran out were refused before sending.
      assertEquals(1, stall.heldCount());
      assertEquals(1, sandbox.requestCount());
    } finally {
      stall.release();
    }
  }

  @Test
  void aCreateStalledByTheServerNeverExitsZeroAndSaysTheChangeMayHaveArrived(
      FaciliooSandbox sandbox) {
    Faults.Stall stall = sandbox.faults().stall(10);
    CuedAlarm alarm = CuedAlarm.ringingWhen(() -> stall.awaitHeld(1, CUE));
    String[] args = concat(CREATE, "--timeout", "1m");
    try {
      Result r = CliRunner.against(sandbox.baseUrl(), TOKEN, alarm, args);

      String line = timedOut(r);
      assertTrue(
          line.startsWith(
              "facilioo: timed out: the command did not finish within its budget of 60s (--timeout); last attempt: POST /api/processes "),
          line);
      assertTrue(line.contains("the change may still have reached facilioo"), line);
      assertEquals("", r.out());
      assertEquals(1, stall.heldCount(), "the create was sent more than once");
      assertTrue(sandbox.processes().isEmpty());
    } finally {
      stall.release();
    }
  }

  @Test
  void aRealShortBudgetEndsACommandThatTheServerStalls(FaciliooSandbox sandbox) {
    Faults.Stall stall = sandbox.faults().stall(10);
    try {
      Result r =
          CliRunner.against(
              sandbox.baseUrl(), TOKEN, "processes", "get", "1", "--timeout", "300ms");

      String line = timedOut(r);
      assertTrue(line.contains("within its budget of 300ms (--timeout)"), line);
      assertTrue(stall.heldCount() <= 1, "a retry was sent after the budget ran out");
    } finally {
      stall.release();
    }
  }

  @Test
  void theSandboxStartCountsAgainstTheBudget() {
    Result r =
        CliRunner.run(Map.of(), CuedAlarm.ringingAtOnce(), "processes", "list", "--timeout", "5s");

    assertEquals(5, r.exitCode(), r.err());
    assertEquals(2, r.errLines().size(), r.err());
    assertTrue(r.errLines().get(0).startsWith("Using an in-memory facilioo sandbox"), r.err());
    assertEquals(
        "facilioo: timed out: the command did not finish within its budget of 5s (--timeout)",
        r.errLines().get(1));
    assertEquals("", r.out());
  }

  @Test
  void theBudgetComesFromFaciliooTimeoutUnlessTheFlagIsGivenAndEndsWithTheCommand(
      FaciliooSandbox sandbox) {
    Map<String, String> env =
        Map.of(
            "FACILIOO_TIMEOUT",
            "90",
            "FACILIOO_BASE_URL",
            sandbox.baseUrl(),
            "FACILIOO_TOKEN",
            TOKEN);
    CuedAlarm fromEnv = CuedAlarm.silent();
    CuedAlarm fromFlag = CuedAlarm.silent();

    Result withEnv = CliRunner.run(env, fromEnv, "processes", "list");
    Result withFlag = CliRunner.run(env, fromFlag, "processes", "list", "--timeout", "1500ms");

    assertEquals(0, withEnv.exitCode(), withEnv.err());
    assertEquals(0, withFlag.exitCode(), withFlag.err());
    assertEquals(Duration.ofSeconds(90), fromEnv.delay());
    assertEquals(Duration.ofMillis(1500), fromFlag.delay());
    assertTrue(fromEnv.cancelled() && fromFlag.cancelled(), "the alarm outlived its command");
    assertEquals(2, sandbox.requestCount());
  }

  @Test
  void invalidBudgetsAreUsageErrorsThatNameTheOptionAndSendNothing(FaciliooSandbox sandbox) {
    String url = sandbox.baseUrl();
    for (String bad : List.of("0", "soon", "-5s", "PT0S", "10 s")) {
      Result r = CliRunner.against(url, TOKEN, "processes", "get", "1", "--timeout", bad);
      assertEquals(64, r.exitCode(), bad + ": " + r.err());
      assertTrue(r.err().contains("--timeout"), r.err());
    }
    Result badEnv =
        CliRunner.run(
            Map.of("FACILIOO_TIMEOUT", "soon", "FACILIOO_BASE_URL", url, "FACILIOO_TOKEN", TOKEN),
            "processes",
            "list");
    assertEquals(64, badEnv.exitCode(), badEnv.err());
    assertTrue(
        badEnv.err().startsWith("facilioo: FACILIOO_TIMEOUT: 'soon' is not a duration"),
        badEnv.err());
    assertEquals(0, sandbox.requestCount());
  }

  @Test
  void theHelpDocumentsTheBudgetAndItsVariable() {
    Result root = CliRunner.run(Map.of(), "--help");
    Result get = CliRunner.run(Map.of(), "processes", "get", "--help");

    assertTrue(root.out().contains("FACILIOO_TIMEOUT"), root.out());
    assertTrue(get.out().contains("--timeout=DURATION"), get.out());
    assertTrue(get.out().contains("Time budget of the whole command"), get.out());
    assertTrue(get.out().contains("FACILIOO_TIMEOUT"), get.out());
  }

  private static String[] concat(String[] first, String... more) {
    String[] all = new String[first.length + more.length];
    System.arraycopy(first, 0, all, 0, first.length);
    System.arraycopy(more, 0, all, first.length, more.length);
    return all;
  }
}

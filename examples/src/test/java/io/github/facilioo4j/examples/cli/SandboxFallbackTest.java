package io.github.facilioo4j.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.facilioo4j.examples.cli.CliRunner.Result;
import io.github.facilioo4j.testkit.FaciliooSandbox;
import io.github.facilioo4j.testkit.FaciliooSandboxExtension;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SandboxFallbackTest {
  private static final String SANDBOX_LINE =
      "Using an in-memory facilioo sandbox at http://127\\.0\\.0\\.1:\\d+"
          + " \\(no --token/--base-url given\\)\\.";

  @RegisterExtension
  static final FaciliooSandboxExtension SANDBOX =
      FaciliooSandboxExtension.withSandbox(FaciliooSandbox.builder().validToken("env-token-3c9d"));

  @Test
  void theQuickStartCreateRunsAgainstASeededSandboxAndSaysSoInOneLine() {
    Result r =
        CliRunner.run(
            Map.of(),
            "processes",
            "create",
            "--report",
            "<p>Water in the basement</p>",
            "--contact-id",
            "1",
            "--type-id",
            "1",
            "--unit-id",
            "1");

    assertEquals(0, r.exitCode(), r.err());
    assertEquals(1, r.errLines().size(), r.err());
    assertTrue(r.errLines().get(0).matches(SANDBOX_LINE), r.err());
    // Three demo processes are seeded, so the new one is the fourth.
    assertTrue(r.out().startsWith("Created process 4 (4/1)"), r.out());
    assertTrue(r.out().contains("Report:      <p>Water in the basement</p>"), r.out());
    assertFalse(r.all().contains(FaciliooSandbox.DEFAULT_TOKEN), r.all());
  }

  @Test
  void theDemoSandboxHasUnitsInTwoPropertiesAndThreeProcesses() {
    Result all = CliRunner.run(Map.of(), "processes", "list");
    Result property = CliRunner.run(Map.of(), "processes", "list", "--property-id", "1");

    assertTrue(all.out().contains("3 process(es) in total"), all.out());
    assertTrue(property.out().contains("2 process(es) in total"), property.out());
  }

  @Test
  void aTypedErrorAgainstTheDemoSandboxStillPrintsOnlyTheSandboxLineAndTheError() {
    Result r = CliRunner.run(Map.of(), "processes", "get", "9999");

    assertEquals(4, r.exitCode());
    assertEquals(2, r.errLines().size(), r.err());
    assertTrue(r.errLines().get(0).matches(SANDBOX_LINE), r.err());
    assertTrue(r.errLines().get(1).startsWith("facilioo: not found: "), r.err());
  }

  @Test
  void tokenAndBaseUrlFromTheEnvironmentAreUsedWithoutASandbox(FaciliooSandbox sandbox) {
    sandbox.seedProcesses(1, 7);

    Result r =
        CliRunner.run(
            Map.of("FACILIOO_TOKEN", "env-token-3c9d", "FACILIOO_BASE_URL", sandbox.baseUrl()),
            "processes",
            "get",
            "1",
            "--language",
            "de-DE",
            "--api-version",
            "1.0");

    assertEquals(0, r.exitCode(), r.err());
    assertEquals("", r.err());
    assertFalse(r.out().contains("env-token-3c9d"), r.out());
    var request = SANDBOX.sandbox().recordedRequests().get(0);
    assertEquals("Bearer env-token-3c9d", request.header("Authorization").orElse(null));
    assertEquals("de-DE", request.header("Accept-Language").orElse(null));
    assertEquals("1.0", request.header("api-version").orElse(null));
  }
}

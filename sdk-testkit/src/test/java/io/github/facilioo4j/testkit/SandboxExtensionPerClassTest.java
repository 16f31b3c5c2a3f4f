package io.github.facilioo4j.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SandboxExtensionPerClassTest {
  @RegisterExtension
  static final FaciliooSandboxExtension SANDBOX =
      FaciliooSandboxExtension.withSandbox(FaciliooSandbox.builder().validToken("class-token"));

  static FaciliooSandbox first;

  @Test
  @Order(1)
  void aStaticExtensionRunsOneConfiguredSandboxForTheClass(FaciliooSandbox sandbox)
      throws Exception {
    first = sandbox;
    assertSame(SANDBOX.sandbox(), sandbox);
    try (SandboxHttp http = new SandboxHttp(sandbox.baseUrl(), "class-token")) {
      assertEquals(200, http.post("/api/processes", SandboxProcessesTest.VALID).status);
    }
    sandbox.faults().serviceUnavailable(1);
    assertEquals(1, sandbox.processes().size());
  }

  @Test
  @Order(2)
  void theSandboxIsResetBeforeTheNextTest(FaciliooSandbox sandbox) throws Exception {
    assertSame(first, sandbox);
    assertTrue(sandbox.isRunning());
    assertTrue(sandbox.processes().isEmpty());
    assertTrue(sandbox.recordedRequests().isEmpty());
    assertEquals(0, sandbox.faults().pending());
    try (SandboxHttp http = new SandboxHttp(sandbox.baseUrl(), "class-token")) {
      assertEquals(
          1, http.post("/api/processes", SandboxProcessesTest.VALID).json().get("id").asInt());
    }
  }
}

package io.github.facilioo4j.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(FaciliooSandboxExtension.class)
class SandboxExtendWithTest {
  final FaciliooSandbox constructorSandbox;

  SandboxExtendWithTest(FaciliooSandbox sandbox) {
    this.constructorSandbox = sandbox;
  }

  @BeforeEach
  void seed(FaciliooSandbox sandbox) {
    sandbox.seedUnit(501, 77).seedProcesses(3, 501);
  }

  @Test
  void extendWithInjectsTheDefaultSandboxIntoConstructorsLifecycleMethodsAndTests(
      FaciliooSandbox sandbox) throws Exception {
    assertSame(constructorSandbox, sandbox);
    try (SandboxHttp http = new SandboxHttp(sandbox.baseUrl(), FaciliooSandbox.DEFAULT_TOKEN)) {
      assertEquals(3, http.get("/api/properties/77/processes").json().get("totalCount").asInt());
    }
  }
}

package io.github.facilioo4j.testkit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SandboxExtensionPerTestTest {
  @RegisterExtension final FaciliooSandboxExtension sandbox = new FaciliooSandboxExtension();

  static FaciliooSandbox previous;

  @Test
  @Order(1)
  void anInstanceFieldExtensionStartsASandboxForThisTest(FaciliooSandbox injected) {
    assertSame(sandbox.sandbox(), injected);
    assertTrue(injected.isRunning());
    previous = injected;
  }

  @Test
  @Order(2)
  void andClosesItAfterwardsAndStartsAFreshOne(FaciliooSandbox injected) {
    assertNotSame(previous, injected);
    assertFalse(previous.isRunning());
    assertTrue(injected.isRunning());
  }

  @Test
  @Order(3)
  void anExtensionOutsideATestHasNoSandbox() {
    FaciliooSandboxExtension unused = new FaciliooSandboxExtension();
    assertThrows(IllegalStateException.class, unused::sandbox);
  }
}

package io.github.facilioo4j.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.facilioo4j.core.FaciliooOptions;
import io.github.facilioo4j.core.errors.ServerException;
import io.github.facilioo4j.processes.ProcessesClient;
import io.github.facilioo4j.processes.model.ProcessCreate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The README's "Testing your integration" sample, kept compiling and passing. */
class ReadmeSandboxExampleTest {
  /** Stands for the integrator's own code under test. */
  static final class DamageReportSync {
    private final ProcessesClient processes;

    DamageReportSync(ProcessesClient processes) {
      this.processes = processes;
    }

    void sync(String erpId, String text, int unitId) {
      processes.createIfAbsent(
          ProcessCreate.builder()
              .report(text)
              .contactId(12)
              .typeId(3)
              .unitId(unitId)
              .externalId(erpId)
              .build());
    }
  }

  // README sample starts here.
  @RegisterExtension
  static final FaciliooSandboxExtension SANDBOX =
      FaciliooSandboxExtension.withSandbox(FaciliooSandbox.builder().validToken("test-token"));

  static ProcessesClient client(FaciliooSandbox sandbox) {
    return ProcessesClient.create(
        FaciliooOptions.builder()
            .baseUrl(sandbox.baseUrl())
            .token("test-token")
            .sleeper(delay -> {}) // retry at once instead of waiting
            .build());
  }

  @Test
  void syncingTheSameDamageReportTwiceCreatesOneProcess(FaciliooSandbox sandbox) {
    sandbox.seedUnit(501, 77); // unit 501 belongs to property 77
    try (ProcessesClient processes = client(sandbox)) {
      DamageReportSync sync = new DamageReportSync(processes); // your code under test
      sync.sync("erp-4711", "<p>Water in the basement</p>", 501);
      sync.sync("erp-4711", "<p>Water in the basement</p>", 501);
    }
    assertEquals(1, sandbox.processes().size());
    assertEquals("erp-4711", sandbox.processes().all().get(0).externalId());
  }

  @Test
  void aFailingServiceSurfacesAsServerException(FaciliooSandbox sandbox) {
    sandbox.seedUnit(501, 77);
    sandbox.faults().on("POST", "/api/processes").serviceUnavailable(1);
    try (ProcessesClient processes = client(sandbox)) {
      DamageReportSync sync = new DamageReportSync(processes);
      assertThrows(ServerException.class, () -> sync.sync("erp-4711", "<p>Leak</p>", 501));
    }
    assertEquals(0, sandbox.processes().size()); // a create is never retried
    assertEquals("POST", sandbox.recordedRequests().get(1).method());
  }

  // README sample ends here.

  @Test
  void eachTestStartsFromAnEmptySandbox(FaciliooSandbox sandbox) {
    assertEquals(0, sandbox.requestCount());
    assertEquals(0, sandbox.processes().size());
  }
}

package io.github.facilioo4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.facilioo4j.core.FaciliooOptions;
import io.github.facilioo4j.processes.CreateResult;
import io.github.facilioo4j.processes.ProcessesClient;
import io.github.facilioo4j.processes.model.ProcessRead;
import io.github.facilioo4j.testkit.FaciliooSandbox;
import io.github.facilioo4j.testkit.RecordingSleeper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Runs the "From ERP ids to a process" snippet against the sandbox's demo data. */
class FromErpIdsTest {
  FaciliooSandbox sandbox;
  ProcessesClient processes;

  @BeforeEach
  void start() {
    sandbox = FaciliooSandbox.builder().start().seedDemoData();
    processes =
        ProcessesClient.create(
            FaciliooOptions.builder()
                .baseUrl(sandbox.baseUrl())
                .token(FaciliooSandbox.DEFAULT_TOKEN)
                .sleeper(new RecordingSleeper())
                .build());
  }

  @AfterEach
  void stop() {
    processes.close();
    sandbox.close();
  }

  @Test
  void stepByStepCreatesTheTenantsReportAndTheOneCallFormFindsIt() {
    CreateResult stepped =
        FromErpIds.stepByStep(processes, "erp-p-100", "WE-1", "Damage report", "erp-2001");
    CreateResult oneCall = FromErpIds.inOneCall(processes, "erp-2001");

    assertTrue(stepped.created());
    assertFalse(oneCall.created());
    assertEquals(stepped.process().id(), oneCall.process().id());
    ProcessRead stored = sandbox.processes().get(stepped.process().id()).get();
    assertEquals(2, stored.contactId());
    assertEquals(1, stored.unitId());
    assertEquals(1, stored.typeId());
  }
}

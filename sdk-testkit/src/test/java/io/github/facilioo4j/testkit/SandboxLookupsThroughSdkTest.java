package io.github.facilioo4j.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.facilioo4j.processes.ContractType;
import io.github.facilioo4j.processes.CreateResult;
import io.github.facilioo4j.processes.NoUniqueMatchException;
import io.github.facilioo4j.processes.ProcessesClient;
import io.github.facilioo4j.processes.model.ContractRead;
import io.github.facilioo4j.processes.model.ProcessRead;
import io.github.facilioo4j.processes.model.PropertyRead;
import io.github.facilioo4j.processes.model.UnitRead;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** From ERP ids to a process, through the SDK against the sandbox's demo data. */
class SandboxLookupsThroughSdkTest {
  FaciliooSandbox sandbox;
  ProcessesClient processes;

  @BeforeEach
  void start() {
    sandbox = FaciliooSandbox.builder().start().seedDemoData();
    processes = SdkClients.processes(sandbox, new RecordingSleeper());
  }

  @AfterEach
  void stop() {
    processes.close();
    sandbox.close();
  }

  @Test
  void eachLookupStepFindsTheDemoRecords() {
    PropertyRead property = processes.properties().findByExternalId("erp-p-100").get();
    UnitRead unit = processes.units().findByNumber(property.id(), "WE-1");
    List<ContractRead> contracts =
        processes.units().contracts(unit.id()).pageSize(100).execute().items();
    ContractRead tenant =
        contracts.stream()
            .filter(c -> ContractType.TENANT.equals(ContractType.of(c.typeId())))
            .findFirst()
            .get();

    assertEquals("PLS22", property.number());
    assertEquals(1, unit.id());
    assertEquals(2, tenant.partyId());
    assertEquals(1, processes.accounts().myself().execute().partyId());
    assertEquals(
        List.of("New", "In progress", "Done"),
        processes.processTypes().stages(1).pageSize(100).execute().items().stream()
            .map(s -> s.name())
            .collect(Collectors.toList()));
    assertEquals(2, processes.units().listForEntrance(1).pageSize(10).execute().totalCount());
  }

  @Test
  void aGuidedCreateByTheTenantIsStoredOnceHoweverOftenItRuns() {
    CreateResult first = guided().execute();
    CreateResult again = guided().execute();

    assertTrue(first.created());
    assertFalse(again.created());
    ProcessRead stored = sandbox.processes().get(first.process().id()).get();
    assertEquals(2, stored.contactId());
    assertEquals(1, stored.unitId());
    assertEquals(1, stored.typeId());
    assertEquals(
        1,
        sandbox.recordedRequests().stream()
            .filter(r -> r.method().equals("POST") && r.path().equals("/api/processes"))
            .count());
  }

  @Test
  void aUnitWithoutTheAskedContractIsATypedErrorAndNothingIsCreated() {
    NoUniqueMatchException e =
        assertThrows(
            NoUniqueMatchException.class, () -> guided().reporter(ContractType.RESIDENT).execute());

    assertEquals("no Resident contract of unit 1", e.getMessage());
    assertTrue(sandbox.recordedRequests().stream().noneMatch(r -> r.method().equals("POST")));
  }

  private io.github.facilioo4j.processes.GuidedCreate guided() {
    return processes
        .guidedCreate()
        .propertyExternalId("erp-p-100")
        .unitNumber("WE-1")
        .reporter(ContractType.TENANT)
        .processType("Damage report")
        .subject("Dripping tap")
        .report("<p>The kitchen tap drips.</p>")
        .externalId("erp-2001");
  }
}

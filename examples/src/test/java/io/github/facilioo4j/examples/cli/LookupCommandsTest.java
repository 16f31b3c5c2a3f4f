package io.github.facilioo4j.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.facilioo4j.examples.cli.CliRunner.Result;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The lookup commands and the guided create, each against the demo sandbox. */
class LookupCommandsTest {

  @Test
  void whoamiNamesTheCallersAccountAndParty() {
    Result r = CliRunner.run(Map.of(), "whoami");

    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("Party:"), r.out());
  }

  @Test
  void propertiesListAndGetByExternalIdFindTheDemoProperty() {
    Result list = CliRunner.run(Map.of(), "properties", "list");
    Result get =
        CliRunner.run(Map.of(), "properties", "get", "--external-id", "erp-p-100", "--json");
    Result none = CliRunner.run(Map.of(), "properties", "get", "--external-id", "erp-p-999");

    assertTrue(list.out().contains("erp-p-100"), list.out());
    assertTrue(list.out().contains("2 property(ies) in total"), list.out());
    assertTrue(get.out().contains("\"number\" : \"PLS22\""), get.out());
    assertEquals(4, none.exitCode());
    assertTrue(none.err().contains("no property with externalId erp-p-999"), none.err());
  }

  @Test
  void unitsOfAPropertyAndTheContractsOfAUnitShowTheTenant() {
    Result units = CliRunner.run(Map.of(), "units", "list", "--property", "1");
    Result contracts = CliRunner.run(Map.of(), "units", "contracts", "1");
    Result unit = CliRunner.run(Map.of(), "units", "get", "99");

    assertTrue(units.out().contains("WE-2"), units.out());
    assertTrue(units.out().contains("2 unit(s) in total"), units.out());
    assertTrue(contracts.out().contains("Tenant(4)"), contracts.out());
    assertEquals(4, unit.exitCode());
  }

  @Test
  void processTypesAndTheirStagesAreListed() {
    Result types = CliRunner.run(Map.of(), "process-types", "list");
    Result type = CliRunner.run(Map.of(), "process-types", "get", "2");
    Result stages = CliRunner.run(Map.of(), "process-stages", "list", "--type", "1");
    Result noType = CliRunner.run(Map.of(), "process-stages", "list");

    assertTrue(types.out().contains("Damage report"), types.out());
    assertTrue(type.out().contains("Repair"), type.out());
    assertTrue(stages.out().contains("In progress"), stages.out());
    assertEquals(64, noType.exitCode());
  }

  @Test
  void theGuidedCreateResolvesErpIdsAndNamesCandidatesOnAmbiguity() {
    Result created =
        CliRunner.run(
            Map.of(),
            "processes",
            "report",
            "--property-external-id",
            "erp-p-100",
            "--unit-number",
            "WE-1",
            "--reporter",
            "tenant",
            "--type",
            "Damage report",
            "--report",
            "<p>The kitchen tap drips.</p>",
            "--external-id",
            "erp-2001");
    Result noResident =
        CliRunner.run(
            Map.of(),
            "processes",
            "report",
            "--property-external-id",
            "erp-p-100",
            "--unit-number",
            "WE-1",
            "--reporter",
            "Resident",
            "--type",
            "Damage report",
            "--report",
            "<p>x</p>",
            "--external-id",
            "erp-2002");

    assertEquals(0, created.exitCode(), created.err());
    assertTrue(created.out().startsWith("Created process 4"), created.out());
    assertTrue(created.out().contains("Contact:"), created.out());
    assertEquals(4, noResident.exitCode(), noResident.err());
    assertTrue(noResident.err().contains("no Resident contract of unit 1"), noResident.err());
  }
}

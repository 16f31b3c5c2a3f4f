package io.github.facilioo4j.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.facilioo4j.processes.model.ProcessRead;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SandboxDemoDataTest {
  @Test
  void everyIdTheDemoRecordsNameExists() {
    try (FaciliooSandbox sandbox = FaciliooSandbox.builder().build().seedDemoData()) {
      for (ProcessRead p : sandbox.processes()) {
        assertTrue(sandbox.records("units").get(p.unitId()).isPresent(), p.toString());
        assertTrue(sandbox.records("parties").get(p.contactId()).isPresent(), p.toString());
        assertTrue(sandbox.records("process-types").get(p.typeId()).isPresent(), p.toString());
        if (p.stageId() != null) {
          ObjectNode stage = sandbox.records("process-stages").get(p.stageId()).orElseThrow();
          assertEquals(p.typeId().intValue(), stage.get("processTypeId").asInt());
        }
      }
      for (ObjectNode unit : sandbox.records("units")) {
        int property = unit.get("propertyId").asInt();
        assertTrue(sandbox.records("properties").get(property).isPresent(), unit.toString());
        // A property's surrogate entrance has the property's id.
        assertEquals(property, unit.get("entranceId").asInt());
        assertTrue(sandbox.records("entrances").get(property).isPresent(), unit.toString());
      }
      for (ObjectNode contract : sandbox.records("contracts")) {
        assertTrue(sandbox.records("units").get(contract.get("unitId").asInt()).isPresent());
        assertTrue(sandbox.records("parties").get(contract.get("partyId").asInt()).isPresent());
      }
      assertEquals(3, sandbox.processes().size());
      assertEquals(4, sandbox.records("contracts").size());
    }
  }

  @Test
  void seededProcessesReadAsTheSdksModel() {
    try (FaciliooSandbox sandbox = FaciliooSandbox.builder().build()) {
      ProcessRead seeded =
          sandbox.processes().seed(Map.of("report", "Leak", "unitId", 7, "externalId", "erp-9"));

      assertEquals(1, seeded.id());
      assertEquals(
          List.of("erp-9"),
          sandbox.processes().all().stream().map(ProcessRead::externalId).toList());
      assertEquals("Leak", sandbox.processes().get(1).orElseThrow().report());
      assertEquals("Leak", sandbox.process(1).orElseThrow().get("report").asText());
      assertEquals(
          "erp-9", sandbox.records("processes", ProcessRead.class).all().get(0).externalId());
      assertEquals(
          2, sandbox.records("processes").seed(Map.of("report", "x")).get("number").asInt());
    }
  }

  @Test
  void aDataFileKeepsTheRecordsForTheNextSandbox(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("data.json");
    try (FaciliooSandbox first = FaciliooSandbox.builder().dataFile(file).build()) {
      first.seedUnit(1, 1).processes().seed(Map.of("report", "Kept", "unitId", 1));
    }
    assertTrue(Files.readString(file).contains("Kept"));

    try (FaciliooSandbox second = FaciliooSandbox.builder().dataFile(file).build()) {
      assertEquals("Kept", second.processes().get(1).orElseThrow().report());
      assertEquals(1, second.records("units").size());
      // Ids go on after the stored ones.
      assertEquals(2, second.processes().seed(Map.of("report", "Next", "unitId", 1)).id());
    }
  }
}

package io.github.facilioo4j.testkit;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Consistent demo records: every id a record names exists. Property 1 (entrance 1, units 1 and 2)
 * and property 2 (entrance 2, unit 3); a property's surrogate entrance has the property's id, as in
 * the real API. Party 1 is the caller's own (property manager), parties 2 to 4 hold unit contracts;
 * process types 1 to 3 with their stages; three processes.
 */
final class DemoData {
  private DemoData() {}

  static void seed(FaciliooSandbox sandbox) {
    property(sandbox, 1, "erp-p-100", "PLS22", "Parkstraße 22, Leipzig");
    property(sandbox, 2, "erp-p-200", "HBL07", "Hafenblick 7, Kiel");
    unit(sandbox, 1, 1, "WE-1", "EG li.");
    unit(sandbox, 2, 1, "WE-2", "EG re.");
    unit(sandbox, 3, 2, "WE-1", "1. OG");
    party(sandbox, 1, "Demo Hausverwaltung GmbH");
    party(sandbox, 2, "Erika Mustermann");
    party(sandbox, 3, "Max Mustermann");
    party(sandbox, 4, "Lena Schmidt");
    // Contract types: 3 Owner, 4 Tenant.
    contract(sandbox, 1, 1, 2, 4);
    contract(sandbox, 2, 1, 3, 3);
    contract(sandbox, 3, 2, 3, 3);
    contract(sandbox, 4, 3, 4, 4);
    type(sandbox, 1, "Damage report");
    type(sandbox, 2, "Repair");
    type(sandbox, 3, "Request");
    stage(sandbox, 1, 1, "New");
    stage(sandbox, 2, 1, "In progress");
    stage(sandbox, 3, 1, "Done");
    stage(sandbox, 4, 2, "Ordered");
    process(
        sandbox, 1, "Heating fails", "<p>No heating in flat 2 since Monday.</p>", "erp-1001", 1);
    process(
        sandbox, 2, "Broken window", "<p>Window in the stairwell is cracked.</p>", "erp-1002", 2);
    process(sandbox, 3, "Lift out of order", "<p>The lift stops between floors.</p>", null, null);
  }

  /** Stores a unit in a property, and the property and its surrogate entrance if missing. */
  static void unit(FaciliooSandbox sandbox, int unitId, int propertyId) {
    if (!sandbox.records("properties").get(propertyId).isPresent()) {
      property(sandbox, propertyId, null, "P" + propertyId, "Property " + propertyId);
    }
    unit(sandbox, unitId, propertyId, "WE-" + unitId, null);
  }

  private static void property(
      FaciliooSandbox sandbox, int id, String externalId, String number, String name) {
    sandbox
        .records("properties")
        .seed(record(id).put("externalId", externalId).put("number", number).put("name", name));
    sandbox.records("entrances").seed(record(id).put("propertyId", id).put("name", name));
  }

  private static void unit(
      FaciliooSandbox sandbox, int id, int propertyId, String number, String position) {
    sandbox
        .records("units")
        .seed(
            record(id)
                .put("number", number)
                .put("position", position)
                .put("entranceId", propertyId)
                .put("propertyId", propertyId)
                .put("typeId", 1));
  }

  private static void party(FaciliooSandbox sandbox, int id, String fullName) {
    sandbox.records("parties").seed(record(id).put("fullName", fullName));
  }

  private static void contract(FaciliooSandbox sandbox, int id, int unitId, int partyId, int type) {
    sandbox
        .records("contracts")
        .seed(record(id).put("unitId", unitId).put("partyId", partyId).put("typeId", type));
  }

  private static void type(FaciliooSandbox sandbox, int id, String name) {
    sandbox.records("process-types").seed(record(id).put("name", name));
  }

  private static void stage(FaciliooSandbox sandbox, int id, int typeId, String name) {
    sandbox
        .records("process-stages")
        .seed(record(id).put("processTypeId", typeId).put("name", name));
  }

  private static void process(
      FaciliooSandbox sandbox,
      int unitId,
      String subject,
      String report,
      String externalId,
      Integer stageId) {
    ObjectNode fields = JsonNodeFactory.instance.objectNode();
    fields.put("subject", subject).put("report", report).put("contactId", 1).put("typeId", 1);
    fields.put("unitId", unitId).put("externalId", externalId).put("stageId", stageId);
    sandbox.processes().seed(fields);
  }

  private static ObjectNode record(int id) {
    return JsonNodeFactory.instance.objectNode().put("id", id);
  }
}

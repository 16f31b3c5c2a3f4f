package io.github.facilioo4j.examples.cli;

import io.github.facilioo4j.testkit.FaciliooSandbox;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the tool seeds into its in-memory sandbox: units 1 and 2 in property 1, unit 3 in property
 * 2, and three processes. Contact 1 and type 1 are valid ids, so the README's quick-start create
 * works.
 */
final class DemoData {
  private DemoData() {}

  static void seed(FaciliooSandbox sandbox) {
    sandbox.seedUnit(1, 1).seedUnit(2, 1).seedUnit(3, 2);
    sandbox.seedProcess(
        process(1, "Heating fails", "<p>No heating in flat 2 since Monday.</p>", "erp-1001"));
    sandbox.seedProcess(
        process(2, "Broken window", "<p>Window in the stairwell is cracked.</p>", "erp-1002"));
    sandbox.seedProcess(
        process(3, "Lift out of order", "<p>The lift stops between floors.</p>", null));
  }

  private static Map<String, Object> process(
      int unitId, String subject, String report, String externalId) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("subject", subject);
    fields.put("report", report);
    fields.put("contactId", 1);
    fields.put("typeId", 1);
    fields.put("unitId", unitId);
    if (externalId != null) {
      fields.put("externalId", externalId);
    }
    return fields;
  }
}

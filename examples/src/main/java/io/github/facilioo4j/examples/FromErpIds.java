package io.github.facilioo4j.examples;

import io.github.facilioo4j.core.FaciliooOptions;
import io.github.facilioo4j.processes.ContractType;
import io.github.facilioo4j.processes.CreateResult;
import io.github.facilioo4j.processes.NoUniqueMatchException;
import io.github.facilioo4j.processes.ProcessesClient;
import io.github.facilioo4j.processes.model.ContractRead;
import io.github.facilioo4j.processes.model.ProcessCreate;
import io.github.facilioo4j.processes.model.ProcessTypeRead;
import io.github.facilioo4j.processes.model.PropertyRead;
import io.github.facilioo4j.processes.model.UnitRead;

/**
 * From the ids an ERP knows to a process, step by step (property by {@code externalId}, unit by
 * number, the unit's tenant, the process type by name, find-or-create), and then in one call with
 * {@link ProcessesClient#guidedCreate()}.
 */
public final class FromErpIds {
  private FromErpIds() {}

  /**
   * Reads the options from the environment and reports a dripping tap in unit WE-1 of property
   * {@code erp-p-100}, as the sandbox's demo data has it.
   *
   * @param args unused
   */
  public static void main(String[] args) {
    try (ProcessesClient processes = ProcessesClient.create(FaciliooOptions.fromEnv())) {
      CreateResult result = stepByStep(processes, "erp-p-100", "WE-1", "Damage report", "erp-2001");
      System.out.println((result.created() ? "Created" : "Found") + " " + result.process().id());
    }
  }

  /**
   * Each lookup as its own call.
   *
   * @param processes the client; stays owned by the caller
   * @param propertyExternalId the ERP's id of the property
   * @param unitNumber the unit's number within the property
   * @param typeName the process type's name
   * @param externalId the ERP's id of the process
   * @return the found or created process
   * @throws NoUniqueMatchException when a lookup finds nothing or several, naming them
   * @throws io.github.facilioo4j.core.errors.FaciliooException for failing calls
   */
  public static CreateResult stepByStep(
      ProcessesClient processes,
      String propertyExternalId,
      String unitNumber,
      String typeName,
      String externalId) {
    PropertyRead property =
        processes
            .properties()
            .findByExternalId(propertyExternalId)
            .orElseThrow(() -> new IllegalStateException("no property " + propertyExternalId));
    UnitRead unit = processes.units().findByNumber(property.id(), unitNumber);
    ContractRead tenant =
        processes.units().contracts(unit.id()).pageSize(100).execute().stream()
            .filter(c -> ContractType.TENANT.equals(ContractType.of(c.typeId())))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("unit " + unit.id() + " has no tenant"));
    ProcessTypeRead type =
        processes.processTypes().list().pageSize(100).execute().stream()
            .filter(t -> typeName.equals(t.name()))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("no process type " + typeName));
    return processes.createIfAbsent(
        ProcessCreate.builder()
            .report("<p>The kitchen tap drips.</p>")
            .contactId(tenant.partyId())
            .typeId(type.id())
            .unitId(unit.id())
            .externalId(externalId)
            .build());
  }

  /**
   * The same in one call: the SDK does the lookups, refuses to guess, and caches the types.
   *
   * @param processes the client; stays owned by the caller
   * @param externalId the ERP's id of the process
   * @return the found or created process
   * @throws NoUniqueMatchException when a lookup finds nothing or several, naming them
   */
  public static CreateResult inOneCall(ProcessesClient processes, String externalId) {
    return processes
        .guidedCreate()
        .propertyExternalId("erp-p-100")
        .unitNumber("WE-1")
        .reporter(ContractType.TENANT)
        .processType("Damage report")
        .report("<p>The kitchen tap drips.</p>")
        .externalId(externalId)
        .execute();
  }
}

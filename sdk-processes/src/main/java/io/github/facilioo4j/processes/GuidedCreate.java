package io.github.facilioo4j.processes;

import io.github.facilioo4j.core.FaciliooClient;
import io.github.facilioo4j.processes.model.AccountRead;
import io.github.facilioo4j.processes.model.ContractRead;
import io.github.facilioo4j.processes.model.ProcessCreate;
import io.github.facilioo4j.processes.model.PropertyRead;
import io.github.facilioo4j.processes.model.UnitRead;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Creates a process from what an ERP knows, resolving the ids with the lookups: the property by its
 * {@code externalId}, its unit by number, the reporter (the caller's own party, or the holder of a
 * contract of a given type on that unit), and the process type by name. It then creates the process
 * with {@link ProcessesClient#createIfAbsent(ProcessCreate)}, so a re-run with the same {@code
 * externalId} creates nothing.
 *
 * <pre>{@code
 * CreateResult result = processes.guidedCreate()
 *     .propertyExternalId("erp-p-100").unitNumber("WE-1")
 *     .reporter(ContractType.TENANT)          // or .reporterSelf()
 *     .processType("Damage report")
 *     .subject("Heating fails").report("<p>No heating since Monday.</p>")
 *     .externalId("erp-1001")
 *     .execute();
 * }</pre>
 *
 * <p>Nothing is guessed: no match, or more than one (two units with that number, two tenants), is a
 * {@link NoUniqueMatchException} naming the candidates, and nothing is created. The process types
 * are read once per {@link ProcessesClient} and kept for its lifetime. Blocking; a mutable builder,
 * not thread-safe.
 */
public final class GuidedCreate {
  private final ProcessesClient processes;
  private final FaciliooClient core;
  private final ProcessTypeCache types;
  private @Nullable String propertyExternalId;
  private @Nullable String unitNumber;
  private @Nullable ContractType reporter;
  private boolean reporterSelf;
  private @Nullable String processType;
  private final ProcessCreate.Builder body = ProcessCreate.builder();

  GuidedCreate(ProcessesClient processes, FaciliooClient core, ProcessTypeCache types) {
    this.processes = processes;
    this.core = core;
    this.types = types;
  }

  /**
   * Sets the property's id in the ERP, matched exactly. Required.
   *
   * @param externalId the opaque id, e.g. {@code erp-p-100}
   * @return this builder
   */
  public GuidedCreate propertyExternalId(String externalId) {
    this.propertyExternalId = Objects.requireNonNull(externalId, "externalId is required");
    return this;
  }

  /**
   * Sets the unit's number within the property, matched exactly. Required.
   *
   * @param number e.g. {@code WE-1}
   * @return this builder
   */
  public GuidedCreate unitNumber(String number) {
    this.unitNumber = Objects.requireNonNull(number, "number is required");
    return this;
  }

  /**
   * Makes the caller's own party the contact ({@code GET /api/accounts/myself}, its {@code
   * partyId}). This or {@link #reporter(ContractType)} is required.
   *
   * @return this builder
   */
  public GuidedCreate reporterSelf() {
    this.reporterSelf = true;
    this.reporter = null;
    return this;
  }

  /**
   * Makes the holder of the unit's only contract of this type the contact, e.g. its tenant.
   *
   * @param type the contract type
   * @return this builder
   */
  public GuidedCreate reporter(ContractType type) {
    this.reporter = Objects.requireNonNull(type, "type is required");
    this.reporterSelf = false;
    return this;
  }

  /**
   * Sets the process type by its name, ignoring case. Required.
   *
   * @param name e.g. {@code Damage report}
   * @return this builder
   */
  public GuidedCreate processType(String name) {
    this.processType = Objects.requireNonNull(name, "name is required");
    return this;
  }

  /**
   * Sets the report (rich text). Required, not blank.
   *
   * @param report the HTML description
   * @return this builder
   */
  public GuidedCreate report(String report) {
    body.report(report);
    return this;
  }

  /**
   * Sets the subject.
   *
   * @param subject the short title, or {@code null}
   * @return this builder
   */
  public GuidedCreate subject(@Nullable String subject) {
    body.subject(subject);
    return this;
  }

  /**
   * Sets the process's id in the ERP, the key of the find-or-create. Required.
   *
   * @param externalId the id
   * @return this builder
   */
  public GuidedCreate externalId(String externalId) {
    body.externalId(Objects.requireNonNull(externalId, "externalId is required"));
    return this;
  }

  /**
   * Resolves the ids and creates the process unless one with its {@code externalId} exists.
   *
   * @return the existing or created process
   * @throws IllegalStateException when a required value is missing
   * @throws NoUniqueMatchException when a lookup finds no record or more than one; nothing is sent
   *     to create
   * @throws io.github.facilioo4j.core.errors.ValidationException when the create's local checks
   *     fail
   * @throws io.github.facilioo4j.core.errors.FaciliooException when a call fails
   */
  public CreateResult execute() {
    String externalId = require(propertyExternalId, "propertyExternalId");
    String number = require(unitNumber, "unitNumber");
    String typeName = require(processType, "processType");
    if (!reporterSelf && reporter == null) {
      throw new IllegalStateException("reporterSelf() or reporter(ContractType) is required");
    }
    PropertyRead property =
        processes
            .properties()
            .findByExternalId(externalId)
            .orElseThrow(
                () ->
                    new NoUniqueMatchException(
                        "property with externalId " + externalId, Collections.<String>emptyList()));
    UnitRead unit = processes.units().findByNumber(property.id(), number);
    int contactId = reporterSelf ? ownParty() : contractHolder(unit, reporter);
    int typeId = types.byName(core, typeName).id();
    return processes.createIfAbsent(
        body.contactId(contactId).typeId(typeId).unitId(unit.id()).build());
  }

  private int ownParty() {
    AccountRead me = processes.accounts().myself().execute();
    if (me.partyId() == null) {
      throw new NoUniqueMatchException(
          "partyId of account " + me.id(), Collections.<String>emptyList());
    }
    return me.partyId();
  }

  private int contractHolder(UnitRead unit, ContractType type) {
    List<ContractRead> matches =
        processes.units().contracts(unit.id()).pageSize(100).execute().stream()
            .filter(c -> type.equals(ContractType.of(c.typeId())) && c.partyId() != null)
            .collect(Collectors.toList());
    return NoUniqueMatchException.exactlyOne(
            type.name() + " contract of unit " + unit.id(),
            matches,
            c -> "contract " + c.id() + " of party " + c.partyId())
        .partyId();
  }

  private static String require(@Nullable String value, String name) {
    if (value == null) {
      throw new IllegalStateException(name + " is required");
    }
    return value;
  }
}

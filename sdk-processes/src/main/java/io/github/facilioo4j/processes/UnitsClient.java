package io.github.facilioo4j.processes;

import io.github.facilioo4j.core.FaciliooClient;
import io.github.facilioo4j.processes.model.UnitRead;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Units ({@code /api/units}), the units of a property or entrance, and the contracts parties hold
 * on a unit.
 *
 * <pre>{@code
 * UnitRead unit = processes.units().findByNumber(property.id(), "WE-1");
 * for (ContractRead c : processes.units().contracts(unit.id()).pageSize(100).execute().autoPager()) {
 *   if (ContractType.of(c.typeId()).equals(ContractType.TENANT)) { ... }
 * }
 * }</pre>
 *
 * <p>A view on a core client: it holds no resources and is not closed; it is immutable and
 * thread-safe. The calls it hands out are not thread-safe.
 */
public final class UnitsClient {
  private final FaciliooClient core;

  UnitsClient(FaciliooClient core) {
    this.core = Objects.requireNonNull(core, "core is required");
  }

  /**
   * Creates a view on a shared core client.
   *
   * @param shared the core client; stays owned by the caller
   * @return the view
   * @throws NullPointerException if {@code shared} is {@code null}
   */
  public static UnitsClient create(FaciliooClient shared) {
    return new UnitsClient(shared);
  }

  /**
   * Starts a list of all units visible to the caller ({@code GET /api/units}).
   *
   * @return a new call; set its {@code pageSize} (1 to 100) before executing it
   */
  public UnitsOperations.ListUnits list() {
    return new UnitsOperations.ListUnits(core);
  }

  /**
   * Starts a list of the units of a property ({@code GET /api/properties/{id}/units}; inferred).
   *
   * @param propertyId the property id, greater than 0
   * @return a new call; set its {@code pageSize} before executing it
   */
  public UnitsOperations.ListPropertyUnits listForProperty(int propertyId) {
    return new UnitsOperations.ListPropertyUnits(core).id(propertyId);
  }

  /**
   * Starts a list of the units of an entrance ({@code GET /api/entrances/{id}/units}; inferred). A
   * property's surrogate entrance has the property's id.
   *
   * @param entranceId the entrance id, greater than 0
   * @return a new call; set its {@code pageSize} before executing it
   */
  public UnitsOperations.ListEntranceUnits listForEntrance(int entranceId) {
    return new UnitsOperations.ListEntranceUnits(core).id(entranceId);
  }

  /**
   * Starts a read of one unit ({@code GET /api/units/{id}}).
   *
   * @param id the unit id, greater than 0
   * @return a new call
   */
  public UnitsOperations.RetrieveUnit retrieve(int id) {
    return new UnitsOperations.RetrieveUnit(core).id(id);
  }

  /**
   * Starts a list of the contracts on a unit ({@code GET /api/units/{id}/contracts}); read each
   * one's type with {@link ContractType#of(Integer)}.
   *
   * @param unitId the unit id, greater than 0
   * @return a new call; set its {@code pageSize} before executing it
   */
  public UnitsOperations.ListUnitContracts contracts(int unitId) {
    return new UnitsOperations.ListUnitContracts(core).id(unitId);
  }

  /**
   * Finds the unit of a property by its {@code number} (exact match); blocking, walking the
   * property's units in pages of 100.
   *
   * @param propertyId the property id, greater than 0
   * @param number the unit's number as people read it, e.g. {@code WE-1}
   * @return the unit
   * @throws NoUniqueMatchException when no unit or more than one has this number, naming them
   * @throws io.github.facilioo4j.core.errors.FaciliooException when a page cannot be read
   */
  public UnitRead findByNumber(int propertyId, String number) {
    Objects.requireNonNull(number, "number is required");
    List<UnitRead> matches =
        listForProperty(propertyId).pageSize(100).execute().stream()
            .filter(u -> number.equals(u.number()))
            .collect(Collectors.toList());
    return NoUniqueMatchException.exactlyOne(
        "unit " + number + " of property " + propertyId,
        matches,
        u -> "unit " + u.id() + " (" + u.number() + ", " + u.position() + ")");
  }
}

package io.github.facilioo4j.processes;

import io.github.facilioo4j.core.FaciliooClient;
import io.github.facilioo4j.processes.model.PropertyRead;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The properties of the caller's tenant ({@code /api/properties}), by id or by the ERP's {@code
 * externalId}.
 *
 * <pre>{@code
 * PropertyRead property = processes.properties().findByExternalId("erp-p-100")
 *     .orElseThrow(() -> new IllegalStateException("not in facilioo yet"));
 * for (PropertyRead p : processes.properties().list().pageSize(100).execute().autoPager()) { ... }
 * }</pre>
 *
 * <p>A view on a core client: it holds no resources and is not closed; it is immutable and
 * thread-safe. The calls it hands out are not thread-safe.
 */
public final class PropertiesClient {
  private final FaciliooClient core;

  PropertiesClient(FaciliooClient core) {
    this.core = Objects.requireNonNull(core, "core is required");
  }

  /**
   * Creates a view on a shared core client.
   *
   * @param shared the core client; stays owned by the caller
   * @return the view
   * @throws NullPointerException if {@code shared} is {@code null}
   */
  public static PropertiesClient create(FaciliooClient shared) {
    return new PropertiesClient(shared);
  }

  /**
   * Starts a list of the properties ({@code GET /api/properties}).
   *
   * @return a new call; set its {@code pageSize} (1 to 100) before executing it
   */
  public PropertiesOperations.ListProperties list() {
    return new PropertiesOperations.ListProperties(core);
  }

  /**
   * Starts a read of one property ({@code GET /api/properties/{id}}).
   *
   * @param id the property id, greater than 0
   * @return a new call
   */
  public PropertiesOperations.RetrieveProperty retrieve(int id) {
    return new PropertiesOperations.RetrieveProperty(core).id(id);
  }

  /**
   * Finds the property whose {@code externalId} equals the given one exactly (case and separators
   * included: it is opaque). The API has no filter for it, so this walks {@code GET
   * /api/properties} in pages of 100, one page held at a time; blocking.
   *
   * @param externalId the ERP's id of the property
   * @return the property, or empty when none has this id
   * @throws NoUniqueMatchException when more than one property has it, naming them
   * @throws IllegalArgumentException when {@code externalId} is empty
   * @throws io.github.facilioo4j.core.errors.FaciliooException when a page cannot be read
   */
  public Optional<PropertyRead> findByExternalId(String externalId) {
    Objects.requireNonNull(externalId, "externalId is required");
    if (externalId.isEmpty()) {
      throw new IllegalArgumentException("externalId must not be empty");
    }
    List<PropertyRead> matches =
        list().pageSize(100).execute().stream()
            .filter(p -> externalId.equals(p.externalId()))
            .collect(Collectors.toList());
    return NoUniqueMatchException.atMostOne(
        "property with externalId " + externalId, matches, PropertiesClient::describe);
  }

  static String describe(PropertyRead p) {
    return "property " + p.id() + " (" + p.number() + ", " + p.name() + ")";
  }
}

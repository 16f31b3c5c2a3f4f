package io.github.facilioo4j.core.generic;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.facilioo4j.core.FaciliooClient;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Reaches any collection of the API by its route name ({@code /api/<name>}), for the ~100 that the
 * SDK has no typed client for. Calls go through the same client as the typed ones: the same
 * authentication, default headers, retries, typed exceptions and paging.
 *
 * <pre>{@code
 * GenericClient api = GenericClient.create(core);
 * for (JsonNode meter : api.resource("consumption-meters").list().pageSize(100).execute().autoPager()) {
 *   System.out.println(meter.get("id"));
 * }
 * Page<Reading> readings = api.resource("consumption-readings", Reading.class)
 *     .search(Collections.singletonMap("orderBy", Collections.singletonList("readingDate asc")))
 *     .pageSize(100).execute();
 * }</pre>
 *
 * <p>Which collections exist, what they hold and which search filters they accept is not checked:
 * the server answers 404 for an unknown name, and the answer is read as it comes. Immutable and
 * thread-safe; holds no resources of its own (the core client stays owned by the caller).
 */
public final class GenericClient {
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  private final FaciliooClient core;

  private GenericClient(FaciliooClient core) {
    this.core = core;
  }

  /**
   * Creates a generic client on a core client.
   *
   * @param shared the core client; stays owned by the caller
   * @return the generic client
   * @throws NullPointerException if {@code shared} is {@code null}
   */
  public static GenericClient create(FaciliooClient shared) {
    return new GenericClient(Objects.requireNonNull(shared, "shared is required"));
  }

  /**
   * Returns a collection whose records are read as Jackson trees.
   *
   * @param name the route name, lowercase words joined by hyphens, e.g. {@code work-orders}
   * @return the collection
   * @throws IllegalArgumentException when {@code name} is not such a route name
   */
  public GenericResource<JsonNode> resource(String name) {
    return resource(name, JsonNode.class);
  }

  /**
   * Returns a collection whose records are read into a type of the caller's, with the SDK's Jackson
   * mapper (unknown JSON members are ignored, dates read as {@code java.time}).
   *
   * @param name the route name, e.g. {@code work-orders}
   * @param type the record type; {@code JsonNode.class} for trees
   * @param <T> the record type
   * @return the collection
   * @throws IllegalArgumentException when {@code name} is not a route name
   * @see #resource(String)
   */
  public <T> GenericResource<T> resource(String name, Class<T> type) {
    Objects.requireNonNull(name, "name is required");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "name must be a route name such as work-orders (lowercase, digits, hyphens): " + name);
    }
    return new GenericResource<>(core, name, Objects.requireNonNull(type, "type is required"));
  }
}

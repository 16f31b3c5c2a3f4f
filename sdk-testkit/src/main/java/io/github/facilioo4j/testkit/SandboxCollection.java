package io.github.facilioo4j.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The records of one resource in a sandbox, such as its processes or units, typed as the SDK reads
 * them.
 *
 * <pre>{@code
 * ProcessRead seeded = sandbox.processes().seed(Map.of("report", "Leak", "unitId", 1));
 * assertEquals("erp-4711", sandbox.processes().all().get(0).externalId());
 * }</pre>
 *
 * <p>Every read returns a snapshot: changing what it returns never changes the sandbox.
 * Thread-safe.
 *
 * @param <T> the type records are read as, e.g. {@code ProcessRead}; {@code ObjectNode} for
 *     resources the SDK has no model of yet
 */
public final class SandboxCollection<T> implements Iterable<T> {
  private final SandboxStore store;
  private final String name;
  private final Class<T> type;
  private final UnaryOperator<ObjectNode> defaults;

  SandboxCollection(
      SandboxStore store, String name, Class<T> type, UnaryOperator<ObjectNode> defaults) {
    this.store = store;
    this.name = name;
    this.type = type;
    this.defaults = defaults;
  }

  /**
   * Returns the resource's name, the path segment of its collection, e.g. {@code processes}.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns every record, ordered by id.
   *
   * @return a snapshot owned by the caller
   */
  public List<T> all() {
    List<T> result = new ArrayList<>();
    for (ObjectNode record : store.list(name, r -> true)) {
      result.add(convert(record));
    }
    return result;
  }

  /**
   * Returns one record.
   *
   * @param id the record's id
   * @return the record, or empty when there is none with this id
   */
  public Optional<T> get(int id) {
    ObjectNode record = store.get(name, id);
    return record == null ? Optional.empty() : Optional.of(convert(record));
  }

  /**
   * Returns one record as the JSON the sandbox answers with.
   *
   * @param id the record's id
   * @return a copy of the record, or empty when there is none with this id
   */
  public Optional<ObjectNode> json(int id) {
    return Optional.ofNullable(store.get(name, id));
  }

  /**
   * Stores a record directly, without validation. The fields are converted to JSON with the SDK's
   * mapper, so a {@code Map}, an {@code ObjectNode} or a model object all work; they override the
   * resource's defaults (for processes: the next id and number, {@code created}/{@code
   * lastModified} from the clock, {@code isFinished = false}, the configured account and party).
   *
   * @param fields the fields to store, e.g. {@code Map.of("report", "Leak", "unitId", 1)}
   * @return the stored record
   * @throws IllegalArgumentException if {@code fields} is not a JSON object, or its {@code id} is
   *     already taken
   * @throws NullPointerException if {@code fields} is null
   */
  public T seed(Object fields) {
    return convert(seedJson(fields));
  }

  /**
   * Returns how many records there are.
   *
   * @return the count
   */
  public int size() {
    return store.size(name);
  }

  /**
   * Returns whether there are no records.
   *
   * @return true when empty
   */
  public boolean isEmpty() {
    return size() == 0;
  }

  /**
   * Iterates over a snapshot of {@link #all()}.
   *
   * @return an iterator over the snapshot
   */
  @Override
  public Iterator<T> iterator() {
    return all().iterator();
  }

  @Override
  public String toString() {
    return "SandboxCollection{" + name + ", size=" + size() + "}";
  }

  ObjectNode seedJson(Object fields) {
    Objects.requireNonNull(fields, "fields");
    JsonNode node = SandboxJson.mapper().valueToTree(fields);
    if (!(node instanceof ObjectNode)) {
      throw new IllegalArgumentException("fields must convert to a JSON object, not " + node);
    }
    synchronized (store) {
      return store.insert(name, defaults.apply((ObjectNode) node));
    }
  }

  private T convert(ObjectNode record) {
    if (type.isInstance(record)) {
      return type.cast(record);
    }
    try {
      return SandboxJson.mapper().treeToValue(record, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored " + name + " record does not read as " + type, e);
    }
  }
}

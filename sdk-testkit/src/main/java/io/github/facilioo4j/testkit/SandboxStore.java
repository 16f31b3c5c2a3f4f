package io.github.facilioo4j.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.facilioo4j.core.internal.JsonFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * All the sandbox's data: one collection of JSON records per resource ({@code processes}, {@code
 * units}, ...), keyed by id, plus the next id of each. One lock for all, so that a create that
 * checks a unit and stores a process sees one consistent state. Every change calls the listener
 * (the data file, when there is one).
 */
final class SandboxStore {
  private final Map<String, TreeMap<Integer, ObjectNode>> collections = new TreeMap<>();
  private final Map<String, Integer> nextIds = new TreeMap<>();
  private Runnable onChange = () -> {};

  synchronized void onChange(Runnable listener) {
    this.onChange = listener;
  }

  /**
   * Stores a record; without an {@code id} it takes the collection's next one.
   *
   * @return a copy of the stored record
   * @throws IllegalArgumentException if the id is taken
   */
  synchronized ObjectNode insert(String collection, ObjectNode record) {
    TreeMap<Integer, ObjectNode> records = records(collection);
    int id = record.path("id").canConvertToInt() ? record.get("id").asInt() : nextId(collection);
    if (records.containsKey(id)) {
      throw new IllegalArgumentException(collection + " " + id + " already exists");
    }
    ObjectNode stored = record.deepCopy();
    stored.put("id", id);
    records.put(id, stored);
    nextIds.put(collection, Math.max(nextId(collection), id + 1));
    onChange.run();
    return stored.deepCopy();
  }

  /** The id the next insert without an id gets. */
  synchronized int nextId(String collection) {
    return nextIds.getOrDefault(collection, 1);
  }

  synchronized ObjectNode get(String collection, int id) {
    ObjectNode record = records(collection).get(id);
    return record == null ? null : record.deepCopy();
  }

  /** Merges {@code changes} into a record; returns the updated copy, or null if unknown. */
  synchronized ObjectNode merge(String collection, int id, ObjectNode changes) {
    ObjectNode record = records(collection).get(id);
    if (record == null) {
      return null;
    }
    record.setAll(changes.deepCopy());
    onChange.run();
    return record.deepCopy();
  }

  synchronized List<ObjectNode> list(String collection, Predicate<ObjectNode> filter) {
    List<ObjectNode> result = new ArrayList<>();
    for (ObjectNode record : records(collection).values()) {
      if (filter.test(record)) {
        result.add(record.deepCopy());
      }
    }
    return result;
  }

  synchronized int size(String collection) {
    return records(collection).size();
  }

  synchronized void reset() {
    collections.clear();
    nextIds.clear();
    onChange.run();
  }

  /** All data as one JSON object: {@code {"processes": [...], "units": [...], ...}}. */
  synchronized ObjectNode toJson() {
    ObjectNode all = JsonNodeFactory.instance.objectNode();
    collections.forEach(
        (name, records) -> records.values().forEach(r -> all.withArray(name).add(r.deepCopy())));
    return all;
  }

  /** Replaces all data with what {@link #toJson()} wrote. */
  synchronized void load(JsonNode all) {
    collections.clear();
    nextIds.clear();
    JsonFields.of(all)
        .forEach(
            e -> {
              for (JsonNode record : e.getValue()) {
                if (record.isObject()) {
                  insert(e.getKey(), (ObjectNode) record);
                }
              }
            });
  }

  private TreeMap<Integer, ObjectNode> records(String collection) {
    return collections.computeIfAbsent(collection, k -> new TreeMap<>());
  }
}

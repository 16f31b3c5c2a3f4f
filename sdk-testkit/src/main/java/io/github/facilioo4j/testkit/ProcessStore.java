package io.github.facilioo4j.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.facilioo4j.core.internal.JsonFields;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/** The sandbox's state: processes as ProcessRead JSON objects, and the unit-to-property map. */
final class ProcessStore {
  /** ProcessRead's properties, in the order the real API writes them. */
  static final String[] READ_FIELDS = {
    "id",
    "number",
    "fullyQualifiedNumber",
    "subject",
    "report",
    "accountId",
    "contactId",
    "createdByPartyId",
    "typeId",
    "stageId",
    "isFinished",
    "finishDate",
    "unitId",
    "externalId",
    "externalIdOfPantaenius",
    "created",
    "lastModified",
    "deleted"
  };

  private final Clock clock;
  private final int accountId;
  private final int partyId;
  private final TreeMap<Integer, ObjectNode> processes = new TreeMap<>();
  private final Map<Integer, Integer> unitProperty = new HashMap<>();
  private int nextId = 1;
  private int nextNumber = 1;

  ProcessStore(Clock clock, int accountId, int partyId) {
    this.clock = clock;
    this.accountId = accountId;
    this.partyId = partyId;
  }

  /** Stores a validated create body and returns a copy of the new ProcessRead. */
  synchronized ObjectNode create(ObjectNode fields) {
    return seed(fields);
  }

  /**
   * Stores a process made of the given fields over the sandbox's defaults; any ProcessRead field
   * may be given, including id, number and timestamps.
   */
  synchronized ObjectNode seed(ObjectNode fields) {
    String now = now();
    ObjectNode read = JsonNodeFactory.instance.objectNode();
    for (String name : READ_FIELDS) {
      read.putNull(name);
    }
    int id = fields.path("id").canConvertToInt() ? fields.get("id").asInt() : nextId;
    if (processes.containsKey(id)) {
      throw new IllegalArgumentException("process " + id + " already exists");
    }
    nextId = Math.max(nextId, id + 1);
    int number =
        fields.path("number").canConvertToInt() ? fields.get("number").asInt() : nextNumber;
    nextNumber = Math.max(nextNumber, number + 1);
    read.put("id", id);
    read.put("number", number);
    read.put("fullyQualifiedNumber", String.format("%02d/%07d", year() % 100, number));
    read.put("accountId", accountId);
    read.put("createdByPartyId", partyId);
    read.put("isFinished", false);
    read.put("created", now);
    read.put("lastModified", now);
    for (Map.Entry<String, JsonNode> e : JsonFields.of(fields)) {
      read.set(e.getKey(), e.getValue().deepCopy());
    }
    read.put("id", id);
    processes.put(id, read);
    return read.deepCopy();
  }

  synchronized ObjectNode get(int id) {
    ObjectNode read = processes.get(id);
    return read == null ? null : read.deepCopy();
  }

  /** Applies already validated changes; returns the updated copy, or null if unknown. */
  synchronized ObjectNode patch(int id, ObjectNode changes) {
    ObjectNode read = processes.get(id);
    if (read == null) {
      return null;
    }
    read.setAll(changes.deepCopy());
    read.put("lastModified", now());
    return read.deepCopy();
  }

  synchronized List<ObjectNode> list(Predicate<ObjectNode> filter) {
    List<ObjectNode> result = new ArrayList<>();
    for (ObjectNode read : processes.values()) {
      if (filter.test(read)) {
        result.add(read.deepCopy());
      }
    }
    return result;
  }

  synchronized void seedUnit(int unitId, int propertyId) {
    unitProperty.put(unitId, propertyId);
  }

  synchronized boolean hasUnits() {
    return !unitProperty.isEmpty();
  }

  synchronized boolean unitKnown(int unitId) {
    return unitProperty.containsKey(unitId);
  }

  synchronized boolean propertyKnown(int propertyId) {
    return unitProperty.containsValue(propertyId);
  }

  synchronized Integer propertyOf(int unitId) {
    return unitProperty.get(unitId);
  }

  synchronized void reset() {
    processes.clear();
    unitProperty.clear();
    nextId = 1;
    nextNumber = 1;
  }

  private int year() {
    return OffsetDateTime.now(clock.withZone(ZoneOffset.UTC)).getYear();
  }

  private String now() {
    // Whole milliseconds keep the text stable when a client parses and re-serialises it.
    return OffsetDateTime.now(clock.withZone(ZoneOffset.UTC))
        .truncatedTo(ChronoUnit.MILLIS)
        .toString();
  }
}

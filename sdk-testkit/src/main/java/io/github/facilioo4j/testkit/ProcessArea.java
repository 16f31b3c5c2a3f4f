package io.github.facilioo4j.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the Processes spec cannot state: a create derives number, account, party and timestamps; a
 * process must name a stored unit (once any unit is stored); the per-property list goes through the
 * units; a process's stage is looked up among the stored stages.
 */
final class ProcessArea implements SandboxArea {
  static final String PROCESSES = "processes";

  private final Spec spec;
  private final SandboxStore store;
  private final Clock clock;
  private final int accountId;
  private final int partyId;

  ProcessArea(Spec spec, SandboxStore store, Clock clock, int accountId, int partyId) {
    this.spec = spec;
    this.store = store;
    this.clock = clock;
    this.accountId = accountId;
    this.partyId = partyId;
  }

  @Override
  public Map<String, Handler> handlers() {
    Map<String, Handler> handlers = new HashMap<>();
    handlers.put("createProcess", this::create);
    handlers.put("updateProcess", this::update);
    handlers.put("listPropertyProcesses", this::listOfProperty);
    handlers.put("retrieveProcessStage", this::stage);
    return Collections.unmodifiableMap(handlers);
  }

  /** A ProcessRead made of {@code fields} over the defaults; call while holding the store. */
  ObjectNode withDefaults(ObjectNode fields) {
    ObjectNode read = JsonNodeFactory.instance.objectNode();
    JsonNode schema = spec.schema("ProcessRead");
    spec.propertyNames(spec.rootOf("ProcessRead"), schema).forEach(read::putNull);
    String now = SandboxTime.now(clock);
    int number = 1;
    for (ObjectNode p : store.list(PROCESSES, p -> true)) {
      number = Math.max(number, p.path("number").asInt(0) + 1);
    }
    read.put("id", store.nextId(PROCESSES));
    read.put("number", number);
    read.put("accountId", accountId);
    read.put("createdByPartyId", partyId);
    read.put("isFinished", false);
    read.put("created", now);
    read.put("lastModified", now);
    read.setAll(fields.deepCopy());
    if (!fields.hasNonNull("fullyQualifiedNumber")) {
      // "{number}/{partyId}", as live answers show it.
      read.put("fullyQualifiedNumber", read.get("number").asInt() + "/" + partyId);
    }
    return read;
  }

  private HttpResponseData create(Call call) {
    synchronized (store) {
      Map<String, List<String>> errors = unitErrors(call.body);
      return errors.isEmpty()
          ? call.ok(store.insert(PROCESSES, withDefaults(call.body)))
          : call.invalid(errors);
    }
  }

  private HttpResponseData update(Call call) {
    synchronized (store) {
      Map<String, List<String>> errors = unitErrors(call.body);
      if (!errors.isEmpty()) {
        return call.invalid(errors);
      }
      ObjectNode changes = call.body.deepCopy().put("lastModified", SandboxTime.now(clock));
      return call.ok(store.merge(PROCESSES, call.intParam("id"), changes));
    }
  }

  private HttpResponseData listOfProperty(Call call) {
    int propertyId = call.intParam("propertyId");
    synchronized (store) {
      if (store.size("properties") > 0 && store.get("properties", propertyId) == null) {
        return call.notFound(Conventions.notFound("properties", propertyId));
      }
      return call.page(
          store.list(
              PROCESSES,
              p -> {
                ObjectNode unit = store.get("units", p.path("unitId").asInt(-1));
                return unit != null && unit.path("propertyId").asInt(-1) == propertyId;
              }));
    }
  }

  private HttpResponseData stage(Call call) {
    int id = call.intParam("id");
    ObjectNode process = store.get(PROCESSES, id);
    if (process == null) {
      return call.notFound(Conventions.notFound(PROCESSES, id));
    }
    JsonNode stageId = process.get("stageId");
    if (stageId == null || !stageId.canConvertToInt()) {
      return call.notFound("Process " + id + " has no stage.");
    }
    ObjectNode stage = store.get("process-stages", stageId.asInt());
    return call.ok(
        stage != null
            ? stage
            : JsonNodeFactory.instance.objectNode().put("id", stageId.asInt()).putNull("name"));
  }

  private Map<String, List<String>> unitErrors(ObjectNode fields) {
    Map<String, List<String>> errors = new LinkedHashMap<>();
    JsonNode unitId = fields.get("unitId");
    if (unitId != null
        && unitId.canConvertToInt()
        && store.size("units") > 0
        && store.get("units", unitId.asInt()) == null) {
      SchemaBinder.add(errors, "UnitId", "The unit " + unitId.asInt() + " does not exist.");
    }
    return errors;
  }
}

package io.github.facilioo4j.testkit;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * What the lookups' spec cannot state: the caller's own account (the sandbox's account and party),
 * and granting or revoking a party's visibility of a process, which answers 204 once the process
 * and the party exist (the sandbox does not remember grants; the accessor list stays as seeded).
 */
final class LookupArea implements SandboxArea {
  private final SandboxStore store;
  private final int accountId;
  private final int partyId;

  LookupArea(SandboxStore store, int accountId, int partyId) {
    this.store = store;
    this.accountId = accountId;
    this.partyId = partyId;
  }

  @Override
  public Map<String, Handler> handlers() {
    Map<String, Handler> handlers = new HashMap<>();
    handlers.put(
        "retrieveMyAccount",
        call ->
            call.ok(
                JsonNodeFactory.instance
                    .objectNode()
                    .put("id", accountId)
                    .put("partyId", partyId)));
    handlers.put("addProcessAccessorParty", this::access);
    handlers.put("removeProcessAccessorParty", this::access);
    return Collections.unmodifiableMap(handlers);
  }

  private HttpResponseData access(Call call) {
    int process = call.intParam("id");
    int party = call.intParam("partyId");
    synchronized (store) {
      if (store.get(ProcessArea.PROCESSES, process) == null) {
        return call.notFound(Conventions.notFound(ProcessArea.PROCESSES, process));
      }
      if (store.size("parties") > 0 && store.get("parties", party) == null) {
        return call.notFound(Conventions.notFound("parties", party));
      }
    }
    return HttpResponseData.empty(204);
  }
}

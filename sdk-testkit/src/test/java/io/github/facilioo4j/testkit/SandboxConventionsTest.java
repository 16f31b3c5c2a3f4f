package io.github.facilioo4j.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A read-only resource added to the spec is served from its seed data alone: list (paged), retrieve
 * (404 when unknown) and the per-parent list, with the spec's parameter rules.
 */
class SandboxConventionsTest {
  final SandboxStore store = new SandboxStore();
  final FakeClock clock = new FakeClock(Instant.parse("2026-11-29T14:00:00Z"));
  final SandboxApi api =
      new SandboxApi(
          Spec.load(List.of("spec-examples/lookups.yaml")),
          store,
          List.of(),
          new TokenAuthority(
              Set.of("t"), Map.of(), Duration.ofHours(1), false, clock, "https://x.invalid", 1),
          new Faults.Queue(),
          new RequestLog(clock),
          d -> {});

  @Test
  void aResourceOnlyDeclaredInTheSpecIsListedAndRetrievedFromItsSeedData() throws Exception {
    store.insert("properties", record(1).put("externalId", "erp-p-100").put("name", "Park 22"));
    store.insert("properties", record(2).put("externalId", "erp-p-200").put("name", "Hafen 7"));

    HttpResponseData page = get("/api/properties?pageSize=1&pageNumber=2");
    HttpResponseData one = get("/api/properties/1");
    HttpResponseData missing = get("/api/properties/9");
    HttpResponseData zero = get("/api/properties/0");

    assertEquals(200, page.status);
    JsonNode envelope = json(page);
    assertEquals("erp-p-200", envelope.get("items").get(0).get("externalId").asText());
    assertEquals(2, envelope.get("totalCount").asInt());
    assertEquals(List.of("2-2/2"), page.headers.get("content-range"));
    assertEquals("Park 22", json(one).get("name").asText());
    assertEquals(404, missing.status);
    assertEquals("Property 9 does not exist.", json(missing).get("detail").asText());
    assertEquals(400, zero.status);
    assertEquals(
        "The field Id must be between 1 and 2147483647.",
        json(zero).get("errors").get("Id").get(0).asText());
  }

  @Test
  void aNestedListHoldsTheRecordsThatNameTheirParent() throws Exception {
    store.insert("units", record(1));
    store.insert("units", record(2));
    store.insert("contracts", record(1).put("unitId", 1).put("partyId", 2));
    store.insert("contracts", record(2).put("unitId", 2).put("partyId", 3));
    store.insert("contracts", record(3).put("unitId", 1).put("partyId", 4));

    HttpResponseData ofUnit1 = get("/api/units/1/contracts");
    HttpResponseData ofUnknown = get("/api/units/5/contracts");

    List<Integer> parties = new ArrayList<>();
    json(ofUnit1).get("items").forEach(c -> parties.add(c.get("partyId").asInt()));
    assertEquals(List.of(2, 4), parties);
    assertEquals(404, ofUnknown.status);
    assertEquals("Unit 5 does not exist.", json(ofUnknown).get("detail").asText());
  }

  private HttpResponseData get(String target) throws InterruptedException {
    Map<String, List<String>> headers = HttpRequestData.newHeaderMap();
    headers.put("Authorization", List.of("Bearer t"));
    return api.handle(new HttpRequestData("GET", target, headers, new byte[0]));
  }

  private static JsonNode json(HttpResponseData response) throws Exception {
    return SandboxJson.mapper().readTree(new String(response.body, StandardCharsets.UTF_8));
  }

  private static ObjectNode record(int id) {
    return JsonNodeFactory.instance.objectNode().put("id", id);
  }
}

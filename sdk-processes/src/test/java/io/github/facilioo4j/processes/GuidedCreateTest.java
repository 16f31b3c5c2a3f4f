package io.github.facilioo4j.processes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The guided create against a local server that answers the lookups by route. */
class GuidedCreateTest extends ProcessesTestSupport {
  final Map<String, String> answers = new ConcurrentHashMap<>();
  final List<RecordedRequest> received = new ArrayList<>();

  @BeforeEach
  void serveByRoute() {
    answers.put(
        "GET /api/properties",
        page(
            1,
            1,
            100,
            "{\"id\":1,\"externalId\":\"erp-p-100\",\"number\":\"PLS22\"}",
            "{\"id\":2,\"externalId\":\"erp-p-200\"}"));
    answers.put(
        "GET /api/properties/1/units",
        page(1, 1, 100, "{\"id\":1,\"number\":\"WE-1\"}", "{\"id\":2,\"number\":\"WE-2\"}"));
    answers.put(
        "GET /api/units/2/contracts",
        page(
            1,
            1,
            100,
            "{\"id\":1,\"unitId\":2,\"partyId\":3,\"typeId\":3}",
            "{\"id\":2,\"unitId\":2,\"partyId\":4,\"typeId\":4}"));
    answers.put(
        "GET /api/process-types",
        page(1, 1, 100, "{\"id\":1,\"name\":\"Damage report\"}", "{\"id\":2,\"name\":\"Repair\"}"));
    answers.put("GET /api/accounts/myself", "{\"id\":5,\"partyId\":9}");
    answers.put("GET /api/units/2/processes", page(1, 0, 100));
    answers.put("POST /api/processes", "{\"id\":40,\"unitId\":2,\"externalId\":\"erp-1001\"}");
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            synchronized (received) {
              received.add(request);
            }
            String path = request.getPath().replaceAll("\\?.*", "");
            String body = answers.get(request.getMethod() + " " + path);
            return body == null
                ? new MockResponse().setResponseCode(404)
                : new MockResponse().setHeader("Content-Type", "application/json").setBody(body);
          }
        });
  }

  private GuidedCreate damageReport() {
    return processes
        .guidedCreate()
        .propertyExternalId("erp-p-100")
        .unitNumber("WE-2")
        .processType("damage report")
        .subject("Heating fails")
        .report("<p>No heating</p>")
        .externalId("erp-1001");
  }

  private List<String> routes() {
    List<String> routes = new ArrayList<>();
    for (RecordedRequest r : received) {
      routes.add(r.getMethod() + " " + r.getPath().replaceAll("\\?.*", ""));
    }
    return routes;
  }

  @Test
  void theTenantOfTheUnitReportsAProcessResolvedFromErpIds() throws Exception {
    CreateResult result = damageReport().reporter(ContractType.TENANT).execute();

    assertTrue(result.created());
    assertEquals(40, result.process().id());
    assertEquals(
        Arrays.asList(
            "GET /api/properties",
            "GET /api/properties/1/units",
            "GET /api/units/2/contracts",
            "GET /api/process-types",
            "GET /api/units/2/processes",
            "POST /api/processes"),
        routes());
    RecordedRequest post = received.get(5);
    assertJsonBody(
        "{\"subject\":\"Heating fails\",\"report\":\"<p>No heating</p>\",\"contactId\":4,"
            + "\"typeId\":1,\"unitId\":2,\"externalId\":\"erp-1001\"}",
        post);
  }

  @Test
  void theCallersOwnPartyReportsAndProcessTypesAreReadOncePerClient() throws Exception {
    damageReport().reporterSelf().execute();
    answers.put(
        "GET /api/units/2/processes",
        page(1, 1, 100, "{\"id\":40,\"unitId\":2,\"externalId\":\"erp-1001\",\"deleted\":null}"));
    CreateResult again = damageReport().reporterSelf().execute();

    assertEquals(false, again.created());
    assertEquals(40, again.process().id());
    assertEquals(1, routes().stream().filter("GET /api/process-types"::equals).count());
    assertEquals(1, routes().stream().filter("POST /api/processes"::equals).count());
    RecordedRequest post =
        received.stream().filter(r -> r.getMethod().equals("POST")).findFirst().get();
    assertTrue(post.getBody().readUtf8().contains("\"contactId\":9"));
  }

  @Test
  void twoTenantsAreATypedErrorNamingBothAndNothingIsCreated() {
    answers.put(
        "GET /api/units/2/contracts",
        page(
            1,
            1,
            100,
            "{\"id\":1,\"partyId\":3,\"typeId\":4}",
            "{\"id\":2,\"partyId\":4,\"typeId\":4}"));

    NoUniqueMatchException e =
        assertThrows(
            NoUniqueMatchException.class,
            () -> damageReport().reporter(ContractType.TENANT).execute());

    assertEquals(Arrays.asList("contract 1 of party 3", "contract 2 of party 4"), e.candidates());
    assertEquals("Tenant contract of unit 2", e.wanted());
    assertTrue(routes().stream().noneMatch(r -> r.startsWith("POST")));
  }

  @Test
  void anUnknownPropertyOrTypeNameIsATypedErrorAndNothingIsCreated() {
    NoUniqueMatchException property =
        assertThrows(
            NoUniqueMatchException.class,
            () -> damageReport().propertyExternalId("erp-p-999").reporterSelf().execute());
    NoUniqueMatchException type =
        assertThrows(
            NoUniqueMatchException.class,
            () -> damageReport().processType("Flood").reporterSelf().execute());

    assertEquals("no property with externalId erp-p-999", property.getMessage());
    assertEquals("no process type named Flood", type.getMessage());
    assertTrue(routes().stream().noneMatch(r -> r.startsWith("POST")));
  }
}

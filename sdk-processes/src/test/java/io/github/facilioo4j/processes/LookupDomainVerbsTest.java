package io.github.facilioo4j.processes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.facilioo4j.processes.model.ContractRead;
import io.github.facilioo4j.processes.model.PropertyRead;
import io.github.facilioo4j.processes.model.UnitRead;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LookupDomainVerbsTest extends ProcessesTestSupport {
  private static String property(int id, String externalId) {
    return "{\"id\":"
        + id
        + ",\"externalId\":\""
        + externalId
        + "\",\"number\":\"P"
        + id
        + "\",\"name\":\"Street "
        + id
        + "\"}";
  }

  private static String unit(int id, String number) {
    return "{\"id\":" + id + ",\"number\":\"" + number + "\",\"position\":\"EG\"}";
  }

  @Test
  void findByExternalIdWalksEveryPageAndMatchesTheOpaqueIdExactly() throws Exception {
    enqueueJson(200, page(1, 2, 100, property(1, "erp|p|100"), property(2, "ERP|P|200")));
    enqueueJson(200, page(2, 2, 100, property(3, "erp|p|200")));

    Optional<PropertyRead> found = processes.properties().findByExternalId("erp|p|200");

    assertEquals(3, found.get().id());
    assertEquals("/api/properties?pageNumber=1&pageSize=100", takeRequest().getPath());
    assertEquals("/api/properties?pageNumber=2&pageSize=100", takeRequest().getPath());
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void findByExternalIdIsEmptyWhenNoPropertyHasIt() {
    enqueueJson(200, page(1, 1, 100, property(1, "erp-p-100")));

    assertFalse(processes.properties().findByExternalId("erp-p-1").isPresent());
  }

  @Test
  void twoPropertiesWithOneExternalIdAreATypedErrorNamingBoth() {
    enqueueJson(200, page(1, 1, 100, property(1, "dup"), property(7, "dup")));

    NoUniqueMatchException e =
        assertThrows(
            NoUniqueMatchException.class, () -> processes.properties().findByExternalId("dup"));

    assertEquals(
        Arrays.asList("property 1 (P1, Street 1)", "property 7 (P7, Street 7)"), e.candidates());
    assertTrue(e.getMessage().startsWith("2 matches for property with externalId dup"));
  }

  @Test
  void findByNumberReturnsTheOnlyUnitWithThatNumberInTheProperty() throws Exception {
    enqueueJson(200, page(1, 1, 100, unit(1, "WE-1"), unit(2, "WE-2")));

    UnitRead unit = processes.units().findByNumber(4, "WE-2");

    assertEquals(2, unit.id());
    assertEquals("/api/properties/4/units?pageNumber=1&pageSize=100", takeRequest().getPath());
  }

  @Test
  void aUnitNumberNoUnitHasIsATypedErrorWithNoCandidates() {
    enqueueJson(200, page(1, 1, 100, unit(1, "WE-1")));

    NoUniqueMatchException e =
        assertThrows(NoUniqueMatchException.class, () -> processes.units().findByNumber(4, "WE-9"));

    assertEquals(Collections.emptyList(), e.candidates());
    assertEquals("no unit WE-9 of property 4", e.getMessage());
  }

  @Test
  void aContractTypeTheSdkDoesNotKnowStaysReadable() {
    enqueueJson(
        200, page(1, 1, 100, "{\"id\":1,\"partyId\":2,\"typeId\":4}", "{\"id\":2,\"typeId\":42}"));

    List<ContractRead> contracts = processes.units().contracts(3).pageSize(100).execute().items();

    assertEquals(ContractType.TENANT, ContractType.of(contracts.get(0).typeId()));
    ContractType unknown = ContractType.of(contracts.get(1).typeId());
    assertEquals(42, unknown.value());
    assertEquals("Unknown(42)", unknown.name());
    assertFalse(unknown.isKnown());
    assertEquals(ContractType.SPECIAL_OWNER, ContractType.named("specialowner"));
  }
}

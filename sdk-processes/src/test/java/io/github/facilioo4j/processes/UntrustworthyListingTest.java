package io.github.facilioo4j.processes;

import static io.github.facilioo4j.processes.ListingServer.envelope;
import static io.github.facilioo4j.processes.ListingServer.itemsOnly;
import static io.github.facilioo4j.processes.ListingServer.pageOf;
import static io.github.facilioo4j.processes.ListingServer.received;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.facilioo4j.core.Page;
import io.github.facilioo4j.core.errors.InvalidResponseException;
import io.github.facilioo4j.processes.model.ProcessCreate;
import io.github.facilioo4j.processes.model.ProcessRead;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Servers whose listing cannot be trusted (issue 10, items 2 and 11): find-or-create must not
 * conclude "absent" from them and creates nothing; a plain walk must neither run on forever nor
 * wrap a page number. Each server answers by the page number asked for, so the test asserts exactly
 * which pages were asked for, and that no POST arrived.
 */
class UntrustworthyListingTest extends ProcessesTestSupport {
  private static final ProcessCreate SYNCED =
      ProcessCreate.builder()
          .report("<p>Broken window</p>")
          .contactId(12)
          .typeId(3)
          .unitId(77)
          .externalId("erp-4711")
          .build();
  private static final String MATCH = process(4711, 77, "erp-4711", null);

  /** Another live process of the unit, with an externalId of its own. */
  private static String other(int id) {
    return process(id, 77, "erp-" + id, null);
  }

  // ---- the servers ---------------------------------------------------------------------------

  /** Answers page 1 whatever is asked for: two pages of two items, as page 1 says. */
  private static final IntFunction<String> IGNORES_PAGE_NUMBER =
      n -> pageOf(1, 2, 4, other(1), other(2));

  /** Like the one above, but echoes the number asked for. */
  private static final IntFunction<String> REPEATS_PAGE_ONE_UNDER_EACH_NUMBER =
      n -> envelope(n, 2, 2, 4, n < 2, other(1), other(2));

  /** A first page with only its items. */
  private static final IntFunction<String> LACKS_PAGING_MEMBERS =
      n -> n == 1 ? itemsOnly(other(1), other(2)) : null;

  /** Three pages of two; page 2 is empty yet claims more, and page 3 holds the match. */
  private static final IntFunction<String> EMPTY_PAGE_CLAIMS_MORE =
      n ->
          n == 1
              ? pageOf(1, 2, 6, other(1), other(2))
              : n == 2
                  ? envelope(2, 2, 3, 6, true)
                  : n == 3 ? pageOf(3, 2, 6, other(5), MATCH) : null;

  /** hasNextPage is always true although totalPages is 3; pages up to 10 exist, then 500. */
  private static final IntFunction<String> HAS_NEXT_PAGE_ALWAYS_TRUE =
      n -> n >= 1 && n <= 10 ? envelope(n, 1, 3, 3, true, other(n)) : null;

  /** Page 2 comes back as page Integer.MAX_VALUE that claims a next page. */
  private static final IntFunction<String> JUMPS_TO_MAX_VALUE =
      n ->
          n == 1
              ? pageOf(1, 1, 3, other(1))
              : n == 2 ? envelope(Integer.MAX_VALUE, 1, 3, 3, true, other(2)) : null;

  private void serve(IntFunction<String> pages) {
    server.setDispatcher(new ListingServer(pages));
  }

  private CreateResult createIfAbsent(Mode mode) {
    return mode == Mode.SYNC
        ? processes.createIfAbsent(SYNCED)
        : await(processes.createIfAbsentAsync(SYNCED));
  }

  /** One body for every untrustworthy server: a typed exception, no POST, exactly these GETs. */
  private void assertCreateIfAbsentRefuses(Mode mode, String... expectedGets) throws Exception {
    InvalidResponseException e =
        assertThrows(InvalidResponseException.class, () -> createIfAbsent(mode));

    assertEquals(200, e.statusCode());
    List<String> received = received(server);
    assertEquals(0, received.stream().filter(r -> r.startsWith("POST")).count(), "a POST was sent");
    assertEquals(Arrays.asList(expectedGets), received);
  }

  // ---- createIfAbsent ------------------------------------------------------------------------

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aServerIgnoringThePageNumberMakesCreateIfAbsentFailAndCreateNothing(Mode mode)
      throws Exception {
    serve(IGNORES_PAGE_NUMBER);
    assertCreateIfAbsentRefuses(mode, "GET 1", "GET 2");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aServerRepeatingPageOneUnderTheAskedNumberMakesCreateIfAbsentFailAndCreateNothing(Mode mode)
      throws Exception {
    serve(REPEATS_PAGE_ONE_UNDER_EACH_NUMBER);
    assertCreateIfAbsentRefuses(mode, "GET 1", "GET 2");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aPageWithoutPagingMembersMakesCreateIfAbsentFailAndCreateNothing(Mode mode)
      throws Exception {
    serve(LACKS_PAGING_MEMBERS);
    assertCreateIfAbsentRefuses(mode, "GET 1");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void anEmptyPageClaimingMorePagesMakesCreateIfAbsentFailAndCreateNothing(Mode mode)
      throws Exception {
    serve(EMPTY_PAGE_CLAIMS_MORE);
    assertCreateIfAbsentRefuses(mode, "GET 1", "GET 2");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void hasNextPageAlwaysTrueWithThreePagesMakesCreateIfAbsentFailAtPageThree(Mode mode)
      throws Exception {
    serve(HAS_NEXT_PAGE_ALWAYS_TRUE);
    assertCreateIfAbsentRefuses(mode, "GET 1", "GET 2", "GET 3");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aJumpToTheLargestPageNumberMakesCreateIfAbsentFailWithoutWrapping(Mode mode)
      throws Exception {
    serve(JUMPS_TO_MAX_VALUE);
    assertCreateIfAbsentRefuses(mode, "GET 1", "GET 2");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aMatchOnPageTwoIsFoundBlockingAndAsyncEvenWhenThatPageLacksItsPagingMembers(Mode mode)
      throws Exception {
    serve(n -> n == 1 ? pageOf(1, 2, 4, other(1), other(2)) : n == 2 ? itemsOnly(MATCH) : null);

    CreateResult result = createIfAbsent(mode);

    assertFalse(result.created());
    assertEquals(4711, result.process().id());
    assertEquals(Arrays.asList("GET 1", "GET 2"), received(server));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aCompleteConsistentListingWithoutTheMatchLeadsToExactlyOneCreate(Mode mode)
      throws Exception {
    serve(
        n ->
            n == 1
                ? pageOf(1, 2, 5, other(1), other(2))
                : n == 2
                    ? pageOf(2, 2, 5, other(3), other(4))
                    : n == 3 ? pageOf(3, 2, 5, other(5)) : null);

    CreateResult result = createIfAbsent(mode);

    assertTrue(result.created());
    assertEquals(900, result.process().id());
    assertEquals(Arrays.asList("GET 1", "GET 2", "GET 3", "POST /api/processes"), received(server));
  }

  // ---- autoPager / stream --------------------------------------------------------------------

  private Page<ProcessRead> firstPage(Mode mode) {
    return mode == Mode.SYNC
        ? processes.listForUnit(77, 2)
        : await(processes.listForUnitAsync(77, 2));
  }

  private static List<Integer> ids(Iterable<ProcessRead> walk) {
    List<Integer> ids = new ArrayList<>();
    for (ProcessRead process : walk) {
      ids.add(process.id());
    }
    return ids;
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void autoPagerEndsAtTotalPagesWhenHasNextPageStaysTrue(Mode mode) throws Exception {
    serve(HAS_NEXT_PAGE_ALWAYS_TRUE);

    assertEquals(Arrays.asList(1, 2, 3), ids(firstPage(mode).autoPager()));
    assertEquals(Arrays.asList("GET 1", "GET 2", "GET 3"), received(server));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void autoPagerFailsOnAJumpToTheLargestPageNumberInsteadOfWrapping(Mode mode) throws Exception {
    serve(JUMPS_TO_MAX_VALUE);
    Page<ProcessRead> first = firstPage(mode);

    assertThrows(InvalidResponseException.class, () -> ids(first.autoPager()));
    assertEquals(Arrays.asList("GET 1", "GET 2"), received(server));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void streamFailsWhenTheServerIgnoresThePageNumberInsteadOfEndingQuietly(Mode mode)
      throws Exception {
    serve(IGNORES_PAGE_NUMBER);
    Page<ProcessRead> first = firstPage(mode);

    assertThrows(InvalidResponseException.class, () -> first.stream().count());
    assertEquals(Arrays.asList("GET 1", "GET 2"), received(server));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void autoPagerKeepsALaterPageThatLacksItsPagingMembersAndEndsThere(Mode mode) throws Exception {
    serve(n -> n == 1 ? pageOf(1, 2, 4, other(1), other(2)) : n == 2 ? itemsOnly(MATCH) : null);

    assertEquals(Arrays.asList(1, 2, 4711), ids(firstPage(mode).autoPager()));
    assertEquals(Arrays.asList("GET 1", "GET 2"), received(server));
  }
}

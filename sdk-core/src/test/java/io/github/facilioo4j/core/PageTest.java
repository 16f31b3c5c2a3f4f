package io.github.facilioo4j.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import io.github.facilioo4j.core.errors.InvalidResponseException;
import io.github.facilioo4j.core.errors.ServerException;
import io.github.facilioo4j.core.internal.Json;
import io.github.facilioo4j.core.internal.mapping.PageEnvelope;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PageTest {
  /** Serves pages from a function and records every page number asked for. */
  static final class RecordingFetcher implements PageFetcher<String> {
    final List<Integer> calls = new ArrayList<>();
    final IntFunction<PageEnvelope<String>> pages;

    RecordingFetcher(IntFunction<PageEnvelope<String>> pages) {
      this.pages = pages;
    }

    @Override
    public Page<String> fetch(int pageNumber) {
      calls.add(pageNumber);
      return Page.of(pages.apply(pageNumber), this);
    }
  }

  private static PageEnvelope<String> envelope(int number, int totalPages, String... items) {
    return new PageEnvelope<>(
        Arrays.asList(items), number, 2, totalPages, 5L, number > 1, number < totalPages);
  }

  /** Three pages: a b | c d | e. */
  private static PageEnvelope<String> threePages(int n) {
    switch (n) {
      case 1:
        return envelope(1, 3, "a", "b");
      case 2:
        return envelope(2, 3, "c", "d");
      case 3:
        return envelope(3, 3, "e");
      default:
        throw new AssertionError("page " + n + " should never be asked for");
    }
  }

  @Test
  void autoPagerFetchesEachPageOnlyWhenTheIterationReachesIt() {
    RecordingFetcher fetcher = new RecordingFetcher(PageTest::threePages);
    Page<String> first = Page.of(threePages(1), fetcher);

    Iterator<String> it = first.autoPager().iterator();
    assertEquals("a", it.next());
    assertEquals("b", it.next());
    assertEquals(Collections.emptyList(), fetcher.calls);
    assertEquals("c", it.next());
    assertEquals(Collections.singletonList(2), fetcher.calls);
    assertEquals("d", it.next());
    assertEquals(Collections.singletonList(2), fetcher.calls, "page 3 not fetched before reached");
    assertEquals("e", it.next());
    assertEquals(Arrays.asList(2, 3), fetcher.calls);
    assertFalse(it.hasNext());
    assertThrows(NoSuchElementException.class, it::next);
    assertEquals(Arrays.asList(2, 3), fetcher.calls, "no fetch after the last page");
  }

  @Test
  void everyIterationStartsAgainAtTheFirstPage() {
    RecordingFetcher fetcher = new RecordingFetcher(PageTest::threePages);
    Iterable<String> all = Page.of(threePages(1), fetcher).autoPager();
    List<String> once = new ArrayList<>();
    all.forEach(once::add);
    List<String> twice = new ArrayList<>();
    all.forEach(twice::add);
    assertEquals(Arrays.asList("a", "b", "c", "d", "e"), once);
    assertEquals(once, twice);
    assertEquals(Arrays.asList(2, 3, 2, 3), fetcher.calls);
  }

  @Test
  void streamIsLazyAndLimitLoadsNoMorePagesThanNeeded() {
    RecordingFetcher fetcher = new RecordingFetcher(PageTest::threePages);
    Page<String> first = Page.of(threePages(1), fetcher);

    java.util.stream.Stream<String> stream = first.stream().map(String::toUpperCase);
    assertEquals(Collections.emptyList(), fetcher.calls, "nothing fetched before the terminal op");
    assertEquals(Arrays.asList("A", "B", "C"), stream.limit(3).collect(Collectors.toList()));
    assertEquals(Collections.singletonList(2), fetcher.calls);

    fetcher.calls.clear();
    assertEquals("a b c d e", first.stream().collect(Collectors.joining(" ")));
    assertEquals(Arrays.asList(2, 3), fetcher.calls);
  }

  @Test
  void parallelStreamDoesNotReadAhead() {
    RecordingFetcher fetcher = new RecordingFetcher(PageTest::threePages);
    assertEquals(
        Arrays.asList("a"),
        Page.of(threePages(1), fetcher).stream().parallel().limit(1).collect(Collectors.toList()));
    assertEquals(Collections.emptyList(), fetcher.calls);
  }

  @Test
  void walkStopsAtAnEmptyPageEvenIfItClaimsANextPage() {
    RecordingFetcher fetcher =
        new RecordingFetcher(
            n -> {
              if (n == 2) {
                return new PageEnvelope<>(Collections.emptyList(), 2, 2, 9, 18L, true, true);
              }
              throw new AssertionError("page " + n + " should never be asked for");
            });
    Page<String> first = Page.of(envelope(1, 9, "a", "b"), fetcher);
    assertEquals(Arrays.asList("a", "b"), first.stream().collect(Collectors.toList()));
    assertEquals(Collections.singletonList(2), fetcher.calls);
  }

  @Test
  void emptyFirstPageFetchesNothing() {
    RecordingFetcher fetcher = new RecordingFetcher(PageTest::threePages);
    Page<String> first = Page.of(new PageEnvelope<>(null, 1, 10, 3, 0L, false, true), fetcher);
    assertTrue(first.items().isEmpty());
    assertFalse(first.autoPager().iterator().hasNext());
    assertEquals(Collections.emptyList(), fetcher.calls);
  }

  @Test
  void aServerAnsweringTheSamePageAgainFailsTheWalkInsteadOfEndingItQuietly() {
    RecordingFetcher fetcher = new RecordingFetcher(n -> envelope(1, 3, "a", "b"));
    Page<String> first = Page.of(envelope(1, 3, "a", "b"), fetcher);
    Iterator<String> it = first.autoPager().iterator();
    assertEquals("a", it.next());
    assertEquals("b", it.next());

    InvalidResponseException e = assertThrows(InvalidResponseException.class, it::hasNext);

    assertEquals(200, e.statusCode());
    assertTrue(e.getMessage().contains("page 2"), e.getMessage());
    assertTrue(e.getCause().getMessage().contains("answered page 1"), e.getCause().getMessage());
    assertFalse(e.bodySnippet().contains("\"a\""), "the snippet shows numbers, not items");
    assertThrows(InvalidResponseException.class, first::nextPage);
    assertEquals(Arrays.asList(2, 2), fetcher.calls);
  }

  @Test
  void aPageWithoutPageNumberIsTakenAsThePageAskedForAndItsItemsAreKept() {
    RecordingFetcher fetcher =
        new RecordingFetcher(
            n -> new PageEnvelope<>(Arrays.asList("g"), null, 2, 4, 7L, null, null));
    Page<String> third = Page.of(envelope(3, 4, "e", "f"), fetcher);

    assertEquals(Arrays.asList("e", "f", "g"), third.stream().collect(Collectors.toList()));
    assertEquals(Collections.singletonList(4), fetcher.calls);
  }

  @Test
  void aWalkEndsAtTotalPagesEvenWhenHasNextPageStaysTrue() {
    RecordingFetcher fetcher =
        new RecordingFetcher(
            n -> {
              if (n > 3) {
                throw new AssertionError("page " + n + " is beyond totalPages");
              }
              return new PageEnvelope<>(Arrays.asList("p" + n), n, 1, 3, 3L, n > 1, true);
            });
    Page<String> first = Page.of(fetcher.pages.apply(1), fetcher);

    assertEquals(Arrays.asList("p1", "p2", "p3"), first.stream().collect(Collectors.toList()));
    assertEquals(Arrays.asList(2, 3), fetcher.calls);
    fetcher.calls.clear();
    assertFalse(Page.of(fetcher.pages.apply(3), fetcher).nextPage().isPresent());
    assertEquals(Collections.emptyList(), fetcher.calls, "no page beyond totalPages is asked for");
  }

  @Test
  void aJumpToTheLargestPageNumberFailsTheWalkAndNoPageNumberWraps() {
    RecordingFetcher fetcher =
        new RecordingFetcher(
            n ->
                new PageEnvelope<>(
                    Arrays.asList("x" + n), Integer.MAX_VALUE, 1, null, null, true, true));
    Page<String> first = Page.of(envelope(1, 3, "a", "b"), fetcher);

    assertThrows(InvalidResponseException.class, () -> first.stream().collect(Collectors.toList()));
    assertEquals(Collections.singletonList(2), fetcher.calls);
  }

  @Test
  void theLargestPageNumberEndsTheWalkOrFailsItButNeverAsksForTheNextNumber() {
    RecordingFetcher fetcher = new RecordingFetcher(n -> envelope(n, 3, "never"));
    Page<String> unbounded =
        Page.of(
            new PageEnvelope<>(Arrays.asList("z"), Integer.MAX_VALUE, 1, null, null, true, true),
            fetcher);
    Page<String> bounded =
        Page.of(
            new PageEnvelope<>(
                Arrays.asList("z"), Integer.MAX_VALUE, 1, Integer.MAX_VALUE, null, true, true),
            fetcher);

    Iterator<String> it = unbounded.autoPager().iterator();
    assertEquals("z", it.next());
    assertThrows(InvalidResponseException.class, it::hasNext);
    assertThrows(InvalidResponseException.class, unbounded::nextPage);
    assertEquals(Arrays.asList("z"), bounded.stream().collect(Collectors.toList()));
    assertFalse(bounded.nextPage().isPresent());
    assertEquals(Collections.emptyList(), fetcher.calls);
  }

  @Test
  void aFirstPageWithoutItsNumberIsTheOnlyPageOfTheWalk() {
    RecordingFetcher fetcher = new RecordingFetcher(PageTest::threePages);
    Page<String> unnumbered =
        Page.of(new PageEnvelope<>(Arrays.asList("a"), null, null, 3, null, null, true), fetcher);

    assertEquals(Arrays.asList("a"), unnumbered.stream().collect(Collectors.toList()));
    assertFalse(unnumbered.nextPage().isPresent());
    assertEquals(Collections.emptyList(), fetcher.calls);
  }

  @Test
  void lastPageAndPageWithoutFetcherHaveNoNextPage() {
    RecordingFetcher fetcher = new RecordingFetcher(PageTest::threePages);
    assertFalse(Page.of(threePages(3), fetcher).nextPage().isPresent());
    assertFalse(Page.of(threePages(1), null).nextPage().isPresent());
    assertEquals(
        Arrays.asList("a", "b"),
        Page.of(threePages(1), null).stream().collect(Collectors.toList()));
    assertEquals(Collections.emptyList(), fetcher.calls);
  }

  @Test
  void nextPageLoadsTheFollowingPage() {
    RecordingFetcher fetcher = new RecordingFetcher(PageTest::threePages);
    Page<String> second = Page.of(threePages(1), fetcher).nextPage().get();
    assertEquals(2, second.pageNumber());
    assertEquals(Arrays.asList("c", "d"), second.items());
    assertTrue(second.hasPreviousPage());
  }

  @Test
  void aFailingFetchSurfacesAndTheIteratorCanTryAgain() {
    ServerException boom = new ServerException("HTTP 503", 503, null, null, false, null);
    int[] attempts = {0};
    PageFetcher<String> flaky =
        n -> {
          if (attempts[0]++ == 0) {
            throw boom;
          }
          return Page.of(envelope(2, 2, "c"), null);
        };
    Iterator<String> it = Page.of(envelope(1, 2, "a"), flaky).autoPager().iterator();
    assertEquals("a", it.next());
    assertSame(boom, assertThrows(ServerException.class, it::hasNext));
    assertEquals("c", it.next());
    assertFalse(it.hasNext());
  }

  @Test
  void envelopeIsReadFromJsonAndResponseIsKept() throws Exception {
    String json =
        "{\"items\":[\"a\",\"b\"],\"pageNumber\":1,\"pageSize\":2,\"totalPages\":3,"
            + "\"totalCount\":5,\"hasPreviousPage\":false,\"hasNextPage\":true,\"extra\":1}";
    PageEnvelope<String> env =
        Json.mapper().readValue(json, new TypeReference<PageEnvelope<String>>() {});
    ApiResponse<PageEnvelope<String>> response =
        ApiResponse.of(
            200, Collections.singletonMap("x-request-id", Collections.singletonList("r-1")), env);

    Page<String> page = Page.of(response, null);

    assertEquals(Arrays.asList("a", "b"), page.items());
    assertEquals(1, page.pageNumber());
    assertEquals(2, page.pageSize());
    assertEquals(3, page.totalPages());
    assertEquals(5L, page.totalCount());
    assertFalse(page.hasPreviousPage());
    assertTrue(page.hasNextPage());
    assertEquals("r-1", page.response().requestId().orElse(null));
    assertEquals(page.items(), page.response().value());
    assertEquals(
        "Page{pageNumber=1, pageSize=2, totalPages=3, totalCount=5, items=2, hasNextPage=true}",
        page.toString());
  }

  @Test
  void missingFlagsAreWorkedOutFromTheNumbers() throws Exception {
    PageEnvelope<String> env =
        Json.mapper()
            .readValue(
                "{\"items\":null,\"pageNumber\":2,\"totalPages\":3}",
                new TypeReference<PageEnvelope<String>>() {});
    Page<String> page = Page.of(env, null);
    assertTrue(page.items().isEmpty());
    assertTrue(page.hasPreviousPage());
    assertTrue(page.hasNextPage());
    assertEquals(200, page.response().statusCode());
    assertTrue(page.response().headers().isEmpty());
    assertFalse(
        Page.of(new PageEnvelope<String>(null, 3, 0, 3, 0L, null, null), null).hasNextPage());
  }

  @Test
  void itemsAreUnmodifiable() {
    Page<String> page = Page.of(threePages(1), null);
    assertThrows(UnsupportedOperationException.class, () -> page.items().add("z"));
  }
}

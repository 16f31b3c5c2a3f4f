package io.github.facilioo4j.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.facilioo4j.core.errors.InvalidResponseException;
import io.github.facilioo4j.core.errors.ServerException;
import io.github.facilioo4j.core.internal.mapping.PageEnvelope;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The walk with pages in flight: every item once and in order, never more than k pages requested
 * ahead of the one being read, nothing more requested once the consumer stops, and failures as in
 * the sequential walk. The fetcher hands out futures the test completes, so nothing is timed.
 */
class PagesInFlightTest {
  private static final int PAGES = 10;

  /** Pages of three items {@code "n.1", "n.2", "n.3"}; each answer is held until released. */
  static final class HeldFetcher implements PageFetcher<String> {
    final Map<Integer, CompletableFuture<Page<String>>> requested = new TreeMap<>();
    int released;
    int totalPages = PAGES;

    @Override
    public Page<String> fetch(int pageNumber) {
      throw new AssertionError("the walk with pages in flight loads pages asynchronously");
    }

    @Override
    public synchronized CompletableFuture<Page<String>> fetchAsync(int pageNumber) {
      assertFalse(requested.containsKey(pageNumber), "page " + pageNumber + " requested twice");
      CompletableFuture<Page<String>> page = new CompletableFuture<>();
      requested.put(pageNumber, page);
      if (pageNumber <= released) {
        page.complete(page(pageNumber));
      }
      notifyAll();
      return page;
    }

    /** Waits, without sleeping, until {@code count} pages have been requested. */
    synchronized void awaitRequested(int count) throws InterruptedException {
      long deadline = System.nanoTime() + 10_000_000_000L;
      while (requested.size() < count && System.nanoTime() < deadline) {
        wait(1_000);
      }
      assertEquals(count, requested.size(), "pages requested");
    }

    synchronized CompletableFuture<Page<String>> requested(int n) {
      return requested.get(n);
    }

    /** Lets pages up to {@code last} answer, those already requested included. */
    synchronized void release(int last) {
      released = last;
      requested.forEach(
          (n, page) -> {
            if (n <= last) {
              page.complete(page(n));
            }
          });
    }

    Page<String> page(int n) {
      return Page.of(envelope(n, totalPages), this);
    }

    synchronized int highestRequested() {
      return requested.isEmpty() ? 1 : Collections.max(requested.keySet());
    }
  }

  static PageEnvelope<String> envelope(int n, int totalPages) {
    return new PageEnvelope<>(
        Arrays.asList(n + ".1", n + ".2", n + ".3"),
        n,
        3,
        totalPages,
        3L * totalPages,
        n > 1,
        n < totalPages);
  }

  private static List<String> allItems() {
    List<String> all = new ArrayList<>();
    for (int n = 1; n <= PAGES; n++) {
      all.addAll(Arrays.asList(n + ".1", n + ".2", n + ".3"));
    }
    return all;
  }

  private static int pageOf(String item) {
    return Integer.parseInt(item.substring(0, item.indexOf('.')));
  }

  @Test
  void everyItemComesOnceInOrderAndNoMoreThanKPagesAreRequestedAhead() {
    HeldFetcher fetcher = new HeldFetcher();
    fetcher.release(PAGES);
    Page<String> first = fetcher.page(1);

    List<String> seen = new ArrayList<>();
    for (String item : first.autoPager(3)) {
      seen.add(item);
      int reading = pageOf(item);
      assertTrue(
          fetcher.highestRequested() <= reading + 3,
          "reading page " + reading + ", requested up to " + fetcher.highestRequested());
    }

    assertEquals(allItems(), seen);
    assertEquals(
        Arrays.asList(2, 3, 4, 5, 6, 7, 8, 9, 10), new ArrayList<>(fetcher.requested.keySet()));
  }

  @Test
  void pagesAnsweringOutOfOrderStillGiveTheItemsInOrder() throws Exception {
    HeldFetcher fetcher = new HeldFetcher();
    Iterator<String> items = fetcher.page(1).autoPager(4).iterator();
    for (int i = 0; i < 3; i++) {
      items.next(); // page 1, already here: nothing is requested before it is used up
    }
    assertTrue(fetcher.requested.isEmpty());

    CompletableFuture<Boolean> more = CompletableFuture.supplyAsync(items::hasNext);
    fetcher.awaitRequested(4);
    for (int n = 5; n >= 2; n--) {
      fetcher.requested(n).complete(fetcher.page(n)); // the later pages answer first
    }

    assertTrue(more.get(10, java.util.concurrent.TimeUnit.SECONDS));
    fetcher.release(PAGES);
    List<String> rest = new ArrayList<>();
    items.forEachRemaining(rest::add);
    assertEquals(allItems().subList(3, 3 * PAGES), rest);
  }

  @Test
  void closingTheStreamEarlyCancelsThePagesInFlightAndRequestsNoMore() {
    HeldFetcher fetcher = new HeldFetcher();
    fetcher.release(2);
    Page<String> first = fetcher.page(1);

    List<String> taken;
    try (Stream<String> items = first.stream(2)) {
      taken = items.limit(4).collect(Collectors.toList());
    }

    assertEquals(Arrays.asList("1.1", "1.2", "1.3", "2.1"), taken);
    assertEquals(Arrays.asList(2, 3), new ArrayList<>(fetcher.requested.keySet()));
    assertTrue(fetcher.requested.get(3).isCancelled(), "page 3, still loading, was cancelled");
  }

  @Test
  void aLoopThatBreaksLeavesAtMostKPagesRequestedAndRequestsNothingMore() {
    HeldFetcher fetcher = new HeldFetcher();
    fetcher.release(PAGES);
    for (String item : fetcher.page(1).autoPager(3)) {
      if (item.equals("2.1")) {
        break;
      }
    }
    assertEquals(Arrays.asList(2, 3, 4), new ArrayList<>(fetcher.requested.keySet()));
  }

  @Test
  void theFirstFailureEndsTheWalkWithItsTypedExceptionAndCancelsThePagesStillLoading() {
    HeldFetcher fetcher = new HeldFetcher();
    fetcher.release(2);
    Iterator<String> items = fetcher.page(1).autoPager(3).iterator();
    List<String> seen = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      seen.add(items.next());
    }
    fetcher.requested.get(3).completeExceptionally(serverError());

    ServerException failure = assertThrows(ServerException.class, items::hasNext);

    assertEquals(503, failure.statusCode());
    assertEquals(allItems().subList(0, 6), seen);
    assertTrue(fetcher.requested.get(4).isCancelled());
    assertTrue(fetcher.requested.get(5).isCancelled());
    assertFalse(items.hasNext(), "the walk is over");
    assertEquals(5, fetcher.highestRequested());
  }

  @Test
  void aPageOtherThanTheOneAskedForEndsTheWalkWithAnInvalidResponse() {
    PageFetcher<String> repeating =
        number -> Page.of(envelope(number == 3 ? 2 : number, PAGES), null);
    Page<String> first = Page.of(envelope(1, PAGES), repeating);

    Iterator<String> items = first.autoPager(2).iterator();
    for (int i = 0; i < 6; i++) {
      items.next();
    }
    assertThrows(InvalidResponseException.class, items::hasNext);
  }

  @Test
  void withoutTotalPagesTheWalkLoadsOnePageAtATime() {
    List<Integer> asked = new ArrayList<>();
    PageFetcher<String> fetcher =
        new PageFetcher<String>() {
          @Override
          public Page<String> fetch(int number) {
            throw new AssertionError();
          }

          @Override
          public CompletableFuture<Page<String>> fetchAsync(int number) {
            asked.add(number);
            return CompletableFuture.completedFuture(
                Page.of(
                    new PageEnvelope<>(
                        Arrays.asList("p" + number), number, 1, null, null, number > 1, number < 3),
                    this));
          }
        };
    Page<String> first =
        Page.of(new PageEnvelope<>(Arrays.asList("p1"), 1, 1, null, null, false, true), fetcher);

    List<String> seen = new ArrayList<>();
    for (String item : first.autoPager(5)) {
      seen.add(item);
      assertTrue(asked.size() <= pageOfP(item), "requested ahead without totalPages: " + asked);
    }
    assertEquals(Arrays.asList("p1", "p2", "p3"), seen);
    assertEquals(Arrays.asList(2, 3), asked);
  }

  @Test
  void pagesInFlightMustBeAtLeastOne() {
    HeldFetcher fetcher = new HeldFetcher();
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> fetcher.page(1).autoPager(0));
    assertEquals("pagesInFlight must be at least 1: 0", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> fetcher.page(1).stream(-1));
  }

  private static int pageOfP(String item) {
    return Integer.parseInt(item.substring(1));
  }

  private static ServerException serverError() {
    return new ServerException("HTTP 503", 503, Collections.emptyMap(), "", false, null);
  }
}

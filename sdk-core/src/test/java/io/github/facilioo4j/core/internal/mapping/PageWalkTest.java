package io.github.facilioo4j.core.internal.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.facilioo4j.core.errors.InvalidResponseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The rules of a complete walk, one broken rule per case; items are their own ids. */
class PageWalkTest {
  private static PageEnvelope<String> page(
      int number, int size, int pages, long count, String... items) {
    return new PageEnvelope<>(
        Arrays.asList(items), number, size, pages, count, number > 1, number < pages);
  }

  /** Five items in pages of two: a b | c d | e. */
  private static PageEnvelope<String> fiveItems(int number) {
    switch (number) {
      case 1:
        return page(1, 2, 3, 5, "a", "b");
      case 2:
        return page(2, 2, 3, 5, "c", "d");
      case 3:
        return page(3, 2, 3, 5, "e");
      default:
        throw new AssertionError("page " + number + " is beyond totalPages");
    }
  }

  /** Five items, except that {@code number} is answered with {@code broken}. */
  private static IntFunction<PageEnvelope<String>> fiveItemsBut(
      int number, PageEnvelope<String> broken) {
    return n -> n == number ? broken : fiveItems(n);
  }

  /** Drives the walk, recording each page number it asks for in {@code asked}. */
  private static void drive(
      PageWalk<String> walk, IntFunction<PageEnvelope<String>> pages, List<Integer> asked) {
    for (int n = walk.nextPageNumber(); n != 0; n = walk.nextPageNumber()) {
      asked.add(n);
      walk.accept(200, pages.apply(n));
    }
  }

  @Test
  void aConsistentListingIsWalkedToItsLastPageAndNoFurther() {
    PageWalk<String> walk = PageWalk.complete(Function.identity());
    List<Integer> asked = new ArrayList<>();

    drive(walk, PageWalkTest::fiveItems, asked);

    assertEquals(Arrays.asList(1, 2, 3), asked);
    assertEquals(0, walk.nextPageNumber());
    assertThrows(IllegalStateException.class, () -> walk.accept(200, fiveItems(3)));
  }

  @Test
  void anEmptyListingIsCompleteAfterPageOneWhetherItSaysZeroOrOnePages() {
    for (int pages = 0; pages <= 1; pages++) {
      PageWalk<String> walk = PageWalk.complete(Function.identity());
      List<Integer> asked = new ArrayList<>();
      int totalPages = pages;
      drive(walk, n -> page(n, 100, totalPages, 0), asked);
      assertEquals(Collections.singletonList(1), asked);
    }
  }

  @Test
  void flagsMayBeAbsentWhenTheNumbersAreThere() {
    PageWalk<String> walk = PageWalk.complete(Function.identity());
    List<Integer> asked = new ArrayList<>();
    drive(walk, n -> new PageEnvelope<>(Arrays.asList("x" + n), n, 1, 2, 2L, null, null), asked);
    assertEquals(Arrays.asList(1, 2), asked);
  }

  static Stream<Arguments> untrustworthyListings() {
    String[] nothing = {};
    return Stream.of(
        Arguments.of(
            "ignores the page number",
            (IntFunction<PageEnvelope<String>>) n -> fiveItems(1),
            list(1, 2)),
        Arguments.of(
            "lacks its paging members",
            fiveItemsBut(
                1, new PageEnvelope<>(Arrays.asList("a", "b"), null, null, null, null, null, null)),
            list(1)),
        Arguments.of(
            "lacks totalCount on a later page",
            fiveItemsBut(2, new PageEnvelope<>(Arrays.asList("c", "d"), 2, 2, 3, null, true, true)),
            list(1, 2)),
        Arguments.of(
            "answers an empty page that claims more",
            fiveItemsBut(2, page(2, 2, 3, 5, nothing)),
            list(1, 2)),
        Arguments.of(
            "says hasNextPage on its last page",
            fiveItemsBut(3, new PageEnvelope<>(Arrays.asList("e"), 3, 2, 3, 5L, true, true)),
            list(1, 2, 3)),
        Arguments.of(
            "jumps to the largest page number",
            fiveItemsBut(2, page(Integer.MAX_VALUE, 2, 3, 5, "c", "d")),
            list(1, 2)),
        Arguments.of(
            "repeats an item of an earlier page",
            fiveItemsBut(2, page(2, 2, 3, 5, "b", "c")),
            list(1, 2)),
        Arguments.of(
            "repeats an item within a page", fiveItemsBut(1, page(1, 2, 3, 5, "a", "a")), list(1)),
        Arguments.of(
            "changes totalCount during the walk",
            fiveItemsBut(2, page(2, 2, 3, 6, "c", "d")),
            list(1, 2)),
        Arguments.of(
            "holds fewer items than pageSize on a page before the last",
            fiveItemsBut(2, page(2, 2, 3, 5, "c")),
            list(1, 2)),
        Arguments.of(
            "holds more items than pageSize",
            fiveItemsBut(1, page(1, 2, 3, 5, "a", "b", "x")),
            list(1)),
        Arguments.of(
            "says more pages than totalCount needs",
            fiveItemsBut(1, page(1, 2, 4, 5, "a", "b")),
            list(1)),
        Arguments.of("holds a null item", fiveItemsBut(1, page(1, 2, 3, 5, "a", null)), list(1)),
        Arguments.of(
            "says hasPreviousPage on page 1",
            fiveItemsBut(1, new PageEnvelope<>(Arrays.asList("a", "b"), 1, 2, 3, 5L, true, true)),
            list(1)),
        Arguments.of("says a pageSize of 0", fiveItemsBut(1, page(1, 0, 3, 5, "a", "b")), list(1)));
  }

  private static List<Integer> list(Integer... numbers) {
    return Arrays.asList(numbers);
  }

  @ParameterizedTest(name = "a complete walk fails on a listing that {0}")
  @MethodSource("untrustworthyListings")
  void aCompleteWalkFailsOnAListingThatBreaksARuleAndAsksForNoPageAfterIt(
      String what, IntFunction<PageEnvelope<String>> pages, List<Integer> expectedAsked) {
    PageWalk<String> walk = PageWalk.complete(Function.identity());
    List<Integer> asked = new ArrayList<>();

    InvalidResponseException e =
        assertThrows(InvalidResponseException.class, () -> drive(walk, pages, asked));

    assertEquals(expectedAsked, asked);
    assertEquals(200, e.statusCode());
    assertTrue(e.getMessage().contains("complete, consistent listing"), e.getMessage());
    assertTrue(e.bodySnippet().startsWith("{"), e.bodySnippet());
    int failed = expectedAsked.get(expectedAsked.size() - 1);
    assertEquals(failed, walk.nextPageNumber(), "a refused page leaves the walk where it was");
  }
}

package io.github.facilioo4j.core.internal.mapping;

import io.github.facilioo4j.core.errors.InvalidResponseException;
import java.io.InvalidObjectException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one walk over a paged listing: it decides which page to load next and checks every page that
 * comes back. {@link io.github.facilioo4j.core.Page#autoPager()}, {@code stream()} and {@code
 * nextPage()} walk {@link #from leniently}; find-or-create walks {@link #complete completely}, for
 * its blocking and its async form alike. The caller only loads pages: it asks {@link
 * #nextPageNumber()}, loads that page and hands it to {@link #accept}.
 *
 * <pre>{@code
 * PageWalk<ProcessRead> walk = PageWalk.complete(ProcessRead::id);
 * for (int n = walk.nextPageNumber(); n != 0; n = walk.nextPageNumber()) {
 *   ApiResponse<PageEnvelope<ProcessRead>> page = load(n);
 *   walk.accept(page.statusCode(), page.value());     // throws if the page cannot be trusted
 * }
 * // here every item of the listing has been seen exactly once
 * }</pre>
 *
 * <p><b>Rules of every walk.</b> A page number never wraps: no page after {@link Integer#MAX_VALUE}
 * is ever asked for. A page after the first must be the page asked for: one that carries another
 * {@code pageNumber} (a server that ignores the parameter, or jumps) fails the walk.
 *
 * <p><b>A lenient walk</b> (reading a listing) goes on from page {@code k} only while all of these
 * hold, and otherwise ends quietly after page {@code k}, logging a warning where the page
 * contradicts itself: page {@code k} has items; it claims a next page ({@code hasNextPage}, or
 * {@code k < totalPages} when the flag is absent); {@code k < totalPages} when {@code totalPages}
 * was sent (the last page the numbers justify, whatever the flag says); {@code k} is known (a first
 * page without {@code pageNumber} is the only one). A page after the first that lacks {@code
 * pageNumber} is taken as the page asked for. It fails with {@link InvalidResponseException} when a
 * page carries another number than asked for, and when page {@link Integer#MAX_VALUE} claims a next
 * page without a {@code totalPages} to end it. It knows nothing of item identity (a listing of
 * plain values may hold equal pages), so it does not look for repeated items.
 *
 * <p><b>A complete walk</b> (concluding that an item is absent) starts at page 1 and proves that it
 * saw the whole listing exactly once. Every page must:
 *
 * <ol>
 *   <li>carry {@code pageNumber}, {@code pageSize}, {@code totalPages} and {@code totalCount}, with
 *       {@code pageNumber} equal to the page asked for, {@code pageSize} at least 1 and the totals
 *       not negative;
 *   <li>carry the same {@code pageSize}, {@code totalPages} and {@code totalCount} as page 1 (a
 *       listing that changes during the walk cannot prove anything);
 *   <li>on page 1, have {@code totalPages} = ⌈{@code totalCount} / {@code pageSize}⌉; an empty
 *       listing ({@code totalCount} 0) may say 0 or 1 pages;
 *   <li>hold exactly the items its numbers call for: {@code pageSize} items on every page but the
 *       last, the rest on the last; so an empty page only as the single page of an empty listing,
 *       and the items of all pages add up to {@code totalCount};
 *   <li>hold no {@code null} item, no item without an id, and no id seen before on this or an
 *       earlier page;
 *   <li>when it carries {@code hasNextPage} or {@code hasPreviousPage}, agree with the numbers
 *       ({@code hasNextPage} is true exactly when the page is not the last).
 * </ol>
 *
 * <p>The walk ends after page {@code totalPages} (after page 1 for an empty listing) and never asks
 * beyond it. Any broken rule is an {@link InvalidResponseException}: the caller must not conclude
 * anything from such a walk.
 *
 * <p>{@link #accept} changes nothing when it throws, so the same page may be loaded and offered
 * again. Not thread-safe: one caller drives a walk, one page after another (an async caller may
 * move between threads as long as each step happens after the one before).
 *
 * @param <T> the item type
 */
public final class PageWalk<T> {
  private static final Logger LOG = LoggerFactory.getLogger(PageWalk.class);
  private static final int NOT_DECIDED = -1;

  /** Reads an item's id in a complete walk; {@code null} for a lenient walk. */
  private final Function<? super T, ?> idOf;

  private final Set<Object> seenIds;
  // The page accepted last, the number it stands for and the status it came with.
  private PageEnvelope<T> current;
  private int currentNumber;
  private int currentStatus;
  // A complete walk's listing, as page 1 described it.
  private int pageSize;
  private int totalPages;
  private long totalCount;
  // The page to load next, worked out once per accepted page; NOT_DECIDED until then.
  private int next = NOT_DECIDED;

  private PageWalk(Function<? super T, ?> idOf) {
    this.idOf = idOf;
    this.seenIds = idOf == null ? null : new HashSet<>();
  }

  /**
   * Starts a lenient walk at a page already loaded, which may be any page of the listing.
   *
   * @param statusCode the HTTP status the page came with
   * @param first the page; must not be {@code null}
   * @param <T> the item type
   * @return a new walk, positioned after {@code first}
   * @throws NullPointerException if {@code first} is {@code null}
   */
  public static <T> PageWalk<T> from(int statusCode, PageEnvelope<T> first) {
    PageWalk<T> walk = new PageWalk<>(null);
    walk.current = Objects.requireNonNull(first, "first is required");
    walk.currentNumber = first.hasPageNumber() ? first.pageNumber() : 0;
    walk.currentStatus = statusCode;
    return walk;
  }

  /**
   * Starts a complete walk, which loads page 1 first.
   *
   * @param idOf reads the id of an item, such as {@code ProcessRead::id}; must not be {@code null}
   *     and must not throw for a non-null item; {@code null} results are a broken rule
   * @param <T> the item type
   * @return a new walk; {@link #nextPageNumber()} is 1
   * @throws NullPointerException if {@code idOf} is {@code null}
   */
  public static <T> PageWalk<T> complete(Function<? super T, ?> idOf) {
    return new PageWalk<>(Objects.requireNonNull(idOf, "idOf is required"));
  }

  /**
   * Returns the number of the page to load next.
   *
   * @return a page number of 1 or more, or 0 when the walk is over (for a complete walk: when the
   *     whole listing was seen)
   * @throws InvalidResponseException when a lenient walk stands on page {@link Integer#MAX_VALUE}
   *     and that page claims a next one
   */
  public int nextPageNumber() {
    if (next == NOT_DECIDED) {
      next = idOf == null ? leniently() : completely();
    }
    return next;
  }

  /**
   * Returns the last page the page the walk stands on says the listing has, for a walk that loads
   * pages ahead: no page after it is ever asked for until a later page says otherwise.
   *
   * @return its {@code totalPages}, or 0 when it did not send one
   */
  public int knownTotalPages() {
    if (idOf != null) {
      return totalPages;
    }
    return current != null && current.hasTotalPages() ? Math.max(0, current.totalPages()) : 0;
  }

  /**
   * Checks the page loaded for {@link #nextPageNumber()} and moves the walk onto it.
   *
   * @param statusCode the HTTP status the page came with, for the exception
   * @param page the page; must not be {@code null}
   * @throws InvalidResponseException when the page breaks a rule of this walk; the walk is then
   *     unchanged
   * @throws IllegalStateException when the walk is over
   * @throws NullPointerException if {@code page} is {@code null}
   */
  public void accept(int statusCode, PageEnvelope<T> page) {
    Objects.requireNonNull(page, "page is required");
    int asked = nextPageNumber();
    if (asked == 0) {
      throw new IllegalStateException("the walk is over; no page was asked for");
    }
    if (page.hasPageNumber() && page.pageNumber() != asked) {
      throw broken(
          statusCode,
          page,
          asked,
          "the server answered page "
              + page.pageNumber()
              + " when page "
              + asked
              + " was asked for");
    }
    if (idOf != null) {
      checkCompletely(statusCode, page, asked);
    }
    current = page;
    currentNumber = asked;
    currentStatus = statusCode;
    next = NOT_DECIDED;
  }

  private int leniently() {
    Boolean flag = current.hasNextPage();
    boolean claimsMore =
        flag != null
            ? flag
            : current.hasTotalPages() && currentNumber > 0 && currentNumber < current.totalPages();
    if (!claimsMore) {
      return 0;
    }
    if (current.items().isEmpty()) {
      LOG.warn("Stopped paging: page {} is empty but claims a next page", currentNumber);
      return 0;
    }
    if (currentNumber < 1) {
      LOG.warn("Stopped paging: the page claims a next page but does not say its own number");
      return 0;
    }
    if (current.hasTotalPages() && currentNumber >= current.totalPages()) {
      LOG.warn(
          "Stopped paging at page {}: it claims a next page, but totalPages is {}",
          currentNumber,
          current.totalPages());
      return 0;
    }
    if (currentNumber == Integer.MAX_VALUE) {
      throw broken(
          currentStatus, current, currentNumber, "it claims a page after the largest page number");
    }
    return currentNumber + 1;
  }

  private int completely() {
    if (current == null) {
      return 1;
    }
    // currentNumber < totalPages <= Integer.MAX_VALUE, so the sum cannot wrap.
    return currentNumber < totalPages ? currentNumber + 1 : 0;
  }

  private void checkCompletely(int statusCode, PageEnvelope<T> page, int asked) {
    List<String> absent = page.absentNumbers();
    if (!absent.isEmpty()) {
      throw broken(statusCode, page, asked, "it lacks " + String.join(", ", absent));
    }
    int size = page.pageSize();
    int pages = page.totalPages();
    long count = page.totalCount();
    if (size < 1 || pages < 0 || count < 0) {
      throw broken(statusCode, page, asked, "its pageSize, totalPages or totalCount is impossible");
    }
    if (current == null) {
      long needed = count / size + (count % size == 0 ? 0 : 1);
      boolean emptyListing = count == 0 && pages <= 1;
      if (!emptyListing && pages != needed) {
        throw broken(
            statusCode,
            page,
            asked,
            "totalPages is "
                + pages
                + " but "
                + count
                + " items in pages of "
                + size
                + " need "
                + needed);
      }
    } else if (size != pageSize || pages != totalPages || count != totalCount) {
      throw broken(
          statusCode,
          page,
          asked,
          "the listing changed during the walk: page 1 said pageSize "
              + pageSize
              + ", totalPages "
              + totalPages
              + ", totalCount "
              + totalCount);
    }
    long expectedItems = Math.min(size, count - (long) (asked - 1) * size);
    if (page.items().size() != expectedItems) {
      throw broken(
          statusCode,
          page,
          asked,
          "it holds " + page.items().size() + " items where its numbers call for " + expectedItems);
    }
    boolean last = asked >= pages;
    if (page.hasNextPage() != null && page.hasNextPage() == last) {
      throw broken(statusCode, page, asked, "hasNextPage contradicts totalPages " + pages);
    }
    if (page.hasPreviousPage() != null && page.hasPreviousPage() != (asked > 1)) {
      throw broken(statusCode, page, asked, "hasPreviousPage contradicts the page number");
    }
    Set<Object> ids = new HashSet<>();
    List<T> items = page.items();
    for (int i = 0; i < items.size(); i++) {
      T item = items.get(i);
      Object id = item == null ? null : idOf.apply(item);
      if (id == null) {
        throw broken(statusCode, page, asked, "items[" + i + "] has no id");
      }
      if (seenIds.contains(id) || !ids.add(id)) {
        throw broken(statusCode, page, asked, "items[" + i + "] repeats the id " + id);
      }
    }
    seenIds.addAll(ids);
    pageSize = size;
    totalPages = pages;
    totalCount = count;
  }

  private InvalidResponseException broken(
      int statusCode, PageEnvelope<T> page, int number, String problem) {
    String expected =
        "page " + number + (idOf == null ? " of a listing" : " of a complete, consistent listing");
    return new InvalidResponseException(
        statusCode,
        page.pagingSummary().getBytes(StandardCharsets.UTF_8),
        expected,
        new InvalidObjectException(problem));
  }
}

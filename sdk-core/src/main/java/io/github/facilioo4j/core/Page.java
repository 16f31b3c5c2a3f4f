package io.github.facilioo4j.core;

import io.github.facilioo4j.core.internal.mapping.PageEnvelope;
import io.github.facilioo4j.core.internal.mapping.PageWalk;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * One page of a listing, able to walk on to the following pages.
 *
 * <pre>{@code
 * Page<ProcessRead> first = processes.list(ProcessListParams.builder().pageSize(100).build());
 * for (ProcessRead process : first.autoPager()) {   // loads page 2, 3, ... only when reached
 *   sync(process);
 * }
 * }</pre>
 *
 * <p>{@link #autoPager()} and {@link #stream()} load the next page only when the iteration reaches
 * it, and hold one page at a time: a page keeps no reference to the pages before it. A walk never
 * loops and never asks for a page the envelope cannot justify:
 *
 * <ul>
 *   <li>it goes on from page {@code k} only while page {@code k} has items, claims a next page
 *       ({@code hasNextPage}, or {@code k < totalPages} when the flag is absent), and {@code k <
 *       totalPages} whenever {@code totalPages} was sent; otherwise it ends quietly after page
 *       {@code k} (with a warning in the log when the page contradicts itself, such as {@code
 *       hasNextPage: true} on page {@code totalPages});
 *   <li>every page after the first must be the page asked for: a page that carries another {@code
 *       pageNumber} (a server ignoring the parameter, or jumping) ends the walk with an {@link
 *       io.github.facilioo4j.core.errors InvalidResponseException}; a page without {@code
 *       pageNumber} is taken as the page asked for;
 *   <li>no page number ever wraps: a walk standing on page {@link Integer#MAX_VALUE} that claims a
 *       next page, without {@code totalPages} to end it, fails with an {@code
 *       InvalidResponseException}.
 * </ul>
 *
 * <p>These rules suit reading a listing: the walk knows nothing of item identity, so a server that
 * echoes the page number asked for but always sends the same items gives those items on every page
 * up to {@code totalPages}. Concluding that something is absent needs a stricter walk that proves
 * it saw every item exactly once; the SDK's find-or-create uses that one ({@code
 * io.github.facilioo4j.core.internal.mapping.PageWalk} documents both). Failures to load a page
 * surface as {@link io.github.facilioo4j.core.errors FaciliooException}s from {@code hasNext()},
 * {@code nextPage()} or the stream's terminal operation.
 *
 * <p>A page is immutable and thread-safe; the iterators it hands out are not, and each walks
 * independently, loading pages again.
 *
 * @param <T> the item type
 */
public final class Page<T> {
  private final PageEnvelope<T> envelope;
  private final List<T> items;
  private final int pageNumber;
  private final int pageSize;
  private final int totalPages;
  private final long totalCount;
  private final boolean hasPreviousPage;
  private final boolean hasNextPage;
  private final ApiResponse<List<T>> response;
  private final PageFetcher<T> fetcher;

  private Page(PageEnvelope<T> envelope, ApiResponse<?> raw, PageFetcher<T> fetcher) {
    this.envelope = envelope;
    this.items = envelope.items();
    this.pageNumber = envelope.pageNumber();
    this.pageSize = envelope.pageSize();
    this.totalPages = envelope.totalPages();
    this.totalCount = envelope.totalCount();
    this.hasPreviousPage =
        envelope.hasPreviousPage() != null ? envelope.hasPreviousPage() : pageNumber > 1;
    this.hasNextPage =
        envelope.hasNextPage() != null
            ? envelope.hasNextPage()
            : pageNumber > 0 && pageNumber < totalPages;
    this.response =
        raw == null ? ApiResponse.of(200, Collections.emptyMap(), items) : raw.withValue(items);
    this.fetcher = fetcher;
  }

  /**
   * Creates a page from a decoded answer. SDK modules call this with the response of a list call
   * and a fetcher that repeats the call for another page number.
   *
   * @param response the answer whose value is the envelope; must not be {@code null}, nor its value
   * @param next loads the following pages; {@code null} makes this the last page reachable
   * @param <T> the item type
   * @return the page; never {@code null}
   * @throws NullPointerException if {@code response} or its value is {@code null}
   */
  public static <T> Page<T> of(
      ApiResponse<PageEnvelope<T>> response, @Nullable PageFetcher<T> next) {
    Objects.requireNonNull(response, "response is required");
    PageEnvelope<T> envelope =
        Objects.requireNonNull(response.value(), "response value is required");
    return new Page<>(envelope, response, next);
  }

  /**
   * Creates a page from an envelope alone, as the sandbox and tests do. Its {@link #response()} is
   * a stand-in with status 200 and no headers.
   *
   * @param envelope the page data; must not be {@code null}
   * @param next loads the following pages; {@code null} makes this the last page reachable
   * @param <T> the item type
   * @return the page; never {@code null}
   * @throws NullPointerException if {@code envelope} is {@code null}
   */
  public static <T> Page<T> of(PageEnvelope<T> envelope, @Nullable PageFetcher<T> next) {
    return new Page<>(Objects.requireNonNull(envelope, "envelope is required"), null, next);
  }

  /**
   * Returns the items of this page only.
   *
   * @return an unmodifiable list; never {@code null}; empty for an empty page
   */
  public List<T> items() {
    return items;
  }

  /**
   * Returns the 1-based number of this page.
   *
   * @return the page number, or 0 when the server did not say
   */
  public int pageNumber() {
    return pageNumber;
  }

  /**
   * Returns the page size the server applied (the last page may hold fewer items).
   *
   * @return the page size, or 0 when the server did not say
   */
  public int pageSize() {
    return pageSize;
  }

  /**
   * Returns the number of pages of the listing when this page was loaded.
   *
   * @return the number of pages, or 0 when the server did not say
   */
  public int totalPages() {
    return totalPages;
  }

  /**
   * Returns the number of items on all pages when this page was loaded.
   *
   * @return the count, or 0 when the server did not say
   */
  public long totalCount() {
    return totalCount;
  }

  /**
   * Tells whether a page comes before this one: the server's flag, else {@code pageNumber() > 1}.
   *
   * @return whether there is a previous page
   */
  public boolean hasPreviousPage() {
    return hasPreviousPage;
  }

  /**
   * Tells whether a page follows this one: the server's flag, else {@code pageNumber() <
   * totalPages()}.
   *
   * @return whether there is a next page
   */
  public boolean hasNextPage() {
    return hasNextPage;
  }

  /**
   * Loads the page after this one, if the walk rules of the class documentation let the walk go on
   * from this page. Each call loads it again.
   *
   * @return the next page, or empty when this page ends the walk (no next page claimed, an empty
   *     page, the last of {@code totalPages}) or the page was built without a fetcher
   * @throws io.github.facilioo4j.core.errors.InvalidResponseException when the server answered
   *     another page than the one asked for, or this page claims a page after {@link
   *     Integer#MAX_VALUE}
   * @throws io.github.facilioo4j.core.errors.FaciliooException when the page cannot be loaded
   * @throws NullPointerException if the fetcher returns {@code null}
   */
  public Optional<Page<T>> nextPage() {
    return Optional.ofNullable(fetchNext(PageWalk.from(response.statusCode(), envelope)));
  }

  /**
   * Loads the page the walk standing on this page asks for and lets the walk check it.
   *
   * @return the next page, or {@code null} when the walk ends here
   */
  private @Nullable Page<T> fetchNext(PageWalk<T> walk) {
    if (fetcher == null) {
      return null;
    }
    int wanted = walk.nextPageNumber();
    if (wanted == 0) {
      return null;
    }
    Page<T> next =
        Objects.requireNonNull(fetcher.fetch(wanted), "PageFetcher returned null for " + wanted);
    walk.accept(next.response.statusCode(), next.envelope);
    return next;
  }

  /**
   * Returns the items of this page and all following pages, loading each page only when the
   * iteration reaches it. Each iterator starts again at this page's first item and holds one page
   * at a time; iterators are not thread-safe. The walk ends, or fails, by the rules of the class
   * documentation.
   *
   * @return a lazy iterable; never {@code null}
   */
  public Iterable<T> autoPager() {
    return () -> new PageIterator<>(this);
  }

  /**
   * Returns the items of this page and all following pages as a sequential, ordered stream that
   * loads a page only when the stream needs its first item; {@code limit(n)} loads no more pages
   * than needed. The stream does not split for parallel use. Page failures surface from the
   * terminal operation.
   *
   * @return a lazy stream; never {@code null}
   */
  public Stream<T> stream() {
    return StreamSupport.stream(() -> new PageSpliterator<>(this), Spliterator.ORDERED, false);
  }

  /**
   * Like {@link #autoPager()}, but keeps up to {@code pagesInFlight} pages loading at once, for
   * walks over a slow network: each following page is requested before the iteration reaches it.
   * Items come in order, each exactly once as the sequential walk would give them, and the walk
   * ends or fails by the same rules; the first failure (a page that cannot be loaded, with its
   * typed exception, or an {@code InvalidResponseException}) ends the walk and cancels the pages
   * still loading.
   *
   * <p>What it costs: up to {@code pagesInFlight} requests at once against the server for one walk
   * (each also counts against {@link FaciliooOptions#maxRequests()}), and up to {@code
   * pagesInFlight} pages held besides the one being read. When the consumer stops early, up to
   * {@code pagesInFlight} pages were requested that are never read: closing the iterator (it is
   * {@link AutoCloseable}) cancels them; a loop that just breaks leaves them to complete and be
   * dropped, and requests nothing more. Pages are requested ahead only up to the {@code totalPages}
   * the pages say; without {@code totalPages} the walk is sequential. A fetcher without async
   * support loads each page when it is requested, on the walking thread.
   *
   * @param pagesInFlight how many pages load at once; 1 or more (1 loads the next page while the
   *     current one is read)
   * @return a lazy iterable; never {@code null}; each iterator walks on its own
   * @throws IllegalArgumentException if {@code pagesInFlight} is less than 1
   * @see #stream(int)
   */
  public Iterable<T> autoPager(int pagesInFlight) {
    PagesAhead.check(pagesInFlight);
    return () -> new PagesAhead<>(this, pagesInFlight);
  }

  /**
   * Like {@link #stream()}, with up to {@code pagesInFlight} pages loading at once, as {@link
   * #autoPager(int)} describes; closing the stream cancels the pages still loading, so use it in
   * try-with-resources when the stream may stop early ({@code limit}, {@code findFirst}).
   *
   * @param pagesInFlight how many pages load at once; 1 or more
   * @return a lazy, ordered, sequential stream; never {@code null}
   * @throws IllegalArgumentException if {@code pagesInFlight} is less than 1
   */
  public Stream<T> stream(int pagesInFlight) {
    PagesAhead.check(pagesInFlight);
    PagesAhead<T> pages = new PagesAhead<>(this, pagesInFlight);
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(pages, Spliterator.ORDERED), false)
        .onClose(pages::close);
  }

  int statusCode() {
    return response.statusCode();
  }

  PageEnvelope<T> envelope() {
    return envelope;
  }

  @Nullable PageFetcher<T> fetcher() {
    return fetcher;
  }

  /**
   * Returns the HTTP answer this page came from, with this page's items as its value. A page made
   * by {@link #of(PageEnvelope, PageFetcher)} gets a stand-in with status 200 and no headers.
   *
   * @return the response; never {@code null}
   */
  public ApiResponse<List<T>> response() {
    return response;
  }

  /**
   * Returns the page's numbers and item count, never the items themselves.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "Page{pageNumber="
        + pageNumber
        + ", pageSize="
        + pageSize
        + ", totalPages="
        + totalPages
        + ", totalCount="
        + totalCount
        + ", items="
        + items.size()
        + ", hasNextPage="
        + hasNextPage
        + "}";
  }

  /** Walks the items page by page, holding only the current page. */
  private static final class PageIterator<T> implements Iterator<T> {
    private Page<T> current;
    // Created when the first page is used up, so that making an iterator never fails.
    private PageWalk<T> walk;
    private int index;
    private boolean done;

    PageIterator(Page<T> first) {
      this.current = first;
    }

    @Override
    public boolean hasNext() {
      while (index >= current.items.size()) {
        if (done) {
          return false;
        }
        if (walk == null) {
          walk = PageWalk.from(current.response.statusCode(), current.envelope);
        }
        // On failure the walk and the iterator stay at the current page, so hasNext() may be
        // called again and loads the same page again.
        Page<T> next = current.fetchNext(walk);
        if (next == null) {
          done = true;
          return false;
        }
        current = next;
        index = 0;
      }
      return true;
    }

    @Override
    public T next() {
      if (!hasNext()) {
        throw new NoSuchElementException("no more items");
      }
      return current.items.get(index++);
    }
  }

  /** A spliterator over {@link PageIterator} that never splits, so nothing is read ahead. */
  private static final class PageSpliterator<T> implements Spliterator<T> {
    private final PageIterator<T> iterator;

    PageSpliterator(Page<T> first) {
      this.iterator = new PageIterator<>(first);
    }

    @Override
    public boolean tryAdvance(Consumer<? super T> action) {
      if (!iterator.hasNext()) {
        return false;
      }
      action.accept(iterator.next());
      return true;
    }

    @Override
    public Spliterator<T> trySplit() {
      return null;
    }

    @Override
    public long estimateSize() {
      return Long.MAX_VALUE;
    }

    @Override
    public int characteristics() {
      return Spliterator.ORDERED;
    }
  }
}

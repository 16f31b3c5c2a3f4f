package io.github.facilioo4j.core;

import io.github.facilioo4j.core.internal.PageEnvelope;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
 * it, and hold one page at a time: a page keeps no reference to the pages before it. A walk stops
 * when a page says it has no next page, when a page comes back empty, or when the server answers
 * with a page number not greater than the one before (a misbehaving server cannot make it loop
 * forever). Failures to load a page surface as {@link io.github.facilioo4j.core.errors
 * FaciliooException}s from {@code hasNext()}, {@code nextPage()} or the stream's terminal
 * operation.
 *
 * <p>A page is immutable and thread-safe; the iterators it hands out are not, and each walks
 * independently, loading pages again.
 *
 * @param <T> the item type
 */
public final class Page<T> {
  private static final Logger LOG = LoggerFactory.getLogger(Page.class);

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
  public static <T> Page<T> of(ApiResponse<PageEnvelope<T>> response, PageFetcher<T> next) {
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
  public static <T> Page<T> of(PageEnvelope<T> envelope, PageFetcher<T> next) {
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
   * Loads the page after this one. Each call loads it again.
   *
   * @return the next page, or empty when {@link #hasNextPage()} is false, the page was built
   *     without a fetcher, or the server answered with a page number not greater than this one's
   * @throws io.github.facilioo4j.core.errors.FaciliooException when the page cannot be loaded
   * @throws NullPointerException if the fetcher returns {@code null}
   */
  public Optional<Page<T>> nextPage() {
    if (!hasNextPage || fetcher == null) {
      return Optional.empty();
    }
    int wanted = pageNumber + 1;
    Page<T> next =
        Objects.requireNonNull(fetcher.fetch(wanted), "PageFetcher returned null for " + wanted);
    if (next.pageNumber <= pageNumber) {
      LOG.warn(
          "Stopped paging: asked for page {} but the server answered with page {}",
          wanted,
          next.pageNumber);
      return Optional.empty();
    }
    return Optional.of(next);
  }

  /**
   * Returns the items of this page and all following pages, loading each page only when the
   * iteration reaches it. Each iterator starts again at this page's first item and holds one page
   * at a time; iterators are not thread-safe. The walk stops at a page without a next page, an
   * empty page or a repeated page number (see the class documentation).
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
    private int index;
    private boolean done;

    PageIterator(Page<T> first) {
      this.current = first;
    }

    @Override
    public boolean hasNext() {
      while (index >= current.items.size()) {
        if (done || current.items.isEmpty()) {
          return false; // an empty page ends the walk, even when it claims a next page
        }
        // On failure the iterator stays at the current page, so hasNext() may be called again.
        Optional<Page<T>> next = current.nextPage();
        if (!next.isPresent() || next.get().items.isEmpty()) {
          done = true;
          return false;
        }
        current = next.get();
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

package io.github.facilioo4j.core;

import io.github.facilioo4j.core.errors.FaciliooException;
import io.github.facilioo4j.core.errors.FaciliooIoException;
import io.github.facilioo4j.core.internal.Async;
import io.github.facilioo4j.core.internal.mapping.PageWalk;
import java.io.InterruptedIOException;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.jspecify.annotations.Nullable;

/**
 * The walk of {@link Page#autoPager(int)}: the same {@link PageWalk} as the sequential one decides
 * and checks every page, while up to {@code inFlight} of the following pages are already loading.
 * Pages are requested in order, never beyond the {@code totalPages} the pages say, and only when
 * the consumer asks for more items, so a consumer that stops causes no further requests. Not
 * thread-safe, like any iterator.
 */
final class PagesAhead<T> implements Iterator<T>, AutoCloseable {
  private final int inFlight;
  private final @Nullable PageFetcher<T> fetcher;
  private final PageWalk<T> walk;
  private final ArrayDeque<Loading<T>> ahead = new ArrayDeque<>();
  private List<T> items;
  private int index;
  private int requestedUpTo;
  private boolean done;

  PagesAhead(Page<T> first, int inFlight) {
    this.inFlight = inFlight;
    this.fetcher = first.fetcher();
    this.walk = PageWalk.from(first.statusCode(), first.envelope());
    this.items = first.items();
    this.requestedUpTo = first.pageNumber();
  }

  static void check(int pagesInFlight) {
    if (pagesInFlight < 1) {
      throw new IllegalArgumentException("pagesInFlight must be at least 1: " + pagesInFlight);
    }
  }

  @Override
  public boolean hasNext() {
    while (index >= items.size()) {
      if (done) {
        return false;
      }
      try {
        int wanted = walk.nextPageNumber();
        if (wanted == 0 || fetcher == null) {
          close();
          return false;
        }
        request(wanted);
        Loading<T> head = ahead.poll();
        Page<T> page = await(head);
        walk.accept(page.statusCode(), page.envelope());
        items = page.items();
        index = 0;
      } catch (RuntimeException | Error e) {
        // The first failure ends the walk, as the pages after it cannot be trusted to follow.
        close();
        throw e;
      }
    }
    return true;
  }

  @Override
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more items");
    }
    return items.get(index++);
  }

  /** Ends the walk and cancels the pages still loading. Calling it again has no effect. */
  @Override
  public void close() {
    done = true;
    for (Loading<T> loading : ahead) {
      loading.page.cancel(true);
    }
    ahead.clear();
  }

  /** Keeps pages {@code wanted} and on loading, up to {@link #inFlight} and the known last page. */
  private void request(int wanted) {
    Loading<T> head = ahead.peek();
    if (head == null || head.number != wanted) {
      // Only when the walk asks for another page than the one loading first: start afresh there.
      close();
      done = false;
      requestedUpTo = wanted - 1;
    }
    int last = Math.max(wanted, walk.knownTotalPages());
    PageFetcher<T> pages = fetcher;
    while (ahead.size() < inFlight && requestedUpTo < last) {
      int number = ++requestedUpTo;
      ahead.add(new Loading<>(number, Async.start(() -> pages.fetchAsync(number))));
    }
  }

  private Page<T> await(Loading<T> loading) {
    Page<T> page;
    try {
      page = loading.page.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      InterruptedIOException interrupted = new InterruptedIOException("interrupted");
      interrupted.initCause(e);
      throw new FaciliooIoException(
          "Interrupted while waiting for page " + loading.number, interrupted);
    } catch (ExecutionException e) {
      Throwable failure = Async.unwrap(e);
      if (failure instanceof RuntimeException) {
        throw (RuntimeException) failure;
      }
      if (failure instanceof Error) {
        throw (Error) failure;
      }
      throw new FaciliooException("Loading page " + loading.number + " failed", failure);
    }
    if (page == null) {
      throw new NullPointerException("PageFetcher returned null for " + loading.number);
    }
    return page;
  }

  /** A page requested and its number. */
  private static final class Loading<T> {
    final int number;
    final CompletableFuture<Page<T>> page;

    Loading(int number, CompletableFuture<Page<T>> page) {
      this.number = number;
      this.page = page;
    }
  }
}

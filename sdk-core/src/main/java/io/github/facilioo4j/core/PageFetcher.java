package io.github.facilioo4j.core;

import java.util.concurrent.CompletableFuture;

/**
 * Loads one page of a listing by number; the seam a {@link Page} uses to walk on.
 *
 * <p>SDK modules create fetchers that repeat the original list request with another {@code
 * pageNumber}; tests and the sandbox may supply their own. A fetcher must not keep references to
 * pages it returned earlier, so that a walk holds one page at a time. It is called from the thread
 * that iterates and must be safe for use from several threads if pages are shared between them.
 *
 * <p>The walk checks what the fetcher returns by the rules described at {@link Page}: a page that
 * carries another {@code pageNumber} than the one asked for ends the walk with an {@link
 * io.github.facilioo4j.core.errors.InvalidResponseException}. A walk never asks for a number below
 * 1, and never for one above {@link Integer#MAX_VALUE} (it does not wrap).
 *
 * @param <T> the item type
 */
@FunctionalInterface
public interface PageFetcher<T> {
  /**
   * Loads a page.
   *
   * @param pageNumber the 1-based number of the page to load; 1 or more
   * @return the page; must not be {@code null}
   * @throws io.github.facilioo4j.core.errors.FaciliooException when the page cannot be loaded
   */
  Page<T> fetch(int pageNumber);

  /**
   * Starts loading a page without waiting for it, for walks that keep pages in flight ({@link
   * Page#autoPager(int)}). The default loads it at once on the calling thread; the SDK's own
   * fetchers send an async call. Cancelling the future should stop the load.
   *
   * @param pageNumber the 1-based number of the page to load; 1 or more
   * @return the future page, or the failure {@link #fetch} would have thrown
   */
  default CompletableFuture<Page<T>> fetchAsync(int pageNumber) {
    CompletableFuture<Page<T>> page = new CompletableFuture<>();
    try {
      page.complete(fetch(pageNumber));
    } catch (RuntimeException | Error e) {
      page.completeExceptionally(e);
    }
    return page;
  }
}

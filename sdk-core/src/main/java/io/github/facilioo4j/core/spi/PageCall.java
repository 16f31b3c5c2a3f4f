package io.github.facilioo4j.core.spi;

import io.github.facilioo4j.core.ApiRequest;
import io.github.facilioo4j.core.ApiResponse;
import io.github.facilioo4j.core.FaciliooClient;
import io.github.facilioo4j.core.Page;
import io.github.facilioo4j.core.PageFetcher;
import io.github.facilioo4j.core.internal.mapping.PageEnvelope;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * A call whose answer is one page of a listing. The returned {@link Page} walks on lazily with
 * {@link Page#autoPager()} and {@link Page#stream()}: each following page repeats the same request
 * with another {@code pageNumber} only when the walk reaches it, so one page is held at a time.
 * Pages after the first are loaded on the thread that walks, also when the first came from {@link
 * #executeAsync()}. The walk ends at the last page the envelope justifies and never wraps a page
 * number; a page that is not the one asked for fails it with an {@link
 * io.github.facilioo4j.core.errors.InvalidResponseException} (see {@link Page} for the rules).
 * Every item is checked against the constraints of its generated model. Not thread-safe; see {@link
 * OperationCall}.
 *
 * @param <T> the item type
 * @param <S> the concrete call type
 */
public abstract class PageCall<T, S extends PageCall<T, S>> extends OperationCall<Page<T>, S> {
  /** The query parameter that selects a page. */
  public static final String PAGE_NUMBER = "pageNumber";

  private final Class<? extends PageEnvelope<T>> envelope;

  /**
   * Starts a call.
   *
   * @param client the client to send through; stays owned by the caller
   * @param envelope a subclass of the page envelope fixing the item type, so that the answer can be
   *     decoded by class, read by a {@link Checked.PageReader} that checks every item
   */
  protected PageCall(FaciliooClient client, Class<? extends PageEnvelope<T>> envelope) {
    super(client);
    this.envelope = Objects.requireNonNull(envelope, "envelope");
  }

  /**
   * Sends this call and returns the page as the server's envelope, without a walk attached: for
   * domain verbs of SDK modules that walk a listing under stricter rules (find-or-create). Items
   * are checked as for {@link #execute()}.
   *
   * @return the checked envelope
   * @see #execute()
   */
  public final ApiResponse<PageEnvelope<T>> executeEnvelope() {
    return envelope(client().execute(checkedRequest(), envelope));
  }

  /**
   * Like {@link #executeEnvelope()} without blocking; fails like {@link #executeAsync()}.
   *
   * @return the future checked envelope
   */
  public final CompletableFuture<ApiResponse<PageEnvelope<T>>> executeEnvelopeAsync() {
    return Futures.start(
        () -> Futures.map(client().executeAsync(checkedRequest(), envelope), this::envelope));
  }

  @Override
  protected final ApiResponse<Page<T>> send(ApiRequest request) {
    return toPage(envelope(client().execute(request, envelope)), request);
  }

  @Override
  protected final CompletableFuture<ApiResponse<Page<T>>> sendAsync(ApiRequest request) {
    return Futures.map(
        client().executeAsync(request, envelope), response -> toPage(envelope(response), request));
  }

  private ApiResponse<PageEnvelope<T>> envelope(ApiResponse<? extends PageEnvelope<T>> response) {
    PageEnvelope<T> value = response.value();
    return response.withValue(value);
  }

  private ApiResponse<Page<T>> toPage(ApiResponse<PageEnvelope<T>> page, ApiRequest request) {
    return page.withValue(Page.of(page, fetcher(request)));
  }

  /**
   * Repeats {@code request} for another page number. It captures only the request, which is
   * immutable, never a page, so a walk holds one page at a time; later changes to this call do not
   * affect it.
   */
  private PageFetcher<T> fetcher(ApiRequest request) {
    return new PageFetcher<T>() {
      @Override
      public Page<T> fetch(int number) {
        return send(page(number)).value();
      }

      @Override
      public CompletableFuture<Page<T>> fetchAsync(int number) {
        return Futures.start(() -> Futures.map(sendAsync(page(number)), ApiResponse::value));
      }

      private ApiRequest page(int number) {
        return request.toBuilder().setQuery(PAGE_NUMBER, number).build();
      }
    };
  }
}

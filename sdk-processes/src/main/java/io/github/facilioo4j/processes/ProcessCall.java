package io.github.facilioo4j.processes;

import io.github.facilioo4j.core.ApiRequest;
import io.github.facilioo4j.core.ApiResponse;
import io.github.facilioo4j.core.ApiVersion;
import io.github.facilioo4j.core.FaciliooClient;
import io.github.facilioo4j.core.Language;
import io.github.facilioo4j.core.RequestOptions;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * What every fluent call of {@link ProcessesClient} shares: per-call options and the four ways to
 * send it.
 *
 * <ul>
 *   <li>{@link #execute()} blocks and returns the result;
 *   <li>{@link #executeWithResponse()} blocks and returns the result with the status, headers and
 *       request id of the answer;
 *   <li>{@link #executeAsync()} and {@link #executeWithResponseAsync()} do the same without
 *       blocking.
 * </ul>
 *
 * <p>Before anything is sent, the call checks every rule of the API that can be checked locally and
 * reports all problems at once in one {@link io.github.facilioo4j.core.errors.ValidationException}
 * ({@code isLocal()} is {@code true}); the blocking methods throw it, the async ones return a
 * future that completes exceptionally with it.
 *
 * <p>A call object is a mutable builder and not thread-safe; it may be executed more than once, and
 * each execution sends a new request with the values set at that moment.
 *
 * @param <T> the result type
 * @param <S> the concrete call type, returned by the setters
 */
public abstract class ProcessCall<T, S extends ProcessCall<T, S>> {
  final FaciliooClient core;
  private RequestOptions.Builder options = RequestOptions.builder();

  ProcessCall(FaciliooClient core) {
    this.core = core;
  }

  /**
   * Replaces the per-call options set so far.
   *
   * @param options the overrides; {@link RequestOptions#none()} for the client's settings
   * @return this call
   * @throws NullPointerException if {@code options} is {@code null}
   */
  public final S options(RequestOptions options) {
    this.options = Objects.requireNonNull(options, "options is required").toBuilder();
    return self();
  }

  /**
   * Sets the language of texts in the answer ({@code Accept-Language}) for this call.
   *
   * @param language the language, or {@code null} for the client's
   * @return this call
   */
  public final S language(Language language) {
    options.language(language);
    return self();
  }

  /**
   * Sets the {@code api-version} header for this call.
   *
   * @param apiVersion the version, or {@code null} for the client's
   * @return this call
   */
  public final S apiVersion(ApiVersion apiVersion) {
    options.apiVersion(apiVersion);
    return self();
  }

  /**
   * Sets the whole-call timeout of each attempt of this call.
   *
   * @param timeout a positive duration, or {@code null} for the client's call timeout
   * @return this call
   * @throws IllegalArgumentException if the timeout is zero or negative
   */
  public final S timeout(Duration timeout) {
    options.timeout(timeout);
    return self();
  }

  /**
   * Adds or replaces an extra header for this call; it overrides an SDK header of the same name.
   *
   * @param name the header name; not {@code Authorization}
   * @param value the value
   * @return this call
   * @throws IllegalArgumentException if the name is {@code Authorization} or the header is
   *     malformed
   */
  public final S header(String name, String value) {
    options.header(name, value);
    return self();
  }

  /**
   * Validates and sends the call, blocking until the answer is read.
   *
   * @return the result
   * @throws io.github.facilioo4j.core.errors.ValidationException when a local check fails (nothing
   *     is sent) or the server rejects the values
   * @throws io.github.facilioo4j.core.errors.FaciliooException (a subclass per failure) for any
   *     other error answer, network failure or timeout
   * @throws IllegalStateException when the client is closed
   */
  public final T execute() {
    return executeWithResponse().value();
  }

  /**
   * Like {@link #execute()}, and also returns the status, headers and request id of the answer.
   *
   * @return the answer with the result as its {@code value()}
   * @see #execute()
   */
  public final ApiResponse<T> executeWithResponse() {
    Violations violations = new Violations();
    validate(violations);
    if (!violations.isEmpty()) {
      throw violations.toException();
    }
    return send(request(currentOptions()));
  }

  /**
   * Like {@link #execute()} without blocking. This method does not throw: a failed local check, a
   * closed client and every error of the call complete the future exceptionally with the very
   * exception {@link #execute()} would throw (not wrapped in {@link
   * java.util.concurrent.CompletionException}).
   *
   * <p>Cancelling the returned future stops the call: a call not yet sent (still queued, or waiting
   * for a token or a retry) sends nothing, and one in flight has its HTTP call cancelled (a request
   * already written may have reached the server). Calls still queued when the client is closed
   * complete exceptionally with {@link IllegalStateException} and send nothing.
   *
   * @return the future result
   */
  public final CompletableFuture<T> executeAsync() {
    return Futures.map(executeWithResponseAsync(), ApiResponse::value);
  }

  /**
   * Like {@link #executeWithResponse()} without blocking; fails like {@link #executeAsync()}.
   *
   * @return the future answer
   */
  public final CompletableFuture<ApiResponse<T>> executeWithResponseAsync() {
    return Futures.start(
        () -> {
          Violations violations = new Violations();
          validate(violations);
          if (!violations.isEmpty()) {
            return Futures.failed(violations.toException());
          }
          return sendAsync(request(currentOptions()));
        });
  }

  final RequestOptions currentOptions() {
    return options.build();
  }

  /** Adds every problem of the current values to {@code violations}. */
  abstract void validate(Violations violations);

  /** Builds the request for the current values, which passed {@link #validate}. */
  abstract ApiRequest request(RequestOptions requestOptions);

  abstract ApiResponse<T> send(ApiRequest request);

  abstract CompletableFuture<ApiResponse<T>> sendAsync(ApiRequest request);

  @SuppressWarnings("unchecked")
  private S self() {
    return (S) this;
  }
}

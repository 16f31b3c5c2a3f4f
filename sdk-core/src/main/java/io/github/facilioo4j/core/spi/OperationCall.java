package io.github.facilioo4j.core.spi;

import io.github.facilioo4j.core.ApiRequest;
import io.github.facilioo4j.core.ApiResponse;
import io.github.facilioo4j.core.ApiVersion;
import io.github.facilioo4j.core.FaciliooClient;
import io.github.facilioo4j.core.Language;
import io.github.facilioo4j.core.RequestOptions;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * What every call of an operation shares: per-call options and the four ways to send it.
 *
 * <ul>
 *   <li>{@link #execute()} blocks and returns the result;
 *   <li>{@link #executeWithResponse()} blocks and returns the result with the status, headers and
 *       request id of the answer;
 *   <li>{@link #executeAsync()} and {@link #executeWithResponseAsync()} do the same without
 *       blocking.
 * </ul>
 *
 * <p>Before anything is sent, the call checks every rule of the OpenAPI document that can be
 * checked locally and reports all problems at once in one {@link
 * io.github.facilioo4j.core.errors.ValidationException} ({@code isLocal()} is {@code true}); the
 * blocking methods throw it, the async ones return a future that completes exceptionally with it.
 *
 * <p>A call object is a mutable builder and not thread-safe; it may be executed more than once, and
 * each execution sends a new request with the values set at that moment.
 *
 * @param <T> the result type
 * @param <S> the concrete call type, returned by the setters
 */
public abstract class OperationCall<T, S extends OperationCall<T, S>> {
  private final FaciliooClient client;

  /** The per-call options set so far; {@code null} until one is set, the common case. */
  private RequestOptions.@Nullable Builder options;

  /**
   * Starts a call sent through {@code client}.
   *
   * @param client the client; stays owned by the caller
   */
  protected OperationCall(FaciliooClient client) {
    this.client = Objects.requireNonNull(client, "client is required");
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
  public final S language(@Nullable Language language) {
    options().language(language);
    return self();
  }

  /**
   * Sets the {@code api-version} header for this call.
   *
   * @param apiVersion the version, or {@code null} for the client's
   * @return this call
   */
  public final S apiVersion(@Nullable ApiVersion apiVersion) {
    options().apiVersion(apiVersion);
    return self();
  }

  /**
   * Sets the whole-call timeout of each attempt of this call.
   *
   * @param timeout a positive duration, or {@code null} for the client's call timeout
   * @return this call
   * @throws IllegalArgumentException if the timeout is zero or negative
   */
  public final S timeout(@Nullable Duration timeout) {
    options().timeout(timeout);
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
    options().header(name, value);
    return self();
  }

  /**
   * Validates and sends the call, blocking until the answer is read.
   *
   * @return the result
   * @throws io.github.facilioo4j.core.errors.ValidationException when a local check fails (nothing
   *     is sent) or the server rejects the values
   * @throws io.github.facilioo4j.core.errors.InvalidResponseException when a 2xx answer lacks what
   *     the document says it always holds, such as a required {@code id}
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
    return send(checkedRequest());
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
    return Futures.start(() -> sendAsync(checkedRequest()));
  }

  /**
   * Validates the current values and builds the request from them.
   *
   * @return the request to send
   * @throws io.github.facilioo4j.core.errors.ValidationException listing every local problem
   */
  protected final ApiRequest checkedRequest() {
    Violations violations = new Violations();
    validate(violations);
    violations.throwIfAny();
    return request(requestOptions());
  }

  /**
   * Returns the client this call is sent through.
   *
   * @return the client
   */
  protected final FaciliooClient client() {
    return client;
  }

  /**
   * Returns the per-call options set so far, for domain verbs that send further calls with them.
   *
   * @return the options; later changes to this call do not change them
   */
  public final RequestOptions requestOptions() {
    RequestOptions.Builder set = options;
    return set == null ? RequestOptions.none() : set.build();
  }

  private RequestOptions.Builder options() {
    RequestOptions.Builder set = options;
    if (set == null) {
      set = RequestOptions.builder();
      options = set;
    }
    return set;
  }

  /**
   * Adds every problem of the current values to {@code violations}.
   *
   * @param violations collects the problems
   */
  protected abstract void validate(Violations violations);

  /**
   * Builds the request for the current values, which passed {@link #validate}.
   *
   * @param requestOptions the per-call options to send with
   * @return the request
   */
  protected abstract ApiRequest request(RequestOptions requestOptions);

  /**
   * Sends a request built by {@link #request} and checks the answer.
   *
   * @param request the request
   * @return the checked answer
   */
  protected abstract ApiResponse<T> send(ApiRequest request);

  /**
   * Sends a request without blocking and checks the answer.
   *
   * @param request the request
   * @return the future checked answer; fails with the exception {@link #send} would throw
   */
  protected abstract CompletableFuture<ApiResponse<T>> sendAsync(ApiRequest request);

  @SuppressWarnings("unchecked")
  private S self() {
    return (S) this;
  }
}

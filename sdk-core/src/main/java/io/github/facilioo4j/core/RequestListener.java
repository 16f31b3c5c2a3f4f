package io.github.facilioo4j.core;

import org.jspecify.annotations.Nullable;

/**
 * Sees every attempt the client sends: each retry, the replay after a renewed token, and the login
 * and refresh calls of a {@link LoginTokenProvider}, each exactly once. Meant for metrics and
 * traces; set it with {@link FaciliooOptions.Builder#requestListener}. By default there is none.
 *
 * <pre>{@code
 * FaciliooOptions options = FaciliooOptions.builder()
 *     .token(token)
 *     .requestListener(attempt -> result ->
 *         metrics.record(result.attempt().operationId().orElse("other"), result.outcome(),
 *             result.duration()))
 *     .build();
 * }</pre>
 *
 * <p>What a listener is shown names the operation and its route template (such as {@code
 * /api/processes/{id}}), never the concrete path, query, headers or bodies, so it never holds a
 * secret and is safe as a low-cardinality metric tag.
 *
 * <p><b>Threads.</b> One listener serves all calls of a client and the clients derived from it, so
 * it must be thread-safe. {@link #attemptStarted} runs on the thread that sends the attempt, just
 * before it is sent; the {@link AttemptEnd} it returns is called once, on that same thread, when
 * the attempt ends, before anything else happens on that thread (so a scope opened at the start,
 * such as a tracing span's, can be closed at the end). For an async call that thread is the OkHttp
 * dispatcher thread running the attempt, also when the future is cancelled from another thread; an
 * async attempt that ends before it reaches one (no rate-limit permit, a closed client, a cancel
 * while waiting) begins and ends on the thread that completes it. Both should return quickly: they
 * run on the request path.
 *
 * <p><b>Failures.</b> A {@link RuntimeException} thrown by either callback is logged at WARN on the
 * logger {@code io.github.facilioo4j.core.ObservingTransport} and otherwise ignored: the call goes
 * on as if there were no listener.
 */
@FunctionalInterface
public interface RequestListener {
  /**
   * Called just before an attempt is sent.
   *
   * @param attempt what is about to be sent
   * @return what to tell how this attempt ended; {@code null} when nothing is to be told
   */
  @Nullable AttemptEnd attemptStarted(RequestAttempt attempt);

  /** Told how one attempt ended; see {@link RequestListener} for threads and failures. */
  @FunctionalInterface
  interface AttemptEnd {
    /**
     * Called once when the attempt ended: its response headers arrived, or it failed.
     *
     * @param result how it ended
     */
    void attemptEnded(AttemptResult result);
  }
}

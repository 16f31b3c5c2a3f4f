package io.github.facilioo4j.core;

import io.github.facilioo4j.core.http.HttpResponse;
import org.jspecify.annotations.Nullable;

/**
 * What the OkHttp adapter tells about an async attempt on the thread that sends it, so that a
 * {@link RequestListener} can begin and end the attempt on one thread although the caller's thread
 * never sends. An attempt that ends without a call (no rate-limit permit, a closed client) tells
 * the hook nothing. Implementations must be thread-safe, tolerate repeated calls and return
 * quickly.
 */
interface SendHook {
  /** Tells nothing. */
  SendHook NONE =
      new SendHook() {
        @Override
        public void sending() {}

        @Override
        public void callEnded(@Nullable HttpResponse response, @Nullable Throwable failure) {}
      };

  /** Called on the thread that runs the attempt's call, before any interceptor sees it. */
  void sending();

  /**
   * Called on that same thread once the call ended and the attempt's future was completed (or found
   * completed already, for example cancelled from another thread).
   *
   * @param response the answer, possibly closed already; {@code null} when the call failed
   * @param failure why the call failed; {@code null} when it was answered
   */
  void callEnded(@Nullable HttpResponse response, @Nullable Throwable failure);
}

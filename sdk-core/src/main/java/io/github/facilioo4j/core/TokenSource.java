package io.github.facilioo4j.core;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The tokens of one client, as {@link AuthenticatingTransport} asks for them: a token provider seen
 * through the client that uses it, so that every token is one issued by that client's API.
 * Implementations are thread-safe.
 */
interface TokenSource {
  /**
   * Returns a token to send now, waiting at most {@code maxWait} for a login or renewal.
   *
   * @param maxWait how long the calling request may wait; positive
   * @return the token without the {@code Bearer } prefix; never {@code null}, never blank, only
   *     visible ASCII characters
   * @throws io.github.facilioo4j.core.errors.FaciliooException when no token can be obtained in
   *     time, including a {@link io.github.facilioo4j.core.errors.FaciliooTimeoutException} when
   *     the wait ran out and a {@link io.github.facilioo4j.core.errors.FaciliooIoException} when
   *     the thread was interrupted (its interrupt flag stays set)
   */
  String token(Duration maxWait);

  /**
   * Returns a token without blocking the caller: the default runs {@link #token(Duration)} on
   * {@code blocking}, as the application's own providers may block.
   *
   * @param maxWait how long the calling request may wait; positive
   * @param blocking where a provider that may block runs
   * @param timer ends waits that last longer than {@code maxWait}
   * @return the token, or the failure {@link #token(Duration)} would have thrown, unwrapped
   */
  default CompletableFuture<String> tokenAsync(Duration maxWait, Executor blocking, Timer timer) {
    CompletableFuture<String> token = new CompletableFuture<>();
    blocking.execute(
        () -> {
          if (token.isDone()) {
            return; // cancelled while queued: the provider is not even asked
          }
          try {
            token.complete(token(maxWait));
          } catch (RuntimeException | Error e) {
            token.completeExceptionally(e);
          }
        });
    return token;
  }

  /**
   * Tells whether a token rejected with 401 can be replaced by another.
   *
   * @return whether {@link #invalidate(String)} followed by {@link #token(Duration)} may yield a
   *     different token
   */
  boolean canRenew();

  /**
   * Reports that the server rejected a token; a token other than the current one is ignored.
   *
   * @param rejectedToken the token the server answered 401 to
   */
  void invalidate(String rejectedToken);
}

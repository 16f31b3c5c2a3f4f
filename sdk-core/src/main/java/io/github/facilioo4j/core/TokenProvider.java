package io.github.facilioo4j.core;

import java.util.function.Supplier;

/**
 * Supplies the bearer token sent in the {@code Authorization} header of every request.
 *
 * <p>The SDK asks for a token before each attempt. When the server answers 401 and {@link
 * #canRenew()} is true, it calls {@link #invalidate(String)} with the rejected token, asks for a
 * token again and replays the request once.
 *
 * <p>Implementations must be thread-safe, and their {@code toString()} must never reveal a token.
 * The SDK ships three: {@link #of(String)}, {@link #fromSupplier(Supplier)} and {@link
 * LoginTokenProvider}.
 */
public interface TokenProvider {
  /**
   * Returns a token that is valid now, renewing it first if needed.
   *
   * <p>A client turns anything else this method throws, a {@code null} and a token it cannot send
   * (blank, with whitespace or non-ASCII characters) into a {@code FaciliooException} whose cause
   * is the original exception, for blocking and async calls alike; nothing is sent then.
   *
   * @return the token without the {@code Bearer } prefix
   * @throws io.github.facilioo4j.core.errors.FaciliooException when no token can be obtained, for
   *     example an {@code UnauthorizedException} when a login is refused
   */
  String token();

  /**
   * Tells whether {@link #invalidate(String)} followed by {@link #token()} can yield a different
   * token, so that a request rejected with 401 is worth replaying.
   *
   * @return {@code false} unless overridden
   */
  default boolean canRenew() {
    return false;
  }

  /**
   * Reports that the server rejected a token, so that the next {@link #token()} call renews it. A
   * token other than the current one is ignored, so that concurrent callers renew only once.
   *
   * @param rejectedToken the token the server answered 401 to
   */
  default void invalidate(String rejectedToken) {}

  /**
   * Returns a provider of one fixed token.
   *
   * @param token the token, without the {@code Bearer } prefix
   * @return the provider; it cannot renew
   * @throws IllegalArgumentException when the token is blank or contains whitespace
   */
  static TokenProvider of(String token) {
    return new StaticTokenProvider(StaticTokenProvider.check(token));
  }

  /**
   * Returns a provider that asks a supplier for the token before each attempt, for tokens managed
   * elsewhere in the application. The provider reports that it can renew: after a 401 the SDK asks
   * the supplier once more and replays the request if the supplier returns a different token.
   *
   * <p>When the supplier throws, returns {@code null} or returns an unusable token, the call fails
   * with a {@link io.github.facilioo4j.core.errors.FaciliooException} (whose cause is what the
   * supplier threw) and nothing is sent.
   *
   * @param supplier returns the current token; called from any thread; must not return {@code null}
   * @return the provider
   */
  static TokenProvider fromSupplier(Supplier<String> supplier) {
    return new SupplierTokenProvider(supplier);
  }
}

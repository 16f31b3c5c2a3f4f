package io.github.facilioo4j.core;

import io.github.facilioo4j.core.errors.FaciliooException;
import io.github.facilioo4j.core.http.HttpTransport;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The tokens of one client. A {@link LoginTokenProvider} is seen through the client's own API and
 * login endpoint, without binding the provider to the client; any other provider is asked as it is,
 * and whatever it throws or returns reaches the caller as a {@link FaciliooException}, never raw.
 * Thread-safe.
 */
final class ClientTokens implements TokenSource {
  private final TokenProvider provider;
  // The SDK's own fixed and supplier providers check their tokens themselves.
  private final boolean checksTokens;

  private ClientTokens(TokenProvider provider) {
    this.provider = provider;
    this.checksTokens =
        provider instanceof StaticTokenProvider || provider instanceof SupplierTokenProvider;
  }

  /**
   * Returns the tokens of a client with these options.
   *
   * @param options the client's options, naming the provider and the client's API
   * @param loginTransport how a login provider reaches the client's API, without authentication
   */
  static TokenSource of(FaciliooOptions options, HttpTransport loginTransport) {
    TokenProvider provider = options.tokenProvider();
    if (provider instanceof LoginTokenProvider) {
      return ((LoginTokenProvider) provider).tokensFor(loginTransport, options);
    }
    return new ClientTokens(provider);
  }

  @Override
  public String token(Duration maxWait) {
    String token;
    try {
      token = provider.token();
    } catch (FaciliooException e) {
      throw e;
    } catch (RuntimeException e) {
      throw failed("token()", e);
    }
    if (checksTokens) {
      return token;
    }
    if (token == null) {
      throw new FaciliooException("The token provider " + name() + " returned null");
    }
    try {
      return StaticTokenProvider.check(token);
    } catch (IllegalArgumentException e) {
      // The check's message names the flaw, never the token.
      throw new FaciliooException(
          "The token provider " + name() + " returned an unusable token: " + e.getMessage());
    }
  }

  /** A fixed token is handed out at once; any other provider may block, so it runs elsewhere. */
  @Override
  public CompletableFuture<String> tokenAsync(Duration maxWait, Executor blocking, Timer timer) {
    if (!(provider instanceof StaticTokenProvider)) {
      return TokenSource.super.tokenAsync(maxWait, blocking, timer);
    }
    CompletableFuture<String> token = new CompletableFuture<>();
    try {
      token.complete(token(maxWait));
    } catch (RuntimeException e) {
      token.completeExceptionally(e);
    }
    return token;
  }

  @Override
  public boolean canRenew() {
    try {
      return provider.canRenew();
    } catch (RuntimeException e) {
      throw failed("canRenew()", e);
    }
  }

  @Override
  public void invalidate(String rejectedToken) {
    try {
      provider.invalidate(rejectedToken);
    } catch (FaciliooException e) {
      throw e;
    } catch (RuntimeException e) {
      throw failed("invalidate()", e);
    }
  }

  /** Wraps a provider's failure; its message may hold a secret, so only its type is named. */
  private FaciliooException failed(String method, RuntimeException e) {
    return new FaciliooException(
        "The token provider "
            + name()
            + " failed in "
            + method
            + ": "
            + e.getClass().getName()
            + " (see the cause)",
        e);
  }

  /** The provider's class, not its {@code toString()}, which an application may have written. */
  private String name() {
    return provider.getClass().getName();
  }

  @Override
  public String toString() {
    return "ClientTokens{" + provider + "}";
  }
}

package io.github.facilioo4j.core;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** An access token with its optional refresh token and expiry. Immutable. */
final class LoginToken {
  final String access;
  final String refresh;
  final Instant expiresAt;
  final boolean rejected;

  private LoginToken(String access, String refresh, Instant expiresAt, boolean rejected) {
    this.access = access;
    this.refresh = refresh;
    this.expiresAt = expiresAt;
    this.rejected = rejected;
  }

  /** A new token whose expiry is read from its JWT {@code exp} claim, when it has one. */
  static LoginToken of(String access, String refresh) {
    return new LoginToken(access, refresh, JwtExpiry.of(access), false);
  }

  /** Whether the token is still good for at least {@code margin}, and was not rejected. */
  boolean isFresh(Clock clock, Duration margin) {
    return !rejected && (expiresAt == null || clock.instant().plus(margin).isBefore(expiresAt));
  }

  LoginToken rejected() {
    return new LoginToken(access, refresh, expiresAt, true);
  }

  @Override
  public String toString() {
    return "LoginToken{****}";
  }
}

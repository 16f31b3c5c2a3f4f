package io.github.facilioo4j.core;

import java.time.Duration;
import java.time.Instant;

/** An access token with its optional refresh token, expiry and renewal time. Immutable. */
final class LoginToken {
  final String access;
  final String refresh;

  /** When the token expires on the local clock, or {@code null} when unknown. */
  final Instant expiresAt;

  /** When to renew it, or {@code null} to use it until the server rejects it. */
  final Instant renewAt;

  final boolean rejected;

  /**
   * Whether this API refused the refresh token as a bearer and took it in a JSON body instead, so
   * that the next refresh goes straight to the body form.
   */
  final boolean refreshByBody;

  private LoginToken(
      String access,
      String refresh,
      Instant expiresAt,
      Instant renewAt,
      boolean rejected,
      boolean refreshByBody) {
    this.access = access;
    this.refresh = refresh;
    this.expiresAt = expiresAt;
    this.renewAt = renewAt;
    this.rejected = rejected;
    this.refreshByBody = refreshByBody;
  }

  /**
   * A token just received. It is renewed {@code margin} before it expires, but at most a quarter of
   * its lifetime before: a token that lives shorter than the margin, however short, is used for
   * three quarters of its life instead of costing a login on every call.
   */
  static LoginToken of(String access, String refresh, Instant receivedAt, Duration margin) {
    Instant expiresAt = JwtExpiry.of(access, receivedAt);
    Instant renewAt = null;
    if (expiresAt != null) {
      Duration quarter = Duration.between(receivedAt, expiresAt).dividedBy(4);
      renewAt = expiresAt.minus(margin.compareTo(quarter) < 0 ? margin : quarter);
    }
    return new LoginToken(access, refresh, expiresAt, renewAt, false, false);
  }

  /** Whether the token should be replaced before it is sent at {@code now}. */
  boolean needsRenewal(Instant now) {
    return rejected || (renewAt != null && !now.isBefore(renewAt));
  }

  /** Whether the token may still be sent at {@code now} should its renewal fail. */
  boolean isUsable(Instant now) {
    return !rejected && (expiresAt == null || now.isBefore(expiresAt));
  }

  LoginToken rejected() {
    return new LoginToken(access, refresh, expiresAt, renewAt, true, refreshByBody);
  }

  /** This token, remembering that its API refreshes with the body form. */
  LoginToken refreshingByBody() {
    return new LoginToken(access, refresh, expiresAt, renewAt, rejected, true);
  }

  @Override
  public String toString() {
    return "LoginToken{****}";
  }
}

package io.github.facilioo4j.core;

import io.github.facilioo4j.core.errors.FaciliooException;
import java.util.Objects;
import java.util.function.Supplier;

/** Asks a supplier for the token before each attempt. */
final class SupplierTokenProvider implements TokenProvider {
  private final Supplier<String> supplier;

  SupplierTokenProvider(Supplier<String> supplier) {
    this.supplier = Objects.requireNonNull(supplier, "supplier");
  }

  /**
   * Asks the supplier.
   *
   * @throws FaciliooException when the supplier throws (the cause; its message, which may hold a
   *     secret, is not repeated), returns {@code null} or returns an unusable token
   */
  @Override
  public String token() {
    String token;
    try {
      token = supplier.get();
    } catch (FaciliooException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new FaciliooException(
          "The token supplier failed: " + e.getClass().getName() + " (see the cause)", e);
    }
    if (token == null) {
      throw new FaciliooException("The token supplier returned null");
    }
    try {
      return StaticTokenProvider.check(token);
    } catch (IllegalArgumentException e) {
      // The check's message names the flaw, never the token.
      throw new FaciliooException(
          "The token supplier returned an unusable token: " + e.getMessage());
    }
  }

  @Override
  public boolean canRenew() {
    return true;
  }

  @Override
  public String toString() {
    return "TokenProvider.fromSupplier(****)";
  }
}

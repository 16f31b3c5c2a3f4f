package io.github.facilioo4j.core;

import java.util.Objects;
import java.util.function.Supplier;

/** Asks a supplier for the token before each attempt. */
final class SupplierTokenProvider implements TokenProvider {
  private final Supplier<String> supplier;

  SupplierTokenProvider(Supplier<String> supplier) {
    this.supplier = Objects.requireNonNull(supplier, "supplier");
  }

  @Override
  public String token() {
    String token = supplier.get();
    if (token == null) {
      throw new IllegalStateException("the token supplier returned null");
    }
    return StaticTokenProvider.check(token);
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

package io.github.facilioo4j.processes;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The type of a unit contract ({@code ContractRead.typeId()}): an open set of documented values. A
 * value the SDK does not know stays readable: {@link #of(Integer)} gives it with the name {@code
 * "Unknown(12)"}. Compare with {@link #equals(Object)}. Immutable and thread-safe.
 *
 * <pre>{@code
 * if (ContractType.TENANT.equals(ContractType.of(contract.typeId()))) { ... }
 * }</pre>
 */
public final class ContractType {
  /** 1: chair of the owners' board. */
  public static final ContractType BOARD_CHAIRMAN = new ContractType(1, "BoardChairman");

  /** 2: member of the owners' board. */
  public static final ContractType BOARD_MEMBER = new ContractType(2, "BoardMember");

  /** 3: owner of the unit. */
  public static final ContractType OWNER = new ContractType(3, "Owner");

  /** 4: tenant of the unit. */
  public static final ContractType TENANT = new ContractType(4, "Tenant");

  /** 5: subtenant. */
  public static final ContractType SUBTENANT = new ContractType(5, "Subtenant");

  /** 6: resident. */
  public static final ContractType RESIDENT = new ContractType(6, "Resident");

  /** 7: special owner. */
  public static final ContractType SPECIAL_OWNER = new ContractType(7, "SpecialOwner");

  /** 8: owner of the property. */
  public static final ContractType PROPERTY_OWNER = new ContractType(8, "PropertyOwner");

  /** 9: authorised recipient. */
  public static final ContractType AUTHORIZED_RECIPIENT =
      new ContractType(9, "AuthorizedRecipient");

  private static final ContractType[] KNOWN = {
    BOARD_CHAIRMAN,
    BOARD_MEMBER,
    OWNER,
    TENANT,
    SUBTENANT,
    RESIDENT,
    SPECIAL_OWNER,
    PROPERTY_OWNER,
    AUTHORIZED_RECIPIENT
  };

  private final int value;
  private final String name;

  private ContractType(int value, String name) {
    this.value = value;
    this.name = name;
  }

  /**
   * Returns the type for a wire value, known or not.
   *
   * @param value the {@code typeId} of a contract; may be {@code null}
   * @return the type, or {@code null} when {@code value} is {@code null}
   */
  public static @Nullable ContractType of(@Nullable Integer value) {
    if (value == null) {
      return null;
    }
    for (ContractType known : KNOWN) {
      if (known.value == value) {
        return known;
      }
    }
    return new ContractType(value, "Unknown(" + value + ")");
  }

  /**
   * Returns the type with a documented name, ignoring case ({@code "tenant"}, {@code "Tenant"}).
   *
   * @param name a documented name such as {@code Tenant} or {@code SpecialOwner}
   * @return the type
   * @throws IllegalArgumentException when no documented type has this name
   */
  public static ContractType named(String name) {
    Objects.requireNonNull(name, "name is required");
    for (ContractType known : KNOWN) {
      if (known.name.equalsIgnoreCase(name.replace("_", ""))) {
        return known;
      }
    }
    throw new IllegalArgumentException("unknown contract type: " + name);
  }

  /**
   * Returns the wire value.
   *
   * @return the value sent as {@code typeId}
   */
  public int value() {
    return value;
  }

  /**
   * Returns the documented name, or {@code Unknown(n)}.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Tells whether this is one of the documented values.
   *
   * @return whether the SDK knows this value
   */
  public boolean isKnown() {
    return value >= 1 && value <= KNOWN.length;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ContractType && ((ContractType) other).value == value;
  }

  @Override
  public int hashCode() {
    return value;
  }

  /** Returns the name and value, e.g. {@code Tenant(4)}. */
  @Override
  public String toString() {
    return isKnown() ? name + "(" + value + ")" : name;
  }
}

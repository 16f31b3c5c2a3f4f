package io.github.facilioo4j.core;

import java.util.Objects;

/**
 * The facilioo API version sent in the {@code api-version} header of every request.
 *
 * <p>The SDK always sends the header, so that a change of the server's default cannot change what
 * an application receives.
 */
public enum ApiVersion {
  /** Version 1.0 of the API. */
  V1("1.0"),
  /** Version 2.0 of the API, the SDK's default. */
  V2("2.0");

  private final String value;

  ApiVersion(String value) {
    this.value = value;
  }

  /**
   * Parses a version as written in configuration.
   *
   * @param version {@code 1}, {@code 1.0}, {@code 2} or {@code 2.0}; surrounding blanks are ignored
   * @return the version
   * @throws IllegalArgumentException naming the value when it is not one of those
   */
  public static ApiVersion of(String version) {
    Objects.requireNonNull(version, "version");
    switch (version.trim()) {
      case "1":
      case "1.0":
        return V1;
      case "2":
      case "2.0":
        return V2;
      default:
        throw new IllegalArgumentException(
            "unsupported api version \"" + version + "\": use 1, 1.0, 2 or 2.0");
    }
  }

  /**
   * Returns the header value.
   *
   * @return {@code 1.0} or {@code 2.0}
   */
  public String value() {
    return value;
  }

  /** Returns the header value, such as {@code 2.0}. */
  @Override
  public String toString() {
    return value;
  }
}

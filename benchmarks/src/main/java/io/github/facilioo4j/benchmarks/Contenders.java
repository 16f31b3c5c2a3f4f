package io.github.facilioo4j.benchmarks;

import okhttp3.OkHttpClient;

/** Creates contenders by name: {@code floor}, {@code sdk} or {@code generated}. */
public final class Contenders {
  private Contenders() {}

  /**
   * Creates a contender.
   *
   * @param name {@code floor}, {@code sdk} or {@code generated}
   * @param http the OkHttp client it calls through, or {@code null} for the SDK to build its own;
   *     the caller keeps ownership
   * @param baseUrl the API base URL
   * @return a new contender
   * @throws IllegalArgumentException for an unknown name
   */
  public static Contender create(String name, OkHttpClient http, String baseUrl) {
    switch (name) {
      case "floor":
        return new FloorContender(http, baseUrl);
      case "sdk":
        return new SdkContender(http, baseUrl);
      case "generated":
        return new GeneratedContender(http, baseUrl);
      default:
        throw new IllegalArgumentException("unknown contender: " + name);
    }
  }
}

package io.github.facilioo4j.benchmarks;

import okhttp3.OkHttpClient;

/**
 * One cold start: build a client the way a new user would, create one process against the given
 * server, close everything and exit. {@link ColdStartDriver} times whole JVMs running this.
 */
public final class ColdStartMain {
  private ColdStartMain() {}

  /**
   * Runs one cold start.
   *
   * @param args contender ({@code floor} or {@code sdk}) and base URL
   */
  public static void main(String[] args) {
    String contender = args[0];
    String baseUrl = args[1];
    // As a new user would: the floor needs an OkHttp client of its own, the SDK builds one itself.
    OkHttpClient http = "floor".equals(contender) ? new OkHttpClient() : null;
    try (Contender client = Contenders.create(contender, http, baseUrl)) {
      if (client.create() == null) {
        throw new IllegalStateException("create returned nothing");
      }
    } finally {
      if (http != null) {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
      }
    }
  }
}

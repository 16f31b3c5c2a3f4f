package io.github.facilioo4j.benchmarks;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;

/**
 * A {@link LoopbackServer} with one OkHttp configuration shared by the contenders the loopback
 * benchmarks call it through. Each contender made here has answered one retrieve before it is
 * handed out, so that its connection and its classes are warm; {@link #close()} closes them all.
 */
final class LoopbackRig implements AutoCloseable {
  final LoopbackServer server;
  final OkHttpClient http;
  private final List<Contender> contenders = new ArrayList<>();

  private LoopbackRig(LoopbackServer server, OkHttpClient http) {
    this.server = server;
    this.http = http;
  }

  /**
   * Starts a server and the OkHttp client the contenders share.
   *
   * @param serverThreads the server's worker threads
   * @param connections the idle connections the pool keeps: one per concurrent caller
   * @throws IOException when the server cannot start
   */
  static LoopbackRig start(int serverThreads, int connections) throws IOException {
    OkHttpClient http =
        new OkHttpClient.Builder()
            .connectionPool(new ConnectionPool(connections, 5, TimeUnit.MINUTES))
            .build();
    return new LoopbackRig(LoopbackServer.start(serverThreads), http);
  }

  /** A warm contender on the shared OkHttp client. */
  Contender contender(String name) {
    return contender(name, http);
  }

  /** A warm contender on {@code client}, which must share the rig's dispatcher and pool. */
  Contender contender(String name, OkHttpClient client) {
    Contender contender = Contenders.create(name, client, server.baseUrl());
    contenders.add(contender);
    contender.retrieve(Fixtures.PROCESS_ID);
    return contender;
  }

  @Override
  public void close() {
    contenders.forEach(Contender::close);
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
    server.close();
  }
}

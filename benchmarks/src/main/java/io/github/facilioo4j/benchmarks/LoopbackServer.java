package io.github.facilioo4j.benchmarks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A tiny HTTP/1.1 server on the loopback interface that answers every Processes call with the
 * canned JSON of {@link Fixtures}. It records nothing, so that millions of requests cost no memory.
 * Used for the throughput and cold-start figures, where a real socket is the point.
 */
public final class LoopbackServer implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService workers;

  private LoopbackServer(HttpServer server, ExecutorService workers) {
    this.server = server;
    this.workers = workers;
  }

  /**
   * Starts a server on an ephemeral loopback port.
   *
   * @param threads worker threads
   * @return the running server; close it
   * @throws IOException when the port cannot be bound
   */
  public static LoopbackServer start(int threads) throws IOException {
    // Without TCP_NODELAY the server's separate header and body writes meet the client's delayed
    // ACK,
    // and every call waits ~40 ms: that would measure the kernel, not the client.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
    ExecutorService workers =
        Executors.newFixedThreadPool(
            threads,
            task -> {
              Thread thread = new Thread(task, "loopback-server");
              thread.setDaemon(true);
              return thread;
            });
    server.setExecutor(workers);
    server.createContext("/", LoopbackServer::handle);
    server.start();
    return new LoopbackServer(server, workers);
  }

  /**
   * The base URL to give clients.
   *
   * @return for example {@code http://127.0.0.1:40123}
   */
  public String baseUrl() {
    return "http://"
        + server.getAddress().getAddress().getHostAddress()
        + ":"
        + server.getAddress().getPort();
  }

  private static void handle(HttpExchange exchange) throws IOException {
    try (InputStream in = exchange.getRequestBody()) {
      in.transferTo(OutputStream.nullOutputStream());
    }
    String path = exchange.getRequestURI().getPath();
    byte[] body;
    int status = 200;
    if (exchange.getRequestHeaders().getFirst("Authorization") == null) {
      body = "{\"status\":401}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
      status = 401;
    } else if ("GET".equals(exchange.getRequestMethod()) && path.equals("/api/processes")) {
      body = Fixtures.firstPageJson();
    } else if (path.startsWith("/api/processes")) {
      body = Fixtures.processJson();
    } else {
      body = "{\"status\":404}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
      status = 404;
    }
    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  /** Stops the server at once. */
  @Override
  public void close() {
    server.stop(0);
    workers.shutdownNow();
  }

  /**
   * Runs a server until the process is killed, printing its base URL; for trying clients by hand.
   *
   * @param args ignored
   * @throws Exception when it cannot start
   */
  public static void main(String[] args) throws Exception {
    LoopbackServer server = start(4);
    System.out.println(server.baseUrl());
    Thread.currentThread().join();
  }
}

package io.github.facilioo4j.benchmarks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A loopback HTTP/1.1 server that answers every Processes call after a fixed latency without
 * holding a thread while it waits: the handler returns at once and a scheduler writes the answer
 * when it is due, so thousands of requests can wait at once on a few threads, and the server's CPU
 * per request (one small write) stays far below the client's. {@code GET /api/processes/{id}}
 * answers process {@code id}; {@code GET /api/processes?pageNumber=n} answers page {@code n} of the
 * 100,000-process listing of {@link Fixtures}.
 */
public final class LatencyServer implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService acceptor;
  private final ScheduledExecutorService writers;
  private final long latencyMicros;

  private LatencyServer(
      HttpServer server,
      ExecutorService acceptor,
      ScheduledExecutorService writers,
      long latencyMicros) {
    this.server = server;
    this.acceptor = acceptor;
    this.writers = writers;
    this.latencyMicros = latencyMicros;
  }

  /**
   * Starts a server on an ephemeral loopback port.
   *
   * @param latencyMillis how long every answer is held back
   * @return the running server; close it
   * @throws IOException when the port cannot be bound
   */
  public static LatencyServer start(long latencyMillis) throws IOException {
    System.setProperty("sun.net.httpserver.nodelay", "true");
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 4096);
    ExecutorService acceptor = Executors.newSingleThreadExecutor(daemon("latency-server"));
    ScheduledExecutorService writers =
        Executors.newScheduledThreadPool(2, daemon("latency-server-writer"));
    LatencyServer latency =
        new LatencyServer(server, acceptor, writers, TimeUnit.MILLISECONDS.toMicros(latencyMillis));
    server.setExecutor(acceptor);
    server.createContext("/", latency::handle);
    server.start();
    return latency;
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return task -> {
      Thread thread = new Thread(task, name);
      thread.setDaemon(true);
      return thread;
    };
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

  private void handle(HttpExchange exchange) throws IOException {
    try (InputStream in = exchange.getRequestBody()) {
      in.transferTo(OutputStream.nullOutputStream());
    }
    String path = exchange.getRequestURI().getPath();
    String query = exchange.getRequestURI().getRawQuery();
    byte[] body;
    if (path.equals("/api/processes")) {
      body = Fixtures.page(pageNumber(query));
    } else if (path.startsWith("/api/processes/")) {
      body = Fixtures.processJson(Integer.parseInt(path.substring("/api/processes/".length())));
    } else {
      body = "{}".getBytes(StandardCharsets.UTF_8);
    }
    writers.schedule(() -> answer(exchange, body), latencyMicros, TimeUnit.MICROSECONDS);
  }

  private static int pageNumber(String query) {
    if (query != null) {
      for (String part : query.split("&")) {
        if (part.startsWith("pageNumber=")) {
          return Integer.parseInt(part.substring("pageNumber=".length()));
        }
      }
    }
    return 1;
  }

  private static void answer(HttpExchange exchange, byte[] body) {
    try {
      exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    } catch (IOException e) {
      exchange.close();
    }
  }

  @Override
  public void close() {
    server.stop(0);
    writers.shutdownNow();
    acceptor.shutdownNow();
  }
}

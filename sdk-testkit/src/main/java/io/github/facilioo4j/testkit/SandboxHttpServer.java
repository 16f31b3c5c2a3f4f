package io.github.facilioo4j.testkit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sandbox on the JDK's built-in {@link HttpServer}, bound to {@code 127.0.0.1}. The JDK server
 * parses HTTP/1.1 (keep-alive, chunked bodies, {@code Expect: 100-continue}); this class only turns
 * an exchange into a {@link HttpRequestData}, and a {@link HttpResponseData} back into an answer,
 * or into a connection closed without any answer.
 */
final class SandboxHttpServer {
  /** Answers one request; never throws for ordinary input. */
  interface Handler {
    HttpResponseData handle(HttpRequestData request) throws InterruptedException;
  }

  static final String THREAD_PREFIX = "facilioo-sandbox-";
  private static final Logger LOG = LoggerFactory.getLogger(SandboxHttpServer.class);
  private static final AtomicInteger INSTANCES = new AtomicInteger();

  private final String name = THREAD_PREFIX + INSTANCES.incrementAndGet();
  private final AtomicInteger workerCount = new AtomicInteger();
  // Every worker thread ever started, so that close() can wait until each has really ended.
  private final Queue<Thread> workerThreads = new ConcurrentLinkedQueue<>();
  private final Handler handler;
  private final HttpServer server;
  private final ExecutorService workers;

  SandboxHttpServer(int port, int maxThreads, Handler handler) throws IOException {
    this.handler = handler;
    this.server =
        HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 64);
    this.workers =
        new ThreadPoolExecutor(
            maxThreads,
            maxThreads,
            10,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            r -> {
              Thread t = new Thread(r, name + "-worker-" + workerCount.incrementAndGet());
              t.setDaemon(true);
              workerThreads.add(t);
              return t;
            });
    server.setExecutor(workers);
    server.createContext("/", this::serve);
    startAsDaemon();
  }

  /** The JDK server's dispatcher thread inherits daemon status from the thread that starts it. */
  private void startAsDaemon() {
    Thread starter = new Thread(server::start, name + "-starter");
    starter.setDaemon(true);
    starter.start();
    try {
      starter.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  int port() {
    return server.getAddress().getPort();
  }

  /** The name every worker thread of this server starts with, followed by a hyphen. */
  String threadName() {
    return name;
  }

  /** Stops accepting, closes every connection and waits for all threads of this server to end. */
  void close() {
    // Interrupt stalled workers first, so that no stalled request is processed during shutdown.
    workers.shutdownNow();
    server.stop(0);
    try {
      if (!workers.awaitTermination(5, TimeUnit.SECONDS)) {
        LOG.warn("{}: worker threads did not stop within 5 s", name);
      }
      // The pool counts as terminated a moment before its last threads have died; wait for them.
      for (Thread t : workerThreads) {
        t.join(5_000);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void serve(HttpExchange exchange) {
    try {
      HttpResponseData response = handler.handle(read(exchange));
      if (response.drop) {
        // Closing an exchange before its headers were sent closes the connection itself.
        exchange.close();
        return;
      }
      write(exchange, response);
    } catch (InterruptedException e) {
      // Closing: a stalled request is dropped unprocessed.
      exchange.close();
    } catch (IOException e) {
      // The client went away: nothing to answer.
      exchange.close();
    } catch (RuntimeException e) {
      LOG.warn("{}: exchange failed", name, e);
      exchange.close();
    }
  }

  private static HttpRequestData read(HttpExchange exchange) throws IOException {
    Map<String, List<String>> headers = HttpRequestData.newHeaderMap();
    for (Map.Entry<String, List<String>> e : exchange.getRequestHeaders().entrySet()) {
      headers.put(e.getKey(), new ArrayList<>(e.getValue()));
    }
    URI uri = exchange.getRequestURI();
    String target = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    try (InputStream in = exchange.getRequestBody()) {
      byte[] buffer = new byte[8192];
      for (int n; (n = in.read(buffer)) >= 0; ) {
        body.write(buffer, 0, n);
      }
    }
    return new HttpRequestData(exchange.getRequestMethod(), target, headers, body.toByteArray());
  }

  private static void write(HttpExchange exchange, HttpResponseData response) throws IOException {
    for (Map.Entry<String, List<String>> e : response.headers.entrySet()) {
      exchange.getResponseHeaders().put(e.getKey(), new ArrayList<>(e.getValue()));
    }
    // Say so when the connection ends with this answer, as a client asked or HTTP/1.0 implies.
    String connection = exchange.getRequestHeaders().getFirst("Connection");
    if ("close".equalsIgnoreCase(connection)
        || (exchange.getProtocol().equals("HTTP/1.0")
            && !"keep-alive".equalsIgnoreCase(connection))) {
      exchange.getResponseHeaders().set("Connection", "close");
    }
    boolean noBody = response.body.length == 0 || exchange.getRequestMethod().equals("HEAD");
    exchange.sendResponseHeaders(response.status, noBody ? -1 : response.body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      if (!noBody) {
        out.write(response.body);
      }
    }
  }
}

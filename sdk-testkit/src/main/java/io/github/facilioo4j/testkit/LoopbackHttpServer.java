package io.github.facilioo4j.testkit;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small HTTP/1.1 server on a loopback {@link ServerSocket}: keep-alive, Content-Length and
 * chunked request bodies, {@code Expect: 100-continue}. One daemon acceptor thread hands each
 * connection to a bounded pool of daemon workers. Written on the JDK alone so that faults such as a
 * connection dropped after the request was read are fully under control.
 */
final class LoopbackHttpServer {
  /** Answers one request; never throws for ordinary input. */
  interface Handler {
    HttpResponseData handle(HttpRequestData request) throws InterruptedException;
  }

  static final String THREAD_PREFIX = "facilioo-sandbox-";
  private static final Logger LOG = LoggerFactory.getLogger(LoopbackHttpServer.class);
  private static final AtomicInteger INSTANCES = new AtomicInteger();
  private static final int MAX_LINE = 16 * 1024;
  private static final int MAX_HEADERS = 200;
  private static final int MAX_BODY = 4 * 1024 * 1024;
  private static final int IDLE_TIMEOUT_MILLIS = 60_000;

  private final Handler handler;
  private final Set<Socket> connections = ConcurrentHashMap.newKeySet();
  private final String name = THREAD_PREFIX + INSTANCES.incrementAndGet();
  private final AtomicInteger workerCount = new AtomicInteger();
  // Every worker thread ever started, so that close() can wait until each has really ended.
  private final Queue<Thread> workerThreads = new ConcurrentLinkedQueue<>();
  private final ServerSocket serverSocket;
  private final ThreadPoolExecutor workers;
  private final Thread acceptor;
  private volatile boolean closed;

  LoopbackHttpServer(int port, int maxThreads, Handler handler) throws IOException {
    this.handler = handler;
    this.serverSocket = new ServerSocket();
    serverSocket.setReuseAddress(true);
    serverSocket.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 64);
    this.workers =
        new ThreadPoolExecutor(
            maxThreads,
            maxThreads,
            10,
            TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(64),
            r -> {
              Thread t = new Thread(r, name + "-worker-" + workerCount.incrementAndGet());
              t.setDaemon(true);
              workerThreads.add(t);
              return t;
            });
    workers.allowCoreThreadTimeOut(true);
    this.acceptor = new Thread(this::acceptLoop, name + "-acceptor");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  int port() {
    return serverSocket.getLocalPort();
  }

  /** The name every thread of this server starts with, followed by a hyphen. */
  String threadName() {
    return name;
  }

  /** Stops accepting, closes every connection and waits for all threads of this server to end. */
  void close() {
    closed = true;
    closeQuietly(serverSocket);
    for (Socket socket : connections) {
      closeQuietly(socket);
    }
    workers.shutdownNow();
    try {
      acceptor.join(5_000);
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

  private void acceptLoop() {
    while (!closed) {
      Socket socket;
      try {
        socket = serverSocket.accept();
      } catch (IOException e) {
        if (!closed) {
          LOG.warn("{}: accept failed", name, e);
        }
        return;
      }
      connections.add(socket);
      if (closed) {
        closeQuietly(socket);
        return;
      }
      try {
        workers.execute(() -> serve(socket));
      } catch (RejectedExecutionException e) {
        // Too many connections at once (or closing): refuse this one rather than queue forever.
        connections.remove(socket);
        closeQuietly(socket);
      }
    }
  }

  private void serve(Socket socket) {
    try {
      socket.setTcpNoDelay(true);
      // Frees the worker of a connection the client keeps idle for long.
      socket.setSoTimeout(IDLE_TIMEOUT_MILLIS);
      InputStream in = new BufferedInputStream(socket.getInputStream());
      OutputStream out = socket.getOutputStream();
      boolean keepAlive = true;
      while (keepAlive && !closed) {
        String requestLine = readLine(in, true);
        if (requestLine == null) {
          return; // the client closed an idle connection
        }
        if (requestLine.isEmpty()) {
          continue; // tolerated: stray CRLF between requests
        }
        String[] parts = requestLine.split(" ");
        if (parts.length != 3 || !parts[2].startsWith("HTTP/1.")) {
          write(out, plain(400, "malformed request line"), false);
          return;
        }
        Map<String, List<String>> headers = readHeaders(in);
        if (headers == null) {
          write(out, plain(400, "malformed headers"), false);
          return;
        }
        boolean http10 = parts[2].equals("HTTP/1.0");
        String connection = first(headers, "Connection");
        keepAlive =
            http10
                ? "keep-alive".equalsIgnoreCase(connection)
                : !"close".equalsIgnoreCase(connection);
        if ("100-continue".equalsIgnoreCase(first(headers, "Expect"))) {
          out.write("HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
          out.flush();
        }
        byte[] body;
        try {
          body = readBody(in, headers);
        } catch (BodyTooLargeException e) {
          write(out, plain(413, "request body too large"), false);
          return;
        }
        HttpResponseData response =
            handler.handle(new HttpRequestData(parts[0], parts[1], headers, body));
        if (response.drop) {
          return; // fault injection: no response at all
        }
        write(out, response, keepAlive);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (EOFException | SocketException | SocketTimeoutException e) {
      // The client went away or the server is closing: nothing to answer.
    } catch (IOException | RuntimeException e) {
      if (!closed) {
        LOG.warn("{}: connection failed", name, e);
      }
    } finally {
      connections.remove(socket);
      closeQuietly(socket);
    }
  }

  private static HttpResponseData plain(int status, String text) {
    return HttpResponseData.of(status, "text/plain; charset=utf-8", text)
        .header("x-request-id", SandboxApi.newTraceId());
  }

  private static void write(OutputStream out, HttpResponseData response, boolean keepAlive)
      throws IOException {
    StringBuilder head = new StringBuilder(256);
    head.append("HTTP/1.1 ")
        .append(response.status)
        .append(' ')
        .append(HttpResponseData.reason(response.status))
        .append("\r\n");
    for (Map.Entry<String, List<String>> e : response.headers.entrySet()) {
      for (String value : e.getValue()) {
        head.append(e.getKey()).append(": ").append(value).append("\r\n");
      }
    }
    head.append("Content-Length: ").append(response.body.length).append("\r\n");
    if (!keepAlive) {
      head.append("Connection: close\r\n");
    }
    head.append("\r\n");
    out.write(head.toString().getBytes(StandardCharsets.UTF_8));
    out.write(response.body);
    out.flush();
  }

  private static Map<String, List<String>> readHeaders(InputStream in) throws IOException {
    Map<String, List<String>> headers = HttpRequestData.newHeaderMap();
    for (int count = 0; ; count++) {
      String line = readLine(in, false);
      if (line.isEmpty()) {
        return headers;
      }
      int colon = line.indexOf(':');
      if (count >= MAX_HEADERS || colon <= 0 || Character.isWhitespace(line.charAt(0))) {
        return null;
      }
      String name = line.substring(0, colon).trim();
      String value = line.substring(colon + 1).trim();
      headers.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    }
  }

  private static byte[] readBody(InputStream in, Map<String, List<String>> headers)
      throws IOException {
    String transferEncoding = first(headers, "Transfer-Encoding");
    if (transferEncoding != null && HttpRequestData.lower(transferEncoding).contains("chunked")) {
      return readChunked(in);
    }
    String length = first(headers, "Content-Length");
    if (length == null) {
      return new byte[0];
    }
    long n;
    try {
      n = Long.parseLong(length.trim());
    } catch (NumberFormatException e) {
      throw new IOException("bad Content-Length: " + length, e);
    }
    if (n < 0) {
      throw new IOException("bad Content-Length: " + length);
    }
    if (n > MAX_BODY) {
      throw new BodyTooLargeException();
    }
    return readExactly(in, (int) n);
  }

  private static byte[] readChunked(InputStream in) throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    while (true) {
      String sizeLine = readLine(in, false);
      int semicolon = sizeLine.indexOf(';');
      String hex = (semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).trim();
      int size;
      try {
        size = Integer.parseInt(hex, 16);
      } catch (NumberFormatException e) {
        throw new IOException("bad chunk size: " + hex, e);
      }
      if (size < 0 || body.size() + (long) size > MAX_BODY) {
        throw new BodyTooLargeException();
      }
      if (size == 0) {
        while (!readLine(in, false).isEmpty()) {
          // trailers are read and ignored
        }
        return body.toByteArray();
      }
      body.write(readExactly(in, size));
      if (!readLine(in, false).isEmpty()) {
        throw new IOException("chunk not followed by CRLF");
      }
    }
  }

  private static byte[] readExactly(InputStream in, int n) throws IOException {
    byte[] buffer = new byte[n];
    int read = 0;
    while (read < n) {
      int r = in.read(buffer, read, n - read);
      if (r < 0) {
        throw new EOFException("body ended after " + read + " of " + n + " bytes");
      }
      read += r;
    }
    return buffer;
  }

  /** Reads one CRLF- or LF-terminated line; null on a clean end of stream if allowed. */
  private static String readLine(InputStream in, boolean eofAllowed) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream(128);
    while (true) {
      int b = in.read();
      if (b < 0) {
        if (eofAllowed && line.size() == 0) {
          return null;
        }
        throw new EOFException("connection closed mid-line");
      }
      if (b == '\n') {
        byte[] bytes = line.toByteArray();
        int len =
            bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        return new String(bytes, 0, len, StandardCharsets.UTF_8);
      }
      if (line.size() >= MAX_LINE) {
        throw new IOException("line too long");
      }
      line.write(b);
    }
  }

  private static String first(Map<String, List<String>> headers, String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  private static void closeQuietly(java.io.Closeable closeable) {
    try {
      closeable.close();
    } catch (IOException ignored) {
      // closing is best effort
    }
  }

  /** The request body exceeds the server's limit. */
  private static final class BodyTooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    BodyTooLargeException() {
      super("request body too large");
    }
  }
}

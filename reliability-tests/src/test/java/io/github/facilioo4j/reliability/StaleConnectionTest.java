package io.github.facilioo4j.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.facilioo4j.core.errors.FaciliooIoException;
import io.github.facilioo4j.processes.ProcessesClient;
import io.github.facilioo4j.processes.model.ProcessRead;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ServerSocketFactory;
import javax.net.SocketFactory;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A server may close a kept-alive connection while it sits idle in the pool. A create written to
 * such a connection was never read by the server: the SDK sees that the connection is closed before
 * writing, drops it and sends the create on a fresh connection, so it reaches the server exactly
 * once. When every connection it tries was closed, the failure says "not sent".
 *
 * <p>The server here reports each connection it closes, and the test reads the end of the stream on
 * the client's socket, so that the create starts only once the close has reached the client,
 * without sleeping. The SDK looks only at a connection that has been idle for a second or more (a
 * keep-alive timeout can have ended it): the tests move the client's clock on by {@link #IDLE}.
 */
class StaleConnectionTest extends LoopbackServerSupport {
  private static final long WAIT_SECONDS = 10;

  /** How long the pooled connections sit idle before the create, on the client's clock. */
  private static final Duration IDLE = Duration.ofSeconds(5);

  private final Semaphore serverClosedAConnection = new Semaphore(0);
  private final AtomicInteger posts = new AtomicInteger();

  /** The client's sockets, in the order OkHttp opened them. */
  private final List<Socket> clientSockets = new CopyOnWriteArrayList<>();

  @ParameterizedTest(name = "async: {0}")
  @ValueSource(booleans = {false, true})
  void aCreateOnAPooledConnectionTheServerAlreadyClosedGoesOutOnceOnAFreshConnection(boolean async)
      throws Exception {
    ProcessesClient client = clientWhosePooledConnectionTheServerClosed(0);
    clock.advance(IDLE);

    ProcessRead created =
        async ? client.createAsync(newProcess()).get(30, TimeUnit.SECONDS) : create(client);

    assertEquals(1, created.id());
    assertEquals("GET", server.takeRequest().getMethod());
    RecordedRequest create = server.takeRequest();
    assertEquals("POST", create.getMethod());
    assertEquals(0, create.getSequenceNumber(), "the create went out on a fresh connection");
    assertEquals(1, posts.get());
    assertEquals(0, sleeper.delays().size(), "no SDK retry was needed");
    assertRequestsAndNoLeaks(2);
  }

  @ParameterizedTest(name = "maxRetries: {0}")
  @ValueSource(ints = {0, 1})
  void aCreateThatFindsEveryPooledConnectionClosedIsReportedNotSentAndRetriedOnlyAsAllowed(
      int maxRetries) throws Exception {
    int pooled = 3;
    CountDownLatch allArrived = new CountDownLatch(pooled);
    restartServerReportingClosedConnections(
        request -> {
          if ("POST".equals(request.getMethod())) {
            return process(1);
          }
          // Held until all reads arrived, so that each has a connection of its own.
          allArrived.countDown();
          assertTrue(allArrived.await(WAIT_SECONDS, TimeUnit.SECONDS));
          return process(7).setSocketPolicy(SocketPolicy.DISCONNECT_AT_END);
        });
    ProcessesClient client = client(b -> b.baseUrl(baseUrl(server)).maxRetries(maxRetries));
    List<CompletableFuture<ProcessRead>> reads = new ArrayList<>();
    for (int i = 0; i < pooled; i++) {
      reads.add(client.retrieveAsync(7));
    }
    for (CompletableFuture<ProcessRead> read : reads) {
      assertEquals(7, read.get(30, TimeUnit.SECONDS).id());
    }
    assertTrue(
        serverClosedAConnection.tryAcquire(pooled, WAIT_SECONDS, TimeUnit.SECONDS),
        "the server closed all kept-alive connections");
    awaitTheClosesAtTheClient();
    clock.advance(IDLE);

    if (maxRetries == 0) {
      FaciliooIoException e = assertThrows(FaciliooIoException.class, () -> create(client));
      assertTrue(e.isNotSent(), e.getMessage());
      assertTrue(e.getMessage().contains("before it was sent"), e.getMessage());
      assertEquals(0, posts.get());
      assertRequestsAndNoLeaks(pooled);
    } else {
      assertEquals(1, create(client).id());
      assertEquals(1, posts.get());
      assertEquals(1, sleeper.delays().size(), "one SDK retry");
      assertRequestsAndNoLeaks(pooled + 1);
    }
  }

  @ParameterizedTest(name = "async: {0}")
  @ValueSource(booleans = {false, true})
  void aCreateRightAfterAnAnswerIsWrittenAtOnceAndFailsAsPossiblySentWhenTheServerClosedUnasked(
      boolean async) throws Exception {
    ProcessesClient client = clientWhosePooledConnectionTheServerClosed(2);

    // Within a second of the connection's last answer: no keep-alive timeout can have ended it, so
    // the create is written without a look. This server closed it unasked, so the create cannot
    // be known to be unsent: it fails as possibly sent and is not sent again.
    FaciliooIoException e =
        assertThrows(
            FaciliooIoException.class,
            () -> {
              if (async) {
                try {
                  client.createAsync(newProcess()).get(30, TimeUnit.SECONDS);
                } catch (ExecutionException failure) {
                  throw failure.getCause();
                }
              } else {
                create(client);
              }
            });

    assertFalse(e.isNotSent(), e.getMessage());
    assertTrue(e.getMessage().startsWith("POST /api/processes failed"), e.getMessage());
    assertEquals(0, posts.get(), "the server that closed the connection read no create");
    assertEquals(0, sleeper.delays().size(), "a possibly sent create is not retried");
    assertEquals("GET", server.takeRequest().getMethod());
    assertRequestsAndNoLeaks(1);
  }

  /**
   * A client that retrieved once from a server answering one request per connection, after the
   * server and then the client saw that kept-alive connection closed: the pool holds it, closed.
   */
  private ProcessesClient clientWhosePooledConnectionTheServerClosed(int maxRetries)
      throws Exception {
    restartServerReportingClosedConnections(oneAnswerPerConnection());
    ProcessesClient client = client(b -> b.baseUrl(baseUrl(server)).maxRetries(maxRetries));
    assertEquals(7, client.retrieve(7).id());
    assertTrue(
        serverClosedAConnection.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS),
        "the server closed the kept-alive connection");
    awaitTheClosesAtTheClient();
    return client;
  }

  /**
   * Waits until the client's end of every connection opened so far has received the server's close.
   * The close travels on its own after the server's socket is closed, and under load it may arrive
   * later than the SDK's 1 ms look at the connection: the SDK can only skip a connection whose
   * close has reached it. Reading the end of the stream consumes nothing: every later read, the
   * SDK's included, sees it at once.
   */
  private void awaitTheClosesAtTheClient() throws IOException {
    for (Socket socket : clientSockets) {
      socket.setSoTimeout((int) TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
      assertEquals(-1, socket.getInputStream().read(), "the close reached the client");
    }
  }

  private static ProcessRead create(ProcessesClient client) {
    return client.create(newProcess());
  }

  private Answer oneAnswerPerConnection() {
    return request ->
        "POST".equals(request.getMethod())
            ? process(1)
            // No "Connection: close": the client keeps the connection, which the server closes.
            : process(7).setSocketPolicy(SocketPolicy.DISCONNECT_AT_END);
  }

  private void restartServerReportingClosedConnections(Answer answer) throws IOException {
    okHttp = okHttp.newBuilder().socketFactory(new RecordingClientSockets()).build();
    server.shutdown();
    server = new MockWebServer();
    server.setServerSocketFactory(new ReportingServerSockets());
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
            if ("POST".equals(request.getMethod())) {
              posts.incrementAndGet();
            }
            return answer.to(request);
          }
        });
    server.start();
  }

  private interface Answer {
    MockResponse to(RecordedRequest request) throws InterruptedException;
  }

  /** Client sockets, recorded so that the test can wait for what reaches them. */
  private final class RecordingClientSockets extends SocketFactory {
    @Override
    public Socket createSocket() {
      Socket socket = new Socket();
      clientSockets.add(socket);
      return socket;
    }

    @Override
    public Socket createSocket(String host, int port) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress local, int localPort) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Socket createSocket(InetAddress host, int port) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Socket createSocket(InetAddress host, int port, InetAddress local, int localPort) {
      throw new UnsupportedOperationException();
    }
  }

  /** Server sockets whose accepted connections release a permit when the server closes them. */
  private final class ReportingServerSockets extends ServerSocketFactory {
    @Override
    public ServerSocket createServerSocket() throws IOException {
      return new ServerSocket() {
        @Override
        public Socket accept() throws IOException {
          Socket socket = new ReportingSocket();
          implAccept(socket);
          return socket;
        }
      };
    }

    @Override
    public ServerSocket createServerSocket(int port) {
      throw new UnsupportedOperationException();
    }

    @Override
    public ServerSocket createServerSocket(int port, int backlog) {
      throw new UnsupportedOperationException();
    }

    @Override
    public ServerSocket createServerSocket(int port, int backlog, InetAddress address) {
      throw new UnsupportedOperationException();
    }
  }

  private final class ReportingSocket extends Socket {
    private final AtomicBoolean reported = new AtomicBoolean();

    @Override
    public void close() throws IOException {
      super.close();
      if (reported.compareAndSet(false, true)) {
        serverClosedAConnection.release();
      }
    }
  }
}

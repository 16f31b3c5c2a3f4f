package io.github.facilioo4j.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.facilioo4j.core.errors.FaciliooIoException;
import io.github.facilioo4j.processes.ProcessesClient;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.SocketFactory;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link Thread#interrupt()} ends a blocking call promptly, while the server still holds the
 * request, with a {@link FaciliooIoException} whose cause is an {@link InterruptedIOException}; the
 * thread's interrupt flag stays set and the call is not retried.
 */
class InterruptTest extends LoopbackServerSupport {
  private static final long WAIT_SECONDS = 10;

  @ParameterizedTest(name = "create: {0}")
  @ValueSource(booleans = {false, true})
  void interruptingACallTheServerHoldsEndsItPromptlyWithATypedExceptionAndKeepsTheFlag(
      boolean create) throws Exception {
    CountDownLatch arrived = new CountDownLatch(1);
    CountDownLatch answer = new CountDownLatch(1);
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
            arrived.countDown();
            answer.await();
            return process(1);
          }
        });
    CountDownLatch waitingForTheAnswer = new CountDownLatch(1);
    okHttp =
        okHttp.newBuilder().socketFactory(new WaitReportingSockets(waitingForTheAnswer)).build();
    // Timeouts far beyond the waits below: only the interrupt can end the call in time.
    ProcessesClient client =
        client(b -> b.readTimeout(Duration.ofSeconds(60)).callTimeout(Duration.ofSeconds(60)));
    AtomicReference<Throwable> failure = new AtomicReference<>();
    AtomicBoolean flagKept = new AtomicBoolean();
    CountDownLatch ended = new CountDownLatch(1);
    Thread caller =
        new Thread(
            () -> {
              try {
                if (create) {
                  client.create(newProcess());
                } else {
                  client.retrieve(1);
                }
              } catch (Throwable t) {
                failure.set(t);
              }
              flagKept.set(Thread.currentThread().isInterrupted());
              ended.countDown();
            },
            "interrupted-caller");

    caller.start();
    try {
      assertTrue(arrived.await(WAIT_SECONDS, TimeUnit.SECONDS), "the request reached the server");
      assertTrue(
          waitingForTheAnswer.await(WAIT_SECONDS, TimeUnit.SECONDS), "the caller reads the answer");
      caller.interrupt();
      assertTrue(
          ended.await(WAIT_SECONDS, TimeUnit.SECONDS),
          "the call ended while the server still held the request");
    } finally {
      answer.countDown();
    }
    caller.join();

    assertEquals(FaciliooIoException.class, failure.get().getClass(), () -> "" + failure.get());
    FaciliooIoException e = (FaciliooIoException) failure.get();
    assertInstanceOf(InterruptedIOException.class, e.getCause());
    assertEquals("interrupted", e.getCause().getMessage());
    assertFalse(e.isNotSent(), "the request had reached the server");
    assertTrue(flagKept.get(), "the interrupt flag is still set");
    assertEquals(0, sleeper.delays().size(), "an interrupted call is not retried");
    assertRequestsAndNoLeaks(1);
  }

  /**
   * Plain sockets that report the first read after something was written: the caller then waits for
   * the answer, below OkHttp's own check of the interrupt flag, in a read that only closing the
   * socket can end.
   */
  private static final class WaitReportingSockets extends SocketFactory {
    private final CountDownLatch waiting;

    WaitReportingSockets(CountDownLatch waiting) {
      this.waiting = waiting;
    }

    @Override
    public Socket createSocket() {
      return new Socket() {
        private volatile boolean wrote;

        @Override
        public InputStream getInputStream() throws IOException {
          return new FilterInputStream(super.getInputStream()) {
            @Override
            public int read() throws IOException {
              reportIfAnswerAwaited();
              return super.read();
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
              reportIfAnswerAwaited();
              return super.read(buffer, offset, length);
            }
          };
        }

        @Override
        public OutputStream getOutputStream() throws IOException {
          return new FilterOutputStream(super.getOutputStream()) {
            @Override
            public void write(byte[] buffer, int offset, int length) throws IOException {
              out.write(buffer, offset, length);
              wrote = true;
            }
          };
        }

        private void reportIfAnswerAwaited() {
          if (wrote) {
            waiting.countDown();
          }
        }
      };
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

  @Test
  void aCreateOnAnAlreadyInterruptedThreadSendsNothingAndKeepsTheFlag() {
    ProcessesClient client = client();
    FaciliooIoException e;
    boolean flagKept;
    Thread.currentThread().interrupt();
    try {
      e = assertThrows(FaciliooIoException.class, () -> client.create(newProcess()));
    } finally {
      // Clears the flag for the tests that run next on this thread.
      flagKept = Thread.interrupted();
    }

    assertTrue(flagKept, "the interrupt flag is still set");
    assertTrue(e.isNotSent(), e.getMessage());
    assertInstanceOf(InterruptedIOException.class, e.getCause());
    assertEquals(0, sleeper.delays().size(), "an interrupted call is not retried");
    assertRequestsAndNoLeaks(0);
  }
}

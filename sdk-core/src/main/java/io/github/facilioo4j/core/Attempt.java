package io.github.facilioo4j.core;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.channels.AsynchronousCloseException;
import java.nio.channels.spi.AbstractInterruptibleChannel;
import java.util.concurrent.CompletableFuture;
import okhttp3.Call;
import okhttp3.Response;

/**
 * One SDK attempt as OkHttp runs it: one {@link Call}, and what {@link NetworkGate} learned about
 * it. It travels as the tag of the request given to {@code newCall}, where the gate finds it
 * whatever an interceptor did to the request on the way.
 *
 * <p>It is also the hook through which {@link Thread#interrupt()} reaches OkHttp. Blocking socket
 * I/O ignores interrupts, so the blocking sections (the call, each read of the body) run between
 * {@code begin()} and {@code end()} of this channel: the JDK then closes the channel when the
 * thread is interrupted, which cancels the call, and the blocked read fails at once.
 *
 * <p>Written by the calling thread, read by OkHttp's interceptors on the same thread (and, for a
 * cancel, by the interrupting thread): the fields are volatile.
 */
final class Attempt extends AbstractInterruptibleChannel {
  final OkHttpTransport transport;

  /** Set for a request that must not reach the network twice (POST, PATCH). */
  final boolean sendsOnce;

  private volatile Call call;

  /** Set just before the first byte of the request may be written. */
  volatile boolean reachedNetwork;

  /** Set when the gate refused to send the request a second time. */
  volatile boolean replayRefused;

  /** Set when the gate refused a pooled connection the server had already closed. */
  volatile boolean staleConnection;

  /** The first answer the network gave, kept for {@link #sendsOnce} requests. */
  volatile FirstAnswer firstAnswer;

  /** The failure of the first network exchange, kept for {@link #sendsOnce} requests. */
  volatile IOException firstFailure;

  /** Told on the sending thread when an async attempt's call begins and ends. */
  final SendHook hook;

  Attempt(OkHttpTransport transport, boolean sendsOnce, SendHook hook) {
    this.transport = transport;
    this.sendsOnce = sendsOnce;
    this.hook = hook;
  }

  /** The future of an async attempt, failed by {@link #failClosed()}; {@code null} when sync. */
  private volatile CompletableFuture<?> future;

  void bind(Call call) {
    this.call = call;
  }

  void bindAsync(CompletableFuture<?> future) {
    this.future = future;
  }

  /**
   * Fails an async attempt still queued for a dispatcher slot, as its client closed: it never
   * starts, so nothing of it is sent.
   */
  void failClosed() {
    CompletableFuture<?> f = future;
    if (f != null) {
      f.completeExceptionally(new IllegalStateException("client is closed"));
    }
    Call c = call;
    if (c != null) {
      c.cancel();
    }
  }

  /**
   * Runs the call, interruptibly.
   *
   * @throws InterruptedIOException with the message {@code "interrupted"} when the thread was
   *     interrupted before or during the call; the interrupt flag stays set
   */
  Response execute() throws IOException {
    Response response;
    begin();
    try {
      response = call.execute();
    } catch (IOException e) {
      if (interruptedOnExit(false)) {
        throw interrupted(e);
      }
      throw e;
    } catch (RuntimeException | Error e) {
      interruptedOnExit(false);
      throw e;
    }
    if (interruptedOnExit(true)) {
      // The interrupt cancelled the call after its headers arrived: the body cannot be read.
      response.close();
      throw interrupted(null);
    }
    return response;
  }

  /** Reads part of the body, interruptibly; see {@link #execute()}. */
  int read(java.io.InputStream in, byte[] buffer, int offset, int length) throws IOException {
    int n;
    begin();
    try {
      n = in.read(buffer, offset, length);
    } catch (IOException e) {
      if (interruptedOnExit(false)) {
        throw interrupted(e);
      }
      throw e;
    } catch (RuntimeException | Error e) {
      interruptedOnExit(false);
      throw e;
    }
    if (interruptedOnExit(true)) {
      throw interrupted(null);
    }
    return n;
  }

  /** Ends a blocking section; tells whether the thread was interrupted while in it. */
  private boolean interruptedOnExit(boolean completed) {
    try {
      end(completed);
      return false;
    } catch (AsynchronousCloseException e) {
      // ClosedByInterruptException, or a later section of a call an interrupt already cancelled.
      return true;
    }
  }

  private static InterruptedIOException interrupted(IOException cause) {
    InterruptedIOException interrupted = new InterruptedIOException("interrupted");
    if (cause != null) {
      interrupted.initCause(cause);
    }
    return interrupted;
  }

  /** Called by the JDK, on the interrupting thread, when the calling thread is interrupted. */
  @Override
  protected void implCloseChannel() {
    Call c = call;
    if (c != null) {
      c.cancel();
    }
  }
}

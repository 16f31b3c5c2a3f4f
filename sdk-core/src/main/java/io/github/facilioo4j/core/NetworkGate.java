package io.github.facilioo4j.core;

import java.io.IOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import okhttp3.Connection;
import okhttp3.Interceptor;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/**
 * The SDK's network interceptor, added after every other one, so it is the last step before OkHttp
 * writes a request to a connection. It decides whether a request may go out at all:
 *
 * <ul>
 *   <li>nothing goes out once the client is closed;
 *   <li>a POST or PATCH goes out at most once per SDK attempt. A second pass of the same call (an
 *       OkHttp follow-up after {@code 503} with {@code Retry-After: 0}, a {@code 408}, an
 *       authenticator's answer to {@code 401}/{@code 407}, a {@code 421}, an application
 *       interceptor calling {@code proceed} twice) is refused without sending, and the transport
 *       hands the caller the first answer, which is copied here for that purpose;
 *   <li>a POST or PATCH is not written to a pooled HTTP/1 connection that the server has already
 *       closed: the request provably never reached the server, so the transport may send it on
 *       another connection. The gate looks (waiting at most 1 ms) only at a connection that may
 *       have sat idle long enough for a keep-alive timeout to end it: one that carried no answer
 *       for this client in the last {@link ConnectionUse#LOOK_AFTER_IDLE_MILLIS} ms. A create that
 *       follows another call on the same connection sooner is written without the wait; should the
 *       server have closed that connection right after its last answer, unasked, the create fails
 *       as possibly sent and is not sent again.
 * </ul>
 *
 * <p>It also marks the moment a request may have reached the server, so that an earlier failure can
 * be reported as "not sent". Thread-safe: the state lives in the call's {@link Attempt} and in the
 * transport's {@link ConnectionUse}.
 */
final class NetworkGate implements Interceptor {
  static final NetworkGate INSTANCE = new NetworkGate();

  private NetworkGate() {}

  @Override
  public Response intercept(Chain chain) throws IOException {
    // The request given to newCall, whatever the interceptors before this one sent on.
    Attempt attempt = chain.call().request().tag(Attempt.class);
    Request request = chain.request();
    if (attempt == null) {
      return chain.proceed(request);
    }
    if (attempt.transport.isClosed()) {
      throw new IOException("the client is closed");
    }
    Connection connection = chain.connection();
    if (!attempt.sendsOnce) {
      attempt.reachedNetwork = true;
      return answered(attempt, connection, chain.proceed(request));
    }
    if (attempt.reachedNetwork) {
      attempt.replayRefused = true;
      throw new IOException(
          "refused to send " + request.method() + " a second time in one attempt");
    }
    if (connection != null
        && attempt.transport.connections.mayHaveBeenClosed(connection)
        && closedByPeer(connection)) {
      attempt.staleConnection = true;
      throw new IOException("the pooled connection was already closed by the server");
    }
    attempt.reachedNetwork = true;
    Response response;
    try {
      response = chain.proceed(request);
    } catch (IOException e) {
      attempt.firstFailure = e;
      throw e;
    }
    try {
      attempt.firstAnswer = FirstAnswer.copyOf(response);
    } catch (IOException | RuntimeException e) {
      response.close();
      if (e instanceof IOException) {
        attempt.firstFailure = (IOException) e;
      }
      throw e;
    }
    return answered(attempt, connection, response);
  }

  private static Response answered(
      Attempt attempt, @Nullable Connection connection, Response response) {
    if (connection != null) {
      attempt.transport.connections.answered(connection);
    }
    return response;
  }

  /**
   * Tells whether the server already closed an idle HTTP/1 connection (or wrote to it unasked,
   * which leaves it unusable too). OkHttp checks this itself only for connections idle for 10 s or
   * more; a server closing idle connections sooner would otherwise make a POST fail after it was
   * written, with no way to tell whether the server read it. The check waits at most 1 ms for the
   * end of the stream; when it finds the connection closed, it closes the socket, so the pool drops
   * the connection.
   */
  private static boolean closedByPeer(Connection connection) {
    Protocol protocol = connection.protocol();
    if (protocol != Protocol.HTTP_1_1 && protocol != Protocol.HTTP_1_0) {
      // HTTP/2 connections are read by their own thread; OkHttp sees a GOAWAY itself.
      return false;
    }
    Socket socket = connection.socket();
    if (socket.isClosed() || socket.isInputShutdown()) {
      return true;
    }
    boolean closed;
    try {
      int timeout = socket.getSoTimeout();
      try {
        socket.setSoTimeout(1);
        // Nothing is due on an idle HTTP/1 connection: the end of the stream or any byte means
        // that it cannot carry this request.
        socket.getInputStream().read();
        closed = true;
      } catch (SocketTimeoutException healthy) {
        closed = false;
      } finally {
        socket.setSoTimeout(timeout);
      }
    } catch (IOException e) {
      closed = true;
    }
    if (closed) {
      try {
        socket.close();
      } catch (IOException ignored) {
        // Closing is all that is wanted; a failure to close leaves a socket the pool will drop.
      }
    }
    return closed;
  }
}

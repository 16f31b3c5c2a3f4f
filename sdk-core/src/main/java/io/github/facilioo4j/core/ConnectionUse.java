package io.github.facilioo4j.core;

import java.time.Clock;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import okhttp3.Connection;

/**
 * When each pooled connection last carried an answer, on the client's clock, so that {@link
 * NetworkGate} looks whether the server closed a connection only when it may have: after the
 * connection sat idle long enough for a server's keep-alive timeout to end it.
 *
 * <p>A connection this client has not used yet (new, or pooled by another client sharing the
 * application's {@code OkHttpClient}) counts as idle for an unknown time, and so does one whose
 * last use the clock now places in the future (a clock set back). Connections are held weakly: one
 * the pool drops is forgotten. Shared by a client and the clients derived from it. Thread-safe.
 */
final class ConnectionUse {
  /**
   * How long a connection must have been idle before a create looks at it. Far below the keep-alive
   * timeouts servers and load balancers use (5 s and more), far above the gaps between the calls of
   * a sync loop.
   */
  static final long LOOK_AFTER_IDLE_MILLIS = 1_000;

  private final Clock clock;
  private final Map<Connection, Long> lastAnswer =
      Collections.synchronizedMap(new WeakHashMap<Connection, Long>());

  ConnectionUse(Clock clock) {
    this.clock = clock;
  }

  /** Notes that {@code connection} carried an answer now. */
  void answered(Connection connection) {
    lastAnswer.put(connection, clock.millis());
  }

  /** Tells whether {@code connection} may have sat idle long enough for the server to close it. */
  boolean mayHaveBeenClosed(Connection connection) {
    Long at = lastAnswer.get(connection);
    if (at == null) {
      return true;
    }
    long idle = clock.millis() - at;
    return idle < 0 || idle >= LOOK_AFTER_IDLE_MILLIS;
  }
}

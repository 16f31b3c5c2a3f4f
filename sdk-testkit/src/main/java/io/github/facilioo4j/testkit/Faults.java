package io.github.facilioo4j.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Injects faults into the next requests the sandbox receives.
 *
 * <p>Each call queues one rule that hits the next {@code times} matching requests. Rules are used
 * in the order they were queued: {@code faults().serviceUnavailable(2).tooManyRequests(1,
 * Duration.ofSeconds(3))} answers the next two requests with 503 and the third with 429. A rule
 * matches every request unless the view was narrowed with {@link #on(String, String)}. Faults are
 * applied before routing, versioning and authentication, as a gateway in front of the API would.
 * Every request hit by a fault is still {@linkplain FaciliooSandbox#recordedRequests() recorded}.
 *
 * <pre>{@code
 * sandbox.faults().on("POST", "/api/processes").dropConnection(1, Faults.DropPoint.AFTER_PROCESSING);
 * }</pre>
 *
 * <p>Thread-safe; obtained from {@link FaciliooSandbox#faults()}. {@link FaciliooSandbox#reset()}
 * clears all pending faults and releases every stall.
 */
public final class Faults {
  /** Where a dropped connection is cut. */
  public enum DropPoint {
    /**
     * The request is read and recorded, then the connection is closed without the request being
     * processed: the sandbox's state is unchanged, as if the request never reached the API.
     */
    BEFORE_PROCESSING,
    /**
     * The request is processed (a create does create the process), then the connection is closed
     * without any response: the client cannot know whether it worked.
     */
    AFTER_PROCESSING
  }

  private final Queue queue;
  private final String method;
  private final String pathPrefix;

  Faults(Queue queue, String method, String pathPrefix) {
    this.queue = queue;
    this.method = method;
    this.pathPrefix = pathPrefix;
  }

  /**
   * Returns a view whose rules only hit requests with this method and path prefix.
   *
   * @param method the HTTP method, case-insensitive, or {@code "*"} for any
   * @param pathPrefix the path prefix, e.g. {@code "/api/processes"}; {@code "/"} for any path
   * @return a narrowed view of the same fault queue
   * @throws NullPointerException if an argument is null
   */
  public Faults on(String method, String pathPrefix) {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(pathPrefix, "pathPrefix");
    return new Faults(queue, method.equals("*") ? null : method, pathPrefix);
  }

  /**
   * The next {@code times} matching requests answer {@code 503 Service Unavailable} with a problem
   * body and no {@code Retry-After}.
   *
   * @param times how many requests; at least 1
   * @return this view, for chaining
   * @throws IllegalArgumentException if {@code times} is less than 1
   */
  public Faults serviceUnavailable(int times) {
    return add(times, Kind.STATUS, 503, null, null);
  }

  /**
   * The next {@code times} matching requests answer {@code 503 Service Unavailable} with a {@code
   * Retry-After} header in whole seconds.
   *
   * @param times how many requests; at least 1
   * @param retryAfter the advertised delay, rounded down to seconds; not negative
   * @return this view, for chaining
   * @throws IllegalArgumentException if {@code times} is less than 1 or the delay is negative
   */
  public Faults serviceUnavailable(int times, Duration retryAfter) {
    return add(times, Kind.STATUS, 503, checkNotNegative(retryAfter, "retryAfter"), null);
  }

  /**
   * The next {@code times} matching requests answer {@code 429 Too Many Requests} with a {@code
   * Retry-After} header in whole seconds.
   *
   * @param times how many requests; at least 1
   * @param retryAfter the advertised delay, rounded down to seconds; not negative
   * @return this view, for chaining
   * @throws IllegalArgumentException if {@code times} is less than 1 or the delay is negative
   */
  public Faults tooManyRequests(int times, Duration retryAfter) {
    return add(times, Kind.STATUS, 429, checkNotNegative(retryAfter, "retryAfter"), null);
  }

  /**
   * The next {@code times} matching requests answer {@code 502 Bad Gateway} with an HTML body, as
   * the gateway in front of the real API was seen to do.
   *
   * @param times how many requests; at least 1
   * @return this view, for chaining
   * @throws IllegalArgumentException if {@code times} is less than 1
   */
  public Faults badGatewayHtml(int times) {
    return add(times, Kind.HTML_502, 502, null, null);
  }

  /**
   * The next {@code times} matching requests are answered normally, but only after {@code delay}.
   * The wait goes through the sandbox's {@linkplain FaciliooSandbox.Builder#sleeper sleeper}, so a
   * test can record it instead of waiting; with the default sleeper the server really waits, which
   * is useful to trip a client's read timeout.
   *
   * @param times how many requests; at least 1
   * @param delay the delay; not negative
   * @return this view, for chaining
   * @throws IllegalArgumentException if {@code times} is less than 1 or the delay is negative
   */
  public Faults delay(int times, Duration delay) {
    return add(times, Kind.DELAY, 0, checkNotNegative(delay, "delay"), null);
  }

  /**
   * The next {@code times} matching requests are held, unanswered, until the returned stall is
   * {@linkplain Stall#release() released} or the sandbox is reset; then they are processed
   * normally. Closing the sandbox drops them unprocessed. Lets a test trip a client timeout, or
   * observe a request in flight, without any real waiting.
   *
   * @param times how many requests; at least 1
   * @return the handle that releases the held requests
   * @throws IllegalArgumentException if {@code times} is less than 1
   */
  public Stall stall(int times) {
    Stall stall = new Stall();
    add(times, Kind.STALL, 0, null, stall);
    return stall;
  }

  /**
   * The next {@code times} matching requests get no response: their connection is closed at the
   * given point.
   *
   * @param times how many requests; at least 1
   * @param point whether the request is processed before the connection is dropped
   * @return this view, for chaining
   * @throws IllegalArgumentException if {@code times} is less than 1
   * @throws NullPointerException if {@code point} is null
   */
  public Faults dropConnection(int times, DropPoint point) {
    Objects.requireNonNull(point, "point");
    Kind kind = point == DropPoint.BEFORE_PROCESSING ? Kind.DROP_BEFORE : Kind.DROP_AFTER;
    return add(times, kind, 0, null, null);
  }

  /**
   * Returns how many requests the queued rules of the whole sandbox will still hit.
   *
   * @return the remaining count over all rules, whatever their scope
   */
  public int pending() {
    return queue.pending();
  }

  /** Removes every queued rule of the whole sandbox and releases every stall. */
  public void clear() {
    queue.clear();
  }

  private Faults add(int times, Kind kind, int status, Duration duration, Stall stall) {
    if (times < 1) {
      throw new IllegalArgumentException("times must be at least 1, was " + times);
    }
    queue.add(new Rule(method, pathPrefix, times, kind, status, duration, stall));
    return this;
  }

  private static Duration checkNotNegative(Duration d, String name) {
    Objects.requireNonNull(d, name);
    if (d.isNegative()) {
      throw new IllegalArgumentException(name + " must not be negative, was " + d);
    }
    return d;
  }

  /**
   * Holds requests until released. Thread-safe; obtained from {@link Faults#stall(int)}.
   *
   * <pre>{@code
   * Faults.Stall stall = sandbox.faults().stall(1);
   * // start the call on another thread, then:
   * assertTrue(stall.awaitHeld(1, Duration.ofSeconds(5)));
   * stall.release();
   * }</pre>
   */
  public static final class Stall {
    private final CountDownLatch released = new CountDownLatch(1);
    private final Object lock = new Object();
    private int held;
    private int processed;

    Stall() {}

    /** Lets every request held by this stall, and every later one it hits, proceed. Idempotent. */
    public void release() {
      released.countDown();
    }

    /**
     * Returns how many requests this stall has caught so far, released or not.
     *
     * @return the count
     */
    public int heldCount() {
      synchronized (lock) {
        return held;
      }
    }

    /**
     * Waits until this stall has caught at least {@code count} requests.
     *
     * @param count the number of requests to wait for
     * @param timeout the longest wait
     * @return true if that many requests arrived in time
     * @throws InterruptedException if the waiting thread is interrupted
     */
    public boolean awaitHeld(int count, Duration timeout) throws InterruptedException {
      long deadline = System.nanoTime() + timeout.toNanos();
      synchronized (lock) {
        while (held < count) {
          long left = deadline - System.nanoTime();
          if (left <= 0) {
            return false;
          }
          TimeUnit.NANOSECONDS.timedWait(lock, left);
        }
        return true;
      }
    }

    /**
     * Waits until at least {@code count} requests caught by this stall have been released and
     * processed (their response is computed; the client may have given up meanwhile).
     *
     * @param count the number of requests to wait for
     * @param timeout the longest wait
     * @return true if that many requests were processed in time
     * @throws InterruptedException if the waiting thread is interrupted
     */
    public boolean awaitProcessed(int count, Duration timeout) throws InterruptedException {
      long deadline = System.nanoTime() + timeout.toNanos();
      synchronized (lock) {
        while (processed < count) {
          long left = deadline - System.nanoTime();
          if (left <= 0) {
            return false;
          }
          TimeUnit.NANOSECONDS.timedWait(lock, left);
        }
        return true;
      }
    }

    void processed() {
      synchronized (lock) {
        processed++;
        lock.notifyAll();
      }
    }

    void hold() throws InterruptedException {
      synchronized (lock) {
        held++;
        lock.notifyAll();
      }
      released.await();
    }
  }

  enum Kind {
    STATUS,
    HTML_502,
    DELAY,
    STALL,
    DROP_BEFORE,
    DROP_AFTER
  }

  /** One queued fault. */
  static final class Rule {
    final String method;
    final String pathPrefix;
    final Kind kind;
    final int status;
    final Duration duration;
    final Stall stall;
    int remaining;

    Rule(
        String method,
        String pathPrefix,
        int times,
        Kind kind,
        int status,
        Duration duration,
        Stall stall) {
      this.method = method;
      this.pathPrefix = pathPrefix;
      this.remaining = times;
      this.kind = kind;
      this.status = status;
      this.duration = duration;
      this.stall = stall;
    }

    boolean matches(String requestMethod, String path) {
      return (method == null || method.equalsIgnoreCase(requestMethod))
          && path.startsWith(pathPrefix);
    }

    String describe() {
      switch (kind) {
        case STATUS:
        case HTML_502:
          return String.valueOf(status);
        case DELAY:
          return "delay " + duration;
        case STALL:
          return "stall";
        case DROP_BEFORE:
          return "drop before processing";
        default:
          return "drop after processing";
      }
    }
  }

  /** The sandbox-wide queue of rules. */
  static final class Queue {
    private final List<Rule> rules = new ArrayList<>();
    // Every stall ever queued, so that clear() also frees requests held by a used-up rule.
    private final List<Stall> stalls = new ArrayList<>();

    synchronized void add(Rule rule) {
      rules.add(rule);
      if (rule.stall != null) {
        stalls.add(rule.stall);
      }
    }

    /** Takes one use of the first matching rule, or returns null. */
    synchronized Rule take(String method, String path) {
      for (Iterator<Rule> it = rules.iterator(); it.hasNext(); ) {
        Rule rule = it.next();
        if (rule.matches(method, path)) {
          if (--rule.remaining == 0) {
            it.remove();
          }
          return rule;
        }
      }
      return null;
    }

    synchronized int pending() {
      int n = 0;
      for (Rule rule : rules) {
        n += rule.remaining;
      }
      return n;
    }

    void clear() {
      List<Stall> toRelease;
      synchronized (this) {
        toRelease = new ArrayList<>(stalls);
        rules.clear();
        stalls.clear();
      }
      for (Stall stall : toRelease) {
        stall.release();
      }
    }
  }
}

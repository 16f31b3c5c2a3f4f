package io.github.facilioo4j.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * CPU time of the benchmark thread per call, reported by JMH next to the wall-clock time as {@code
 * cpuNsPerCall}. On a shared machine the wall clock also counts the time other processes held the
 * core; the thread's CPU time does not, so its ratios stay steady under load.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class CpuTime {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private long thread;
  private long startNanos;
  private long calls;

  /** Starts counting at the beginning of each iteration, on the benchmark thread. */
  @Setup(Level.Iteration)
  public void start() {
    thread = Thread.currentThread().getId();
    calls = 0;
    startNanos = THREADS.getThreadCpuTime(thread);
  }

  /** Counts one call; the benchmark methods call this once each. */
  void count() {
    calls++;
  }

  /**
   * CPU nanoseconds the benchmark thread used per call in this iteration.
   *
   * @return the figure JMH reports as a secondary result
   */
  public double cpuNsPerCall() {
    return calls == 0 ? 0 : (THREADS.getThreadCpuTime(thread) - startNanos) / (double) calls;
  }
}

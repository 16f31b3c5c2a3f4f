package io.github.facilioo4j.benchmarks;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of 32 concurrent callers sharing one client, each retrieving a process from a loopback
 * HTTP server over real sockets.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@Threads(32)
public class ThroughputBenchmark {
  /** Which client is measured. */
  @Param({"floor", "sdk"})
  public String contender;

  private LoopbackRig rig;
  private Contender client;

  /**
   * Starts the server and builds the contender; both contenders get the same OkHttp configuration,
   * with a pool that keeps a connection per caller.
   *
   * @throws IOException when the server cannot start
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    rig = LoopbackRig.start(8, 32);
    client = rig.contender(contender);
  }

  /** Stops everything. */
  @TearDown(Level.Trial)
  public void tearDown() {
    rig.close();
  }

  /**
   * GET /api/processes/42 over loopback.
   *
   * @return the process
   */
  @Benchmark
  public Object retrieve() {
    return client.retrieve(Fixtures.PROCESS_ID);
  }
}

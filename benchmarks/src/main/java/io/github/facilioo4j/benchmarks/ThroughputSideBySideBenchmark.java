package io.github.facilioo4j.benchmarks;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Group;
import org.openjdk.jmh.annotations.GroupThreads;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput side by side: 16 floor callers and 16 SDK callers at the same time against one
 * loopback server, so that both see the same machine load. On a shared machine the ratio of the two
 * is steadier than that of two separate {@link ThroughputBenchmark} runs.
 */
@State(Scope.Group)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ThroughputSideBySideBenchmark {
  /** The baseline's name; {@code floor-calltimeout} is the floor with the SDK's call timeout. */
  @Param({"floor"})
  public String baseline;

  /** The other contender's name. */
  @Param({"sdk"})
  public String contender;

  private LoopbackRig rig;
  private Contender left;
  private Contender right;

  /**
   * Starts the server and both contenders on one OkHttp configuration.
   *
   * @throws IOException when the server cannot start
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    rig = LoopbackRig.start(8, 32);
    if (baseline.equals("floor-calltimeout")) {
      OkHttpClient withCallTimeout =
          rig.http.newBuilder().callTimeout(60, TimeUnit.SECONDS).build();
      left = rig.contender("floor", withCallTimeout);
    } else {
      left = rig.contender(baseline);
    }
    right = rig.contender(contender);
  }

  /** Stops everything. */
  @TearDown(Level.Trial)
  public void tearDown() {
    rig.close();
  }

  /**
   * The baseline's retrieve.
   *
   * @return the process
   */
  @Benchmark
  @Group("pair")
  @GroupThreads(16)
  public Object baseline() {
    return left.retrieve(Fixtures.PROCESS_ID);
  }

  /**
   * The contender's retrieve.
   *
   * @return the process
   */
  @Benchmark
  @Group("pair")
  @GroupThreads(16)
  public Object contender() {
    return right.retrieve(Fixtures.PROCESS_ID);
  }
}

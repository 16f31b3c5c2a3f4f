package io.github.facilioo4j.benchmarks;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
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
 * Time per call over a real loopback socket, side by side: one baseline caller and one contender
 * caller run at the same time against one server, each on its own connection, so that both see the
 * same machine load. Unlike the in-memory per-call figures, this includes the socket, the HTTP
 * framing and the server's answer; unlike the throughput figures, there is one call in flight per
 * contender, so it is the latency a sequential sync loop sees.
 */
@State(Scope.Group)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class LoopbackPerCallBenchmark {
  /** The baseline's name. */
  @Param({"floor"})
  public String baseline;

  /** The other contender's name: {@code sdk} or {@code generated}. */
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
    rig = LoopbackRig.start(4, 4);
    left = rig.contender(baseline);
    right = rig.contender(contender);
  }

  /** Stops everything. */
  @TearDown(Level.Trial)
  public void tearDown() {
    rig.close();
  }

  /**
   * The baseline's retrieve: GET /api/processes/42.
   *
   * @return the process
   */
  @Benchmark
  @Group("retrieve")
  @GroupThreads(1)
  public Object retrieveBaseline() {
    return left.retrieve(Fixtures.PROCESS_ID);
  }

  /**
   * The contender's retrieve: GET /api/processes/42.
   *
   * @return the process
   */
  @Benchmark
  @Group("retrieve")
  @GroupThreads(1)
  public Object retrieveContender() {
    return right.retrieve(Fixtures.PROCESS_ID);
  }

  /**
   * The baseline's create: POST /api/processes.
   *
   * @return the process
   */
  @Benchmark
  @Group("create")
  @GroupThreads(1)
  public Object createBaseline() {
    return left.create();
  }

  /**
   * The contender's create: POST /api/processes.
   *
   * @return the process
   */
  @Benchmark
  @Group("create")
  @GroupThreads(1)
  public Object createContender() {
    return right.create();
  }

  /**
   * The baseline's page: GET /api/processes?pageNumber=1&amp;pageSize=100.
   *
   * @return the page
   */
  @Benchmark
  @Group("listPage")
  @GroupThreads(1)
  public Object listPageBaseline() {
    return left.listPage(1, 100);
  }

  /**
   * The contender's page: GET /api/processes?pageNumber=1&amp;pageSize=100.
   *
   * @return the page
   */
  @Benchmark
  @Group("listPage")
  @GroupThreads(1)
  public Object listPageContender() {
    return right.listPage(1, 100);
  }
}

package io.github.facilioo4j.benchmarks;

import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
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
 * Per-call client overhead: time (and, with {@code -prof gc}, allocation) of one create, one
 * retrieve and one page of 100 processes, with the transport answering from memory.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PerCallBenchmark {
  /** Which client is measured. */
  @Param({"floor", "sdk", "generated"})
  public String contender;

  private OkHttpClient http;
  private Contender client;

  /** Builds the contender on the shared in-memory OkHttp configuration and checks that it works. */
  @Setup
  public void setUp() {
    http = InMemoryTransport.client();
    client = Contenders.create(contender, http, Fixtures.IN_MEMORY_BASE_URL);
    client.create();
    client.retrieve(Fixtures.PROCESS_ID);
    client.listPage(1, Fixtures.PAGE_SIZE);
  }

  /** Releases the contender and the OkHttp client. */
  @TearDown
  public void tearDown() {
    client.close();
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }

  /**
   * POST /api/processes from the fixture values.
   *
   * @param cpu counts the call for the CPU time per call
   * @return the created process
   */
  @Benchmark
  public Object create(CpuTime cpu) {
    cpu.count();
    return client.create();
  }

  /**
   * GET /api/processes/42.
   *
   * @param cpu counts the call for the CPU time per call
   * @return the process
   */
  @Benchmark
  public Object retrieve(CpuTime cpu) {
    cpu.count();
    return client.retrieve(Fixtures.PROCESS_ID);
  }

  private int nextId;

  /**
   * GET /api/processes/{id} with a different id on every call (1 to 1,000 in turn), as a sync job
   * reading many processes does; no client can reuse the URL of the call before.
   *
   * @param cpu counts the call for the CPU time per call
   * @return the process
   */
  @Benchmark
  public Object retrieveVaryingIds(CpuTime cpu) {
    cpu.count();
    nextId = nextId == 1000 ? 1 : nextId + 1;
    return client.retrieve(nextId);
  }

  /**
   * GET /api/processes?pageNumber=1&amp;pageSize=100, decoded.
   *
   * @param cpu counts the call for the CPU time per call
   * @return the page
   */
  @Benchmark
  public Object listPage(CpuTime cpu) {
    cpu.count();
    return client.listPage(1, Fixtures.PAGE_SIZE);
  }
}

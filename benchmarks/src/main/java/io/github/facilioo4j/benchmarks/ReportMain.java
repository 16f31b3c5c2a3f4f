package io.github.facilioo4j.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the raw results of one {@code run.sh} run into {@code results.md}: a markdown table of
 * every figure as a ratio to the floor, with the settings and the machine in its header.
 *
 * <p>Usage: {@code ReportMain resultsDir}. Missing inputs show as "n/a".
 */
public final class ReportMain {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Prefix of a metric name (empty for the primary one) asking for the median of iterations. */
  private static final String MEDIAN = "median:";

  /** CPU time is reported in ns; the table shows µs like the wall clock. */
  private static final double NANOS_PER_MICRO = 1000.0;

  private final Path dir;
  private final StringBuilder out = new StringBuilder();

  private ReportMain(Path dir) {
    this.dir = dir;
  }

  /**
   * Writes {@code results.md} into the results directory and prints it.
   *
   * @param args the results directory
   * @throws IOException when reading or writing fails
   */
  public static void main(String[] args) throws IOException {
    Path dir = Paths.get(args[0]);
    String report = new ReportMain(dir).render();
    Files.write(dir.resolve("results.md"), report.getBytes(StandardCharsets.UTF_8));
    System.out.print(report);
  }

  private String render() throws IOException {
    JsonNode perCall = read("percall.json");
    JsonNode throughput = read("throughput.json");
    JsonNode coldStart = read("coldstart.json");
    JsonNode sideBySide = read("throughput-side-by-side.json");
    JsonNode loopback = read("loopback-percall.json");
    JsonNode first = perCall != null && perCall.size() > 0 ? perCall.get(0) : null;

    line("## Performance");
    line("");
    line(
        "One run of `bash benchmarks/run.sh` on %s: %d cores, %s %s (%s).",
        LocalDate.now(),
        Runtime.getRuntime().availableProcessors(),
        first != null ? first.path("vmName").asText() : System.getProperty("java.vm.name"),
        first != null ? first.path("jdkVersion").asText() : System.getProperty("java.version"),
        System.getProperty("os.name") + " " + System.getProperty("os.arch"));
    if (first != null) {
      line(
          "JMH 1.37: %d warm-up × %s, %d measurement × %s, %d fork(s). Per-call figures: one"
              + " thread, the transport answering from memory; each is the median of the"
              + " measurement iterations; time as wall clock and as the benchmark thread's CPU"
              + " time (which other load on the machine does not inflate); bytes from `-prof gc`.",
          first.path("warmupIterations").asInt(),
          first.path("warmupTime").asText(),
          first.path("measurementIterations").asInt(),
          first.path("measurementTime").asText(),
          first.path("forks").asInt());
    }
    String loadStart = text("loadavg-start.txt");
    String loadEnd = text("loadavg-end.txt");
    if (loadStart != null && loadEnd != null) {
      line(
          "Load average (1/5/15 min) at start: %s; at end: %s (the machine is shared).",
          loadStart, loadEnd);
    }
    if (coldStart != null) {
      line(
          "Cold start: median of %d JVMs each, from launch to the first create against a loopback"
              + " server and exit. Throughput: JMH threads sharing one client per contender,"
              + " retrieving from a loopback server; the side-by-side row runs both contenders at"
              + " once, so that both see the same load. Over loopback: one floor caller and one"
              + " caller of the other contender at the same time, one call in flight each, each on"
              + " its own connection to one loopback server; the ratio is of the two at once.",
          coldStart.path("runs").asInt());
    }
    line("");
    line("| figure | floor | SDK | SDK ÷ floor | target | met | generated | generated ÷ floor |");
    line("|---|---:|---:|---:|---|---|---:|---:|");
    String[][] calls = {
      {"create", "create"},
      {"retrieve", "retrieve (same id)"},
      {"retrieveVaryingIds", "retrieve (a new id each call)"},
      {"listPage", "list one page of 100"}
    };
    for (String[] call : calls) {
      jmhRow(
          perCall,
          ".PerCallBenchmark." + call[0],
          MEDIAN,
          call[1] + ", wall-clock µs/call",
          1.10,
          true);
    }
    for (String[] call : calls) {
      jmhRow(
          perCall,
          ".PerCallBenchmark." + call[0],
          MEDIAN + "cpuNsPerCall",
          call[1] + ", CPU µs/call",
          1.10,
          true);
    }
    for (String[] call : calls) {
      jmhRow(
          perCall,
          ".PerCallBenchmark." + call[0],
          MEDIAN + "gc.alloc.rate.norm",
          call[1] + ", bytes allocated/call",
          1.20,
          true);
    }
    for (String[] call : calls) {
      if (!call[0].equals("retrieveVaryingIds")) {
        loopbackRow(loopback, call[0], call[1]);
      }
    }
    coldStartRow(coldStart);
    jmhRow(
        throughput,
        ".ThroughputBenchmark.retrieve",
        null,
        "throughput, 32 callers, one contender at a time, calls/s",
        0.95,
        false);
    sideBySideRow(sideBySide);
    pagingRow();
    fanOutRows(read("fanout-floor.json"), read("fanout-sdk.json"));
    walkRows(read("walk-floor.json"), read("walk-sdk.json"), read("walk-sdk-sequential.json"));
    line("");
    line(
        "Ratios below 1 are cheaper than the floor, except throughput, where higher is better. The"
            + " floor is hand-written OkHttp + Jackson doing the same work; \"generated\" is"
            + " openapi-generator's `java`/okhttp-gson client built from the same document. Over"
            + " loopback, an SDK create on a pooled HTTP/1 connection idle for a second or more"
            + " first looks, waiting at most 1 ms, whether the server has closed it; in these"
            + " back-to-back calls no connection is idle that long, so no create waits.");
    return out.toString();
  }

  private void jmhRow(
      JsonNode results,
      String benchmark,
      String secondary,
      String label,
      double target,
      boolean lowerIsBetter) {
    Double floor = score(results, benchmark, secondary, "floor");
    Double sdk = score(results, benchmark, secondary, "sdk");
    Double generated = score(results, benchmark, secondary, "generated");
    line(
        "| %s | %s | %s | %s | %s %.2f× | %s | %s | %s |",
        label,
        number(floor),
        number(sdk),
        ratio(sdk, floor),
        lowerIsBetter ? "≤" : "≥",
        target,
        met(sdk, floor, target, lowerIsBetter),
        number(generated),
        ratio(generated, floor));
  }

  private void coldStartRow(JsonNode coldStart) {
    Double floor = coldStart == null ? null : optional(coldStart.path("floor").path("medianMs"));
    Double sdk = coldStart == null ? null : optional(coldStart.path("sdk").path("medianMs"));
    Double paired =
        coldStart == null ? null : optional(coldStart.path("sdk").path("pairedRatioToFirst"));
    line(
        "| cold start to first create, ms (median) | %s | %s | %s | ≤ 1.10× | %s | n/a | n/a |",
        number(floor), number(sdk), ratio(sdk, floor), met(sdk, floor, 1.10, true));
    if (paired != null) {
      line(
          "| cold start, median of per-round ratios (each round starts both JVMs back to back) |"
              + " 1 | %.2f | %.2f× | ≤ 1.10× | %s | n/a | n/a |",
          paired, paired, paired <= 1.10 ? "yes" : "NO");
    }
  }

  /**
   * One row of {@code LoopbackPerCallBenchmark}: the contender's time per call beside the floor's,
   * both measured at once; the generated client's columns come from its own run beside the floor.
   */
  private void loopbackRow(JsonNode results, String group, String label) {
    Double[] sdk = pairScores(results, ".LoopbackPerCallBenchmark." + group, group, "sdk");
    Double[] generated =
        pairScores(results, ".LoopbackPerCallBenchmark." + group, group, "generated");
    line(
        "| %s, over loopback side by side, µs/call | %s | %s | %s | reported | n/a | %s | %s |",
        label,
        number(sdk[0]),
        number(sdk[1]),
        ratio(sdk[1], sdk[0]),
        number(generated[1]),
        ratio(generated[1], generated[0]));
  }

  /** The baseline's and the contender's score of one group benchmark, or nulls when absent. */
  private static Double[] pairScores(
      JsonNode results, String benchmark, String group, String contender) {
    Double[] scores = {null, null};
    if (results == null) {
      return scores;
    }
    for (JsonNode result : results) {
      if (result.path("benchmark").asText().endsWith(benchmark)
          && contender.equals(result.path("params").path("contender").asText())) {
        JsonNode metrics = result.path("secondaryMetrics");
        scores[0] = optional(metrics.path(group + "Baseline").path("score"));
        scores[1] = optional(metrics.path(group + "Contender").path("score"));
      }
    }
    return scores;
  }

  private void sideBySideRow(JsonNode results) {
    Double floor = null;
    Double sdk = null;
    if (results != null) {
      for (JsonNode result : results) {
        if (result.path("benchmark").asText().endsWith("ThroughputSideBySideBenchmark.pair")
            && "floor".equals(result.path("params").path("baseline").asText())
            && "sdk".equals(result.path("params").path("contender").asText())) {
          floor = optional(result.path("secondaryMetrics").path("baseline").path("score"));
          sdk = optional(result.path("secondaryMetrics").path("contender").path("score"));
        }
      }
    }
    line(
        "| throughput, 16 floor + 16 SDK callers at the same time, calls/s | %s | %s | %s |"
            + " ≥ 0.95× | %s | n/a | n/a |",
        number(floor), number(sdk), ratio(sdk, floor), met(sdk, floor, 0.95, false));
  }

  private void pagingRow() throws IOException {
    JsonNode floor = read("paging-floor.json");
    JsonNode sdk = read("paging-sdk.json");
    JsonNode generated = read("paging-generated.json");
    String sdkFlat = "n/a";
    if (sdk != null) {
      // Flat: the heap after GC at page 1,000 is within 1 MiB of the heap at page 1.
      sdkFlat = Math.abs(sdk.path("growthKiB").asLong()) <= 1024 ? "yes" : "NO";
    }
    line(
        "| heap after GC at page 1 / 500 / 1,000 of a 100,000-process walk, KiB | %s | %s | %s |"
            + " flat | %s | %s | %s |",
        heap(floor),
        heap(sdk),
        growthRatio(sdk, floor),
        sdkFlat,
        heap(generated),
        growthRatio(generated, floor));
  }

  /**
   * The fan-out of N async retrieves over a socket with latency ({@code NetworkScenariosMain
   * fanout}): wall time of one round beside the floor's with the same in-flight limit, and the
   * threads each client had while doing it.
   */
  private void fanOutRows(JsonNode floor, JsonNode sdk) {
    JsonNode any = sdk != null ? sdk : floor;
    String what =
        any == null
            ? "fan-out of N async retrieves"
            : String.format(
                Locale.ROOT,
                "fan-out of %,d async retrieves, %d ms per answer, %d in flight",
                any.path("calls").asInt(),
                any.path("latencyMs").asInt(),
                any.path("inFlight").asInt());
    Double floorWall = field(floor, "wallMs");
    Double sdkWall = field(sdk, "wallMs");
    line(
        "| %s, wall ms | %s | %s | %s | ≤ 1.10× | %s | n/a | n/a |",
        what,
        number(floorWall),
        number(sdkWall),
        ratio(sdkWall, floorWall),
        met(sdkWall, floorWall, 1.10, true));
    line(
        "| %s, client threads (JVM peak) | %s | %s | %s | independent of N | reported | n/a | n/a |",
        what,
        threads(floor),
        threads(sdk),
        ratio(field(sdk, "clientThreads"), field(floor, "clientThreads")));
  }

  private static String threads(JsonNode fanOut) {
    if (fanOut == null) {
      return "n/a";
    }
    return String.format(
        Locale.ROOT,
        "%d (%d)",
        fanOut.path("clientThreads").asInt(),
        fanOut.path("threadsPeak").asInt());
  }

  /**
   * The walks of 100,000 processes over a socket with latency ({@code NetworkScenariosMain walk}):
   * the SDK's walk with k pages in flight beside a hand-written one with as many, and its
   * sequential walk beside the sequential ideal (pages × latency); wall time and heap held.
   */
  private void walkRows(JsonNode floor, JsonNode sdk, JsonNode sequential) {
    JsonNode any = sdk != null ? sdk : floor;
    int k = any == null ? 0 : any.path("pagesInFlight").asInt();
    String latency =
        any == null
            ? ""
            : String.format(Locale.ROOT, ", %d ms per answer", any.path("latencyMs").asInt());
    Double floorWall = field(floor, "wallMs");
    Double sdkWall = field(sdk, "wallMs");
    line(
        "| walk of 100,000 processes, %d pages in flight%s, wall ms | %s | %s | %s | ≤ 1.25× | %s"
            + " | n/a | n/a |",
        k,
        latency,
        number(floorWall),
        number(sdkWall),
        ratio(sdkWall, floorWall),
        met(sdkWall, floorWall, 1.25, true));
    Double floorHeap = field(floor, "heapAtHalfKiB");
    Double sdkHeap = field(sdk, "heapAtHalfKiB");
    line(
        "| walk of 100,000 processes, %d pages in flight, heap after GC halfway, KiB | %s | %s |"
            + " %s | O(pages in flight) | reported | n/a | n/a |",
        k, number(floorHeap), number(sdkHeap), ratio(sdkHeap, floorHeap));
    JsonNode seq = sequential != null ? sequential : any;
    Double ideal =
        seq == null ? null : seq.path("pages").asDouble() * seq.path("latencyMs").asDouble();
    Double sequentialWall = field(sequential, "wallMs");
    line(
        "| sequential walk of 100,000 processes (`stream()`)%s, wall ms; floor: pages × latency"
            + " | %s | %s | %s | reported | n/a | n/a | n/a |",
        latency, number(ideal), number(sequentialWall), ratio(sequentialWall, ideal));
    line(
        "| sequential walk of 100,000 processes, heap after GC halfway, KiB | n/a | %s | n/a |"
            + " reported | n/a | n/a | n/a |",
        number(field(sequential, "heapAtHalfKiB")));
  }

  private static Double field(JsonNode result, String name) {
    return result == null ? null : optional(result.path(name));
  }

  private static String heap(JsonNode paging) {
    if (paging == null) {
      return "n/a";
    }
    return String.format(
        Locale.ROOT,
        "%,d / %,d / %,d",
        paging.path("heapKiBAtPage1").asLong(),
        paging.path("heapKiBAtPage500").asLong(),
        paging.path("heapKiBAtPage1000").asLong());
  }

  private static String growthRatio(JsonNode paging, JsonNode floor) {
    if (paging == null) {
      return "n/a";
    }
    String growth = String.format(Locale.ROOT, "%+,d KiB", paging.path("growthKiB").asLong());
    if (floor == null) {
      return growth;
    }
    double ratio =
        (double) paging.path("heapKiBAtPage1000").asLong()
            / floor.path("heapKiBAtPage1000").asLong();
    return String.format(Locale.ROOT, "%.2f× (growth %s)", ratio, growth);
  }

  private static Double score(
      JsonNode results, String benchmark, String secondary, String contender) {
    if (results == null) {
      return null;
    }
    boolean median = secondary != null && secondary.startsWith(MEDIAN);
    String name = median ? secondary.substring(MEDIAN.length()) : secondary;
    for (JsonNode result : results) {
      if (!result.path("benchmark").asText().endsWith(benchmark)
          || !contender.equals(result.path("params").path("contender").asText())) {
        continue;
      }
      JsonNode metric = null;
      if (name == null || name.isEmpty()) {
        metric = result.path("primaryMetric");
      } else {
        Iterator<Map.Entry<String, JsonNode>> metrics = result.path("secondaryMetrics").fields();
        while (metrics.hasNext()) {
          Map.Entry<String, JsonNode> entry = metrics.next();
          if (entry.getKey().endsWith(name)) {
            metric = entry.getValue();
          }
        }
      }
      if (metric == null) {
        return null;
      }
      double scale = "cpuNsPerCall".equals(name) ? 1 / NANOS_PER_MICRO : 1;
      return (median ? medianOfIterations(metric) : metric.path("score").asDouble()) * scale;
    }
    return null;
  }

  /** The median of every measurement iteration of every fork: steadier than the mean under load. */
  private static double medianOfIterations(JsonNode metric) {
    List<Double> values = new ArrayList<>();
    for (JsonNode fork : metric.path("rawData")) {
      for (JsonNode value : fork) {
        values.add(value.asDouble());
      }
    }
    if (values.isEmpty()) {
      return metric.path("score").asDouble();
    }
    Collections.sort(values);
    int middle = values.size() / 2;
    return values.size() % 2 == 1
        ? values.get(middle)
        : (values.get(middle - 1) + values.get(middle)) / 2;
  }

  private static Double optional(JsonNode node) {
    return node.isNumber() ? node.asDouble() : null;
  }

  private static String number(Double value) {
    if (value == null) {
      return "n/a";
    }
    if (value >= 100) {
      return String.format(Locale.ROOT, "%,.0f", value);
    }
    return String.format(Locale.ROOT, "%.2f", value);
  }

  private static String ratio(Double value, Double floor) {
    if (value == null || floor == null || floor == 0) {
      return "n/a";
    }
    return String.format(Locale.ROOT, "%.2f×", value / floor);
  }

  private static String met(Double value, Double floor, double target, boolean lowerIsBetter) {
    if (value == null || floor == null || floor == 0) {
      return "n/a";
    }
    double ratio = value / floor;
    return (lowerIsBetter ? ratio <= target : ratio >= target) ? "yes" : "NO";
  }

  private JsonNode read(String name) throws IOException {
    File file = dir.resolve(name).toFile();
    return file.isFile() ? MAPPER.readTree(file) : null;
  }

  private String text(String name) throws IOException {
    Path file = dir.resolve(name);
    if (!Files.isRegularFile(file)) {
      return null;
    }
    String[] fields =
        new String(Files.readAllBytes(file), StandardCharsets.UTF_8).trim().split(" ");
    return fields.length >= 3 ? fields[0] + " " + fields[1] + " " + fields[2] : null;
  }

  private void line(String format, Object... args) {
    out.append(String.format(Locale.ROOT, format, args)).append('\n');
  }
}

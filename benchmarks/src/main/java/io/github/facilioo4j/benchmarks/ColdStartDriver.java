package io.github.facilioo4j.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Cold start: times separate JVMs, each going from start to its first create against a loopback
 * server and exiting, alternating the contenders, and prints the medians and their ratio.
 *
 * <p>Usage: {@code ColdStartDriver [runs] [output.json] [contender...]}; defaults 7 runs, no file,
 * {@code floor sdk}. The first contender is the baseline of the ratio.
 */
public final class ColdStartDriver {
  private ColdStartDriver() {}

  /**
   * Runs the measurement.
   *
   * @param args runs, output file ({@code -} for none), contenders
   * @throws Exception when a child JVM fails or hangs
   */
  public static void main(String[] args) throws Exception {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
    String out = args.length > 1 ? args[1] : "-";
    List<String> contenders =
        args.length > 2 ? Arrays.asList(args).subList(2, args.length) : List.of("floor", "sdk");
    Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
    String classPath = System.getProperty("java.class.path");

    Map<String, List<Double>> samples = new LinkedHashMap<>();
    try (LoopbackServer server = LoopbackServer.start(2)) {
      for (String contender : contenders) {
        samples.put(contender, new ArrayList<>());
        time(java, classPath, contender, server.baseUrl()); // warms the file cache; discarded
      }
      for (int run = 0; run < runs; run++) {
        for (String contender : contenders) {
          samples.get(contender).add(time(java, classPath, contender, server.baseUrl()));
        }
      }
    }

    ObjectMapper mapper = new ObjectMapper();
    ObjectNode result = mapper.createObjectNode();
    result.put("runs", runs);
    result.put("java", java.toString());
    double baseline = Double.NaN;
    List<Double> first = null;
    for (Map.Entry<String, List<Double>> entry : samples.entrySet()) {
      double median = median(entry.getValue());
      if (Double.isNaN(baseline)) {
        baseline = median;
        first = entry.getValue();
      }
      // Each round starts the contenders back to back, so the two JVMs of a round see about the
      // same machine load: the median of the per-round ratios is steadier than the ratio of the
      // medians when the load drifts during the measurement.
      List<Double> ratios = new ArrayList<>();
      for (int run = 0; run < runs; run++) {
        ratios.add(entry.getValue().get(run) / first.get(run));
      }
      double pairedRatio = median(ratios);
      ObjectNode node = result.putObject(entry.getKey());
      node.put("medianMs", median);
      node.put("ratioToFirst", median / baseline);
      node.put("pairedRatioToFirst", pairedRatio);
      ArrayNode list = node.putArray("samplesMs");
      entry.getValue().forEach(list::add);
      System.out.printf(
          "cold start %-9s median %7.1f ms over %d runs, ratio of medians %.2f, median of"
              + " per-round ratios %.2f, samples %s%n",
          entry.getKey(), median, runs, median / baseline, pairedRatio, entry.getValue());
    }
    if (!"-".equals(out)) {
      mapper.writerWithDefaultPrettyPrinter().writeValue(new File(out), result);
    }
  }

  private static double time(Path java, String classPath, String contender, String baseUrl)
      throws Exception {
    ProcessBuilder builder =
        new ProcessBuilder(
                java.toString(),
                "-cp",
                classPath,
                ColdStartMain.class.getName(),
                contender,
                baseUrl)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD);
    long start = System.nanoTime();
    Process process = builder.start();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException(contender + ": cold start did not exit within 60 s");
    }
    long elapsed = System.nanoTime() - start;
    if (process.exitValue() != 0) {
      throw new IllegalStateException(
          contender + ": cold start exited with " + process.exitValue());
    }
    return Math.round(elapsed / 100_000.0) / 10.0;
  }

  private static double median(List<Double> values) {
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }
}

package io.github.facilioo4j.benchmarks;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.facilioo4j.core.FaciliooOptions;
import io.github.facilioo4j.processes.ProcessesClient;
import io.github.facilioo4j.processes.model.ProcessRead;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Dispatcher;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The figures over a real socket with network-like latency ({@link LatencyServer}): the fan-out of
 * N async retrieves (wall time, threads in use) and the walk of 100,000 processes, sequential and
 * with k pages in flight (wall time, heap held), for the SDK and the hand-written floor with the
 * same in-flight limit. One JVM per scenario and contender; prints one JSON line.
 *
 * <pre>
 *   NetworkScenariosMain fanout floor|sdk calls latencyMs inFlight out.json
 *   NetworkScenariosMain walk floor|sdk|sdk-sequential pagesInFlight latencyMs out.json
 * </pre>
 */
public final class NetworkScenariosMain {
  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
  private static final ObjectReader PROCESS = MAPPER.readerFor(FloorProcess.class);
  private static final ObjectReader PAGE = MAPPER.readerFor(FloorPage.class);

  private NetworkScenariosMain() {}

  /**
   * Runs one scenario.
   *
   * @param args see the class documentation
   * @throws Exception when the scenario fails
   */
  public static void main(String[] args) throws Exception {
    String result;
    long latencyMs = Long.parseLong(args[3]);
    try (LatencyServer server = LatencyServer.start(latencyMs)) {
      if (args[0].equals("fanout")) {
        result =
            fanOut(
                args[1],
                Integer.parseInt(args[2]),
                Integer.parseInt(args[4]),
                latencyMs,
                server.baseUrl());
      } else {
        result = walk(args[1], Integer.parseInt(args[2]), latencyMs, server.baseUrl());
      }
    }
    System.out.println(result);
    String out =
        args[0].equals("fanout")
            ? (args.length > 5 ? args[5] : null)
            : args.length > 4 ? args[4] : null;
    if (out != null) {
      Files.write(Paths.get(out), (result + "\n").getBytes("UTF-8"));
    }
    System.exit(0);
  }

  private static OkHttpClient okHttp(int inFlight) {
    Dispatcher dispatcher = new Dispatcher();
    dispatcher.setMaxRequests(inFlight);
    dispatcher.setMaxRequestsPerHost(inFlight);
    return new OkHttpClient.Builder()
        .dispatcher(dispatcher)
        .connectionPool(new okhttp3.ConnectionPool(inFlight, 5, TimeUnit.MINUTES))
        .build();
  }

  private static String fanOut(
      String contender, int calls, int inFlight, long latencyMs, String baseUrl) throws Exception {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    boolean sdk = contender.equals("sdk");
    ProcessesClient client =
        sdk
            ? ProcessesClient.create(
                FaciliooOptions.builder()
                    .baseUrl(baseUrl)
                    .token(Fixtures.TOKEN)
                    .maxRequests(inFlight)
                    .maxRequestsPerHost(inFlight)
                    .build())
            : null;
    OkHttpClient http = sdk ? null : okHttp(inFlight);
    HttpUrl processes = HttpUrl.get(baseUrl + "/api/processes");
    // Warm-up: connections opened and code compiled before the measured round.
    for (int round = 0; round < 3; round++) {
      run(client, http, processes, Math.min(calls, 1_000));
    }
    int before = threads.getThreadCount();
    threads.resetPeakThreadCount();
    long start = System.nanoTime();
    run(client, http, processes, calls);
    long wall = System.nanoTime() - start;
    int peak = threads.getPeakThreadCount();
    // Idle dispatcher threads live on for a minute: those alive now are all the round used.
    int clientThreads = clientThreads();
    return String.format(
        Locale.ROOT,
        "{\"scenario\":\"fanout\",\"contender\":\"%s\",\"calls\":%d,\"inFlight\":%d,"
            + "\"latencyMs\":%d,\"wallMs\":%.1f,\"threadsBefore\":%d,\"threadsPeak\":%d,"
            + "\"clientThreads\":%d}",
        contender,
        calls,
        inFlight,
        latencyMs,
        wall / 1e6,
        before,
        peak,
        clientThreads);
  }

  private static void run(ProcessesClient client, OkHttpClient http, HttpUrl processes, int calls)
      throws Exception {
    List<CompletableFuture<Integer>> futures = new ArrayList<>(calls);
    for (int id = 1; id <= calls; id++) {
      futures.add(
          client != null
              ? client.retrieveAsync(id).thenApply(ProcessRead::id)
              : floor(http, processes, id));
    }
    for (int id = 1; id <= calls; id++) {
      int got = futures.get(id - 1).get(10, TimeUnit.MINUTES);
      if (got != id) {
        throw new AssertionError("call " + id + " got process " + got);
      }
    }
  }

  /** The floor's async retrieve: OkHttp's enqueue and Jackson, nothing more. */
  private static CompletableFuture<Integer> floor(OkHttpClient http, HttpUrl processes, int id) {
    CompletableFuture<Integer> result = new CompletableFuture<>();
    Request request =
        new Request.Builder()
            .url(processes.newBuilder().addPathSegment(Integer.toString(id)).build())
            .header("Authorization", "Bearer " + Fixtures.TOKEN)
            .header("api-version", Fixtures.API_VERSION)
            .build();
    http.newCall(request)
        .enqueue(
            new Callback() {
              @Override
              public void onFailure(Call call, IOException e) {
                result.completeExceptionally(e);
              }

              @Override
              public void onResponse(Call call, Response response) {
                try (Response r = response) {
                  FloorProcess process = PROCESS.readValue(r.body().byteStream());
                  result.complete(process.id);
                } catch (IOException | RuntimeException e) {
                  result.completeExceptionally(e);
                }
              }
            });
    return result;
  }

  /** Threads of the client under test: the SDK's ({@code facilioo-...}) and OkHttp's. */
  private static int clientThreads() {
    int count = 0;
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      String name = thread.getName();
      if (thread.isAlive() && (name.startsWith("facilioo-") || name.startsWith("OkHttp"))) {
        count++;
      }
    }
    return count;
  }

  private static String walk(String contender, int pagesInFlight, long latencyMs, String baseUrl)
      throws Exception {
    long start = System.nanoTime();
    long[] heldAtHalf = new long[1];
    long items;
    int half = Fixtures.TOTAL_PAGES * Fixtures.PAGE_SIZE / 2;
    if (contender.startsWith("sdk")) {
      try (ProcessesClient client =
              ProcessesClient.create(
                  FaciliooOptions.builder().baseUrl(baseUrl).token(Fixtures.TOKEN).build());
          Stream<ProcessRead> all =
              contender.equals("sdk-sequential")
                  ? client.list(Fixtures.PAGE_SIZE).stream()
                  : client.list(Fixtures.PAGE_SIZE).stream(pagesInFlight)) {
        long[] count = new long[1];
        all.forEach(
            p -> {
              if (++count[0] == half) {
                heldAtHalf[0] = heapAfterGc();
              }
            });
        items = count[0];
      }
    } else {
      items =
          floorWalk(okHttp(Math.max(pagesInFlight, 1)), baseUrl, pagesInFlight, half, heldAtHalf);
    }
    long wall = System.nanoTime() - start;
    return String.format(
        Locale.ROOT,
        "{\"scenario\":\"walk\",\"contender\":\"%s\",\"pagesInFlight\":%d,\"items\":%d,"
            + "\"pages\":%d,\"latencyMs\":%d,\"wallMs\":%.1f,\"heapAtHalfKiB\":%d}",
        contender,
        pagesInFlight,
        items,
        Fixtures.TOTAL_PAGES,
        latencyMs,
        wall / 1e6,
        heldAtHalf[0] / 1024);
  }

  /** A hand-written walk keeping {@code k} pages in flight, in order. */
  private static long floorWalk(
      OkHttpClient http, String baseUrl, int k, int half, long[] heldAtHalf) throws Exception {
    HttpUrl list = HttpUrl.get(baseUrl + "/api/processes");
    ArrayDeque<CompletableFuture<FloorPage>> ahead = new ArrayDeque<>();
    FloorPage first = page(http, list, 1).get();
    long count = 0;
    int requested = 1;
    FloorPage current = first;
    while (true) {
      for (FloorProcess ignored : current.items) {
        if (++count == half) {
          heldAtHalf[0] = heapAfterGc();
        }
      }
      while (ahead.size() < k && requested < first.totalPages) {
        ahead.add(page(http, list, ++requested));
      }
      CompletableFuture<FloorPage> next = ahead.poll();
      if (next == null) {
        return count;
      }
      current = next.get();
    }
  }

  private static CompletableFuture<FloorPage> page(OkHttpClient http, HttpUrl list, int n) {
    CompletableFuture<FloorPage> result = new CompletableFuture<>();
    Request request =
        new Request.Builder()
            .url(
                list.newBuilder()
                    .addQueryParameter("pageNumber", Integer.toString(n))
                    .addQueryParameter("pageSize", Integer.toString(Fixtures.PAGE_SIZE))
                    .build())
            .header("Authorization", "Bearer " + Fixtures.TOKEN)
            .build();
    http.newCall(request)
        .enqueue(
            new Callback() {
              @Override
              public void onFailure(Call call, IOException e) {
                result.completeExceptionally(e);
              }

              @Override
              public void onResponse(Call call, Response response) {
                try (Response r = response) {
                  result.complete(PAGE.readValue(r.body().byteStream()));
                } catch (IOException | RuntimeException e) {
                  result.completeExceptionally(e);
                }
              }
            });
    return result;
  }

  private static long heapAfterGc() {
    System.gc();
    Runtime runtime = Runtime.getRuntime();
    return runtime.totalMemory() - runtime.freeMemory();
  }
}

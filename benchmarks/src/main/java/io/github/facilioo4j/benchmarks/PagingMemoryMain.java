package io.github.facilioo4j.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import okhttp3.OkHttpClient;

/**
 * Paging memory: walks 100,000 processes (1,000 pages of 100) from the in-memory transport and
 * records the heap in use after a full GC at the end of page 1, 500 and 1,000. A walk that holds
 * only the current page shows the same figure at all three.
 *
 * <p>Usage: {@code PagingMemoryMain contender [output.json]}. Run it in a JVM of its own with a
 * fixed {@code -Xmx}, as {@code run.sh} does.
 */
public final class PagingMemoryMain {
  private static final int[] CHECKPOINT_PAGES = {1, 500, 1000};

  private PagingMemoryMain() {}

  /**
   * Runs one walk.
   *
   * @param args contender and optional output file
   * @throws Exception when writing the result fails
   */
  public static void main(String[] args) throws Exception {
    String contender = args[0];
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long[] usedAt = new long[CHECKPOINT_PAGES.length];
    OkHttpClient http = InMemoryTransport.pagingClient();
    long start = System.nanoTime();
    long seen;
    try (Contender client = Contenders.create(contender, http, Fixtures.IN_MEMORY_BASE_URL)) {
      seen =
          client.walk(
              Fixtures.PAGE_SIZE,
              count -> {
                for (int i = 0; i < CHECKPOINT_PAGES.length; i++) {
                  if (count == (long) CHECKPOINT_PAGES[i] * Fixtures.PAGE_SIZE) {
                    usedAt[i] = usedAfterGc(memory);
                  }
                }
              });
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    if (seen != (long) Fixtures.TOTAL_PAGES * Fixtures.PAGE_SIZE) {
      throw new IllegalStateException(contender + " walked " + seen + " processes");
    }

    ObjectMapper mapper = new ObjectMapper();
    ObjectNode result = mapper.createObjectNode();
    result.put("contender", contender);
    result.put("processes", seen);
    result.put("maxHeapMiB", Runtime.getRuntime().maxMemory() / (1024 * 1024));
    result.put("seconds", seconds);
    for (int i = 0; i < CHECKPOINT_PAGES.length; i++) {
      result.put("heapKiBAtPage" + CHECKPOINT_PAGES[i], usedAt[i] / 1024);
    }
    result.put("growthKiB", (usedAt[usedAt.length - 1] - usedAt[0]) / 1024);
    System.out.printf(
        "paging %-9s %d processes in %.1f s; heap after GC at page 1/500/1000: %d / %d / %d KiB%n",
        contender, seen, seconds, usedAt[0] / 1024, usedAt[1] / 1024, usedAt[2] / 1024);
    if (args.length > 1) {
      mapper.writerWithDefaultPrettyPrinter().writeValue(new File(args[1]), result);
    }
  }

  private static long usedAfterGc(MemoryMXBean memory) {
    long used = Long.MAX_VALUE;
    // Several collections, keeping the lowest figure: one System.gc() may leave floating garbage.
    for (int i = 0; i < 3; i++) {
      System.gc();
      used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
    }
    return used;
  }
}

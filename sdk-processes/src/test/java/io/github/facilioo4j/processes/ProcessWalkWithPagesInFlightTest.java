package io.github.facilioo4j.processes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.facilioo4j.core.errors.NotFoundException;
import io.github.facilioo4j.processes.model.ProcessRead;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

/**
 * {@code list(..).autoPager(k)} and {@code stream(k)} through the client against a local server:
 * every process once and in order, each page requested once with the same request as the sequential
 * walk, never more than k requests at the server at once, and the walk's failures.
 */
class ProcessWalkWithPagesInFlightTest extends ProcessesTestSupport {
  private static final int PAGES = 20;
  private static final int SIZE = 5;

  private final Set<String> paths = ConcurrentHashMap.newKeySet();
  private final AtomicInteger atServer = new AtomicInteger();
  private final AtomicInteger mostAtServer = new AtomicInteger();

  private void servePages(int failingPage) {
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            mostAtServer.accumulateAndGet(atServer.incrementAndGet(), Math::max);
            try {
              assertTrue(paths.add(request.getPath()), "asked twice: " + request.getPath());
              int n = Integer.parseInt(request.getRequestUrl().queryParameter("pageNumber"));
              if (n == failingPage) {
                return new MockResponse()
                    .setResponseCode(404)
                    .setHeader("Content-Type", "application/problem+json")
                    .setBody("{\"title\":\"gone\"}");
              }
              String[] items =
                  IntStream.rangeClosed(1, SIZE)
                      .mapToObj(i -> process((n - 1) * SIZE + i))
                      .toArray(String[]::new);
              return new MockResponse()
                  .setHeader("Content-Type", "application/json")
                  .setBody(page(n, PAGES, SIZE, items));
            } finally {
              atServer.decrementAndGet();
            }
          }
        });
  }

  @Test
  void autoPagerWithPagesInFlightGivesEveryProcessOnceInOrder() {
    servePages(0);

    List<Integer> ids = new ArrayList<>();
    for (ProcessRead process : processes.list(SIZE).autoPager(4)) {
      ids.add(process.id());
    }

    assertEquals(IntStream.rangeClosed(1, PAGES * SIZE).boxed().collect(Collectors.toList()), ids);
    assertEquals(PAGES, paths.size());
    for (int n = 1; n <= PAGES; n++) {
      assertTrue(paths.contains("/api/processes?pageNumber=" + n + "&pageSize=" + SIZE), "" + n);
    }
    assertTrue(mostAtServer.get() <= 4, "requests at the server at once: " + mostAtServer);
  }

  @Test
  void aFailingPageEndsTheStreamWithItsTypedException() {
    // The last page, so that no request is still under way when the test checks the connections.
    servePages(PAGES);

    List<Integer> ids = new ArrayList<>();
    NotFoundException failure;
    try (Stream<ProcessRead> walk = processes.list(SIZE).stream(3)) {
      failure = assertThrows(NotFoundException.class, () -> walk.forEach(p -> ids.add(p.id())));
    }

    assertEquals(404, failure.statusCode());
    assertEquals(
        IntStream.rangeClosed(1, (PAGES - 1) * SIZE).boxed().collect(Collectors.toList()), ids);
    assertEquals(PAGES, paths.size(), "pages requested");
  }
}

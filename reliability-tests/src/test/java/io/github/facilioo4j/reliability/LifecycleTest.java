package io.github.facilioo4j.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.facilioo4j.core.FaciliooOptions;
import io.github.facilioo4j.processes.ProcessesClient;
import io.github.facilioo4j.processes.model.ProcessCreate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

/**
 * After {@code close()} no thread the SDK started is alive, and a closed client refuses calls with
 * a clear error. Threads are compared by identity before and after; the test waits for each to end
 * with {@link Thread#join(long)}, never by sleeping.
 */
class LifecycleTest {
  private static final Duration THREAD_END = Duration.ofSeconds(10);

  private static Set<Thread> liveThreads() {
    return new HashSet<>(Thread.getAllStackTraces().keySet());
  }

  private static boolean isServerThread(Thread t) {
    return t.getName().startsWith("MockWebServer");
  }

  /**
   * OkHttp's "OkHttp TaskRunner" pool and Okio's "Okio Watchdog" are single JVM-wide threads shared
   * by every OkHttp client in the process (the application's too); no client owns or can stop them,
   * and they end by themselves after 60 s without work. They are therefore not counted as SDK
   * threads, and the test does not wait a minute for them. While a TaskRunner thread runs a task it
   * carries the task's name (for example "OkHttp ConnectionPool"), so it is also recognised by the
   * TaskRunner frames on its stack.
   */
  private static boolean isJvmWideOkHttpThread(Thread t) {
    if (t.getName().startsWith("OkHttp TaskRunner") || t.getName().equals("Okio Watchdog")) {
      return true;
    }
    return Arrays.stream(t.getStackTrace())
        .anyMatch(
            frame -> frame.getClassName().startsWith("okhttp3.internal.concurrent.TaskRunner"));
  }

  private static MockWebServer processServer() throws Exception {
    MockWebServer server = new MockWebServer();
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            String body =
                request.getPath().startsWith("/api/processes?")
                    ? "{\"items\":[{\"id\":1}],\"pageNumber\":1,\"pageSize\":10,\"totalPages\":1,"
                        + "\"totalCount\":1,\"hasPreviousPage\":false,\"hasNextPage\":false}"
                    : "{\"id\":7}";
            return new MockResponse().setHeader("Content-Type", "application/json").setBody(body);
          }
        });
    server.start();
    return server;
  }

  private static FaciliooOptions options(MockWebServer server) {
    return FaciliooOptions.builder()
        .baseUrl("http://127.0.0.1:" + server.getPort())
        .token("lifecycle-token")
        .sleeper(d -> {})
        .build();
  }

  @Test
  void afterCloseNoThreadTheSdkStartedIsAlive() throws Exception {
    try (MockWebServer server = processServer()) {
      Set<Thread> before = liveThreads();
      ProcessesClient client = ProcessesClient.create(options(server));
      ProcessesClient derived = client.withOptions(b -> b.maxRetries(0));
      client.retrieve(7);
      client.list(10).stream().count();
      List<CompletableFuture<?>> calls = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        calls.add(i % 2 == 0 ? client.retrieveAsync(7) : derived.listAsync(10));
      }
      for (CompletableFuture<?> call : calls) {
        call.get(30, TimeUnit.SECONDS);
      }
      Set<Thread> started = liveThreads();
      started.removeAll(before);
      started.removeIf(LifecycleTest::isServerThread);
      started.removeIf(LifecycleTest::isJvmWideOkHttpThread);
      assertTrue(
          started.stream().anyMatch(t -> t.getName().startsWith("facilioo-async-")),
          "the async calls ran on SDK threads: " + started);

      derived.close();
      client.close();

      List<String> alive = new ArrayList<>();
      for (Thread t : started) {
        t.join(THREAD_END.toMillis());
        if (t.isAlive()) {
          alive.add(
              t.getName()
                  + " "
                  + t.getState()
                  + " "
                  + Arrays.stream(t.getStackTrace())
                      .map(StackTraceElement::toString)
                      .collect(Collectors.joining(" <- ")));
        }
      }
      assertEquals(List.of(), alive, "threads still alive after close()");
      System.out.println(
          "lifecycle: "
              + started.size()
              + " SDK threads started, all ended after close(): "
              + started.stream().map(Thread::getName).sorted().collect(Collectors.toList()));
    }
  }

  @Test
  void closedClientRefusesEveryCallWithAClearErrorAndSendsNothing() throws Exception {
    try (MockWebServer server = processServer()) {
      ProcessesClient client = ProcessesClient.create(options(server));
      ProcessesClient derived = client.withOptions(b -> b.callTimeout(Duration.ofSeconds(5)));
      client.close();
      client.close(); // a second close is harmless

      assertTrue(client.isClosed());
      assertTrue(derived.isClosed(), "closing the parent closes derived clients");
      ProcessCreate create =
          ProcessCreate.builder().report("<p>x</p>").contactId(1).typeId(2).unitId(3).build();
      List<Runnable> calls =
          List.of(
              () -> client.retrieve(7),
              () -> client.create(create),
              () -> client.list(10),
              () -> client.update(7).subject("x").execute(),
              () -> derived.retrieve(7));
      for (Runnable call : calls) {
        IllegalStateException e = assertThrows(IllegalStateException.class, call::run);
        assertEquals("client is closed", e.getMessage());
      }
      ExecutionException async =
          assertThrows(
              ExecutionException.class, () -> client.createAsync(create).get(5, TimeUnit.SECONDS));
      assertInstanceOf(IllegalStateException.class, async.getCause());
      assertEquals("client is closed", async.getCause().getMessage());
      assertThrows(IllegalStateException.class, () -> client.withOptions(b -> {}));
      assertEquals(0, server.getRequestCount(), "a closed client sent a request");
    }
  }

  @Test
  void callsRunningWhenTheClientClosesStillFinish() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(
          new MockResponse()
              .setHeader("Content-Type", "application/json")
              .setBody("{\"id\":7}")
              .setHeadersDelay(300, TimeUnit.MILLISECONDS));
      server.start();
      ProcessesClient client = ProcessesClient.create(options(server));

      CompletableFuture<?> running = client.retrieveAsync(7);
      server.takeRequest(5, TimeUnit.SECONDS); // the call reached the server
      client.close();

      assertEquals(
          7,
          ((io.github.facilioo4j.processes.model.ProcessRead) running.get(10, TimeUnit.SECONDS))
              .id());
      assertFalse(running.isCompletedExceptionally());
    }
  }
}

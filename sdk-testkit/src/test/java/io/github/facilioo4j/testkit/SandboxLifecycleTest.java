package io.github.facilioo4j.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SandboxLifecycleTest {
  @Test
  void closeStopsEveryThreadAndSocketEvenWithOpenAndStalledConnections() throws Exception {
    FaciliooSandbox sandbox = FaciliooSandbox.builder().start();
    String prefix = sandbox.threadNamePrefix();
    int port = sandbox.port();
    Faults.Stall stall = sandbox.faults().stall(1);
    ExecutorService pool = Executors.newSingleThreadExecutor();
    Socket idle = new Socket("127.0.0.1", port);
    try (SandboxHttp http = new SandboxHttp(sandbox.baseUrl(), FaciliooSandbox.DEFAULT_TOKEN)) {
      Future<SandboxHttp.Result> stalled =
          pool.submit(() -> http.post("/api/processes", SandboxProcessesTest.VALID));
      assertTrue(stall.awaitHeld(1, java.time.Duration.ofSeconds(10)));
      assertFalse(threadsStartingWith(prefix).isEmpty());

      sandbox.close();

      assertEquals(List.of(), threadsStartingWith(prefix));
      assertFalse(sandbox.isRunning());
      assertThrows(Exception.class, () -> stalled.get());
      // The stalled create was dropped, not processed, by the shutdown.
      assertEquals(1, sandbox.recordedRequests().size());
      assertTrue(sandbox.processes().isEmpty());
      assertEquals(-1, idle.getInputStream().read());
      assertThrows(ConnectException.class, () -> new Socket("127.0.0.1", port).close());
    } finally {
      idle.close();
      pool.shutdownNow();
    }
  }

  @Test
  void closeIsIdempotentAndAClosedSandboxCannotRestart() {
    FaciliooSandbox sandbox = FaciliooSandbox.builder().build();
    assertFalse(sandbox.isRunning());
    assertThrows(IllegalStateException.class, sandbox::baseUrl);
    sandbox.start();
    assertTrue(sandbox.baseUrl().matches("http://127\\.0\\.0\\.1:\\d+"));
    assertEquals(sandbox.port(), sandbox.start().port());

    sandbox.close();
    sandbox.close();

    assertThrows(IllegalStateException.class, sandbox::baseUrl);
    assertThrows(IllegalStateException.class, sandbox::start);
    assertTrue(sandbox.toString().contains("closed"));
  }

  @Test
  void twoSandboxesRunSideBySideOnDifferentPorts() throws IOException {
    try (FaciliooSandbox a = FaciliooSandbox.builder().start();
        FaciliooSandbox b = FaciliooSandbox.builder().start();
        SandboxHttp http = new SandboxHttp(a.baseUrl(), FaciliooSandbox.DEFAULT_TOKEN)) {
      assertFalse(a.baseUrl().equals(b.baseUrl()));
      http.post("/api/processes", SandboxProcessesTest.VALID);
      assertEquals(1, a.processes().size());
      assertEquals(0, b.processes().size());
    }
  }

  static List<String> threadsStartingWith(String prefix) {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(Thread::isAlive)
        .map(Thread::getName)
        .filter(n -> n.startsWith(prefix))
        .sorted()
        .collect(Collectors.toList());
  }
}

package io.github.facilioo4j.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.facilioo4j.examples.cli.CliRunner.Result;
import io.github.facilioo4j.testkit.FaciliooSandbox;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SandboxServeTest {
  private static final Pattern BASE_URL =
      Pattern.compile("facilioo sandbox at (http://127\\.0\\.0\\.1:\\d+)\\R");
  private static final String[] CREATE = {
    "processes",
    "create",
    "--report",
    "<p>Water in the basement</p>",
    "--contact-id",
    "1",
    "--type-id",
    "1",
    "--unit-id",
    "1"
  };

  final List<Thread> threads = new ArrayList<>();

  @AfterEach
  void stopAll() throws InterruptedException {
    for (Thread t : threads) {
      t.interrupt();
      t.join(10_000);
    }
  }

  @Test
  void aCreateAndThenAGetInTwoCommandsSeeTheSameServedSandbox() throws Exception {
    Serving serving = serve("--port", "0");

    Result created = CliRunner.against(serving.baseUrl, FaciliooSandbox.DEFAULT_TOKEN, CREATE);
    Result got =
        CliRunner.against(serving.baseUrl, FaciliooSandbox.DEFAULT_TOKEN, "processes", "get", "4");

    assertEquals(0, created.exitCode(), created.err());
    assertTrue(created.out().startsWith("Created process 4 (4/1)"), created.out());
    assertEquals(0, got.exitCode(), got.err());
    assertTrue(got.out().contains("Report:      <p>Water in the basement</p>"), got.out());
    assertTrue(serving.output().contains("  token: " + FaciliooSandbox.DEFAULT_TOKEN));
    assertEquals(0, serving.stop());
  }

  @Test
  void withADataFileARestartedSandboxStillHasTheCreatedProcess(@TempDir Path dir) throws Exception {
    Path data = dir.resolve("sandbox.json");
    Serving first = serve("--port", "0", "--data", data.toString());
    Result created = CliRunner.against(first.baseUrl, FaciliooSandbox.DEFAULT_TOKEN, CREATE);
    assertEquals(0, created.exitCode(), created.err());
    assertEquals(0, first.stop());
    assertTrue(Files.readString(data).contains("Water in the basement"));

    Serving second = serve("--port", "0", "--data", data.toString());
    Result got =
        CliRunner.against(second.baseUrl, FaciliooSandbox.DEFAULT_TOKEN, "processes", "get", "4");
    Result list =
        CliRunner.against(second.baseUrl, FaciliooSandbox.DEFAULT_TOKEN, "processes", "list");

    assertEquals(0, got.exitCode(), got.err());
    assertTrue(got.out().contains("<p>Water in the basement</p>"), got.out());
    // The demo data is seeded once, into a new file, not again on a restart.
    assertTrue(list.out().contains("4 process(es) in total"), list.out());
    assertEquals(0, second.stop());
  }

  @Test
  void aTakenPortIsOneErrorLineAndExitCode1() throws Exception {
    Serving first = serve("--port", "0");
    String port = first.baseUrl.substring(first.baseUrl.lastIndexOf(':') + 1);

    Result r = CliRunner.run(Map.of(), "sandbox", "serve", "--port", port);

    assertEquals(1, r.exitCode(), r.err());
    assertTrue(r.err().startsWith("facilioo: cannot bind 127.0.0.1:" + port), r.err());
    assertEquals(0, first.stop());
  }

  /** Starts {@code sandbox serve} on a thread of its own and waits until it says where it is. */
  private Serving serve(String... options) throws Exception {
    List<String> args = new ArrayList<>(List.of("sandbox", "serve"));
    args.addAll(List.of(options));
    CountDownLatch listening = new CountDownLatch(1);
    StringWriter out =
        new StringWriter() {
          @Override
          public void flush() {
            if (BASE_URL.matcher(toString()).find()) {
              listening.countDown();
            }
          }
        };
    CompletableFuture<Integer> exit = new CompletableFuture<>();
    Thread thread =
        new Thread(
            () ->
                exit.complete(
                    FaciliooCli.run(
                        args.toArray(new String[0]),
                        Map.of(),
                        o -> {},
                        new PrintWriter(out),
                        new PrintWriter(new StringWriter()))));
    thread.start();
    threads.add(thread);
    assertTrue(listening.await(30, TimeUnit.SECONDS), out.toString());
    Matcher m = BASE_URL.matcher(out.toString());
    assertTrue(m.find());
    return new Serving(m.group(1), thread, exit, out);
  }

  /** A running {@code sandbox serve}. */
  private record Serving(
      String baseUrl, Thread thread, CompletableFuture<Integer> exit, StringWriter out) {
    String output() {
      return out.toString();
    }

    /** Interrupts it, as Ctrl-C would end it, and returns its exit code. */
    int stop() throws Exception {
      thread.interrupt();
      return exit.get(30, TimeUnit.SECONDS);
    }
  }
}

package io.github.facilioo4j.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.facilioo4j.core.FaciliooOptions;
import io.github.facilioo4j.core.LoginTokenProvider;
import io.github.facilioo4j.core.errors.NotFoundException;
import io.github.facilioo4j.core.errors.ValidationException;
import io.github.facilioo4j.processes.ProcessesClient;
import io.github.facilioo4j.processes.model.ProcessCreate;
import io.github.facilioo4j.processes.model.ProcessRead;
import io.github.facilioo4j.testkit.FaciliooSandbox;
import io.github.facilioo4j.testkit.FakeClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The login provider against the sandbox's real {@code /api/auth/login}: 64 threads share one
 * client while the shared fake clock jumps past the token's expiry at known points. Each expiry
 * must cost exactly one login, however many threads need a token at that moment, and every call
 * still gets its own result.
 */
@Tag("slow")
class SandboxLoginConcurrencyTest {
  static final int THREADS = 64;
  static final int CALLS_PER_THREAD = 250;
  static final int CALLS_PER_TOKEN = 2_000;
  static final Duration LIFETIME = Duration.ofMinutes(10);

  @Test
  @Timeout(value = 180, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void everyTokenExpiryCostsExactlyOneLogin() throws Exception {
    FakeClock clock = new FakeClock(Instant.parse("2026-03-02T08:00:00Z"));
    BodyTracker bodies = new BodyTracker();
    OkHttpClient okHttp = new OkHttpClient.Builder().addInterceptor(bodies).build();
    try (FaciliooSandbox sandbox =
        FaciliooSandbox.builder()
            .user("erp@acme.example", "sandbox-pw")
            .tokenLifetime(LIFETIME)
            .clock(clock)
            .maxThreads(THREADS)
            .start()) {
      sandbox.seedUnit(3, 30);
      List<ObjectNode> seeded = sandbox.seedProcesses(200, 3);
      LoginTokenProvider login =
          LoginTokenProvider.builder().email("erp@acme.example").password("sandbox-pw").build();
      FaciliooOptions options =
          FaciliooOptions.builder()
              .baseUrl(sandbox.baseUrl())
              .tokenProvider(login)
              .clock(clock)
              .sleeper(d -> {})
              .okHttpClient(okHttp)
              .build();
      AtomicInteger done = new AtomicInteger();
      ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
      try (ProcessesClient client = ProcessesClient.create(options)) {
        Workers.runTogether(
            THREADS,
            "sandbox-worker-",
            thread -> {
              Random random = new Random(77 + thread);
              for (int i = 0; i < CALLS_PER_THREAD; i++) {
                String call = "s" + thread + "-" + i;
                try {
                  oneCall(client, random, seeded, call);
                } catch (Throwable e) {
                  failures.add(call + ": " + e);
                }
                int n = done.incrementAndGet();
                if (n % CALLS_PER_TOKEN == 0 && n < THREADS * CALLS_PER_THREAD) {
                  clock.advance(LIFETIME.plusMinutes(1));
                }
              }
            });
      }

      assertTrue(failures.isEmpty(), failures.size() + " failed, e.g. " + failures.peek());
      long logins =
          sandbox.recordedRequests().stream()
              .filter(r -> r.path().equals("/api/auth/login"))
              .count();
      int expiries = THREADS * CALLS_PER_THREAD / CALLS_PER_TOKEN - 1;
      assertEquals(1 + expiries, logins, "exactly one login per token expiry");
      assertEquals(bodies.opened(), bodies.closed(), "response bodies left open");
      // Evicting leaves exactly the connections in use; comparing the idle and total counts would
      // race with the pool's cleanup thread, which closes the idle connections beyond 5.
      okHttp.connectionPool().evictAll();
      assertEquals(0, okHttp.connectionPool().connectionCount(), "connections in use");
      System.out.printf(
          "sandbox: %d calls, %d requests, %d logins%n",
          done.get(), sandbox.requestCount(), logins);
    } finally {
      okHttp.dispatcher().executorService().shutdown();
    }
  }

  private static void oneCall(
      ProcessesClient client, Random random, List<ObjectNode> seeded, String call) {
    int kind = random.nextInt(10);
    if (kind < 5) {
      ObjectNode expected = seeded.get(random.nextInt(seeded.size()));
      ProcessRead read = client.retrieve(expected.get("id").asInt());
      check(
          read.id() == expected.get("id").asInt()
              && expected.get("report").asText().equals(read.report()),
          call,
          read);
    } else if (kind < 6) {
      try {
        client.retrieve(900_000 + random.nextInt(1000));
        throw new AssertionError("no 404");
      } catch (NotFoundException expected) {
        // the right answer
      }
    } else if (kind < 9) {
      ProcessRead created =
          client.create(
              ProcessCreate.builder()
                  .report("<p>" + call + "</p>")
                  .contactId(1)
                  .typeId(1)
                  .unitId(3)
                  .externalId(call)
                  .build());
      check(call.equals(created.externalId()), call, created);
    } else {
      try {
        client.create(
            ProcessCreate.builder().report("<p>x</p>").contactId(1).typeId(1).unitId(4).build());
        throw new AssertionError("no validation error");
      } catch (ValidationException e) {
        check(e.fieldErrors().containsKey("unitId"), call, e.fieldErrors());
      }
    }
  }

  private static void check(boolean ok, String call, Object got) {
    if (!ok) {
      throw new AssertionError(call + " got " + got);
    }
  }
}

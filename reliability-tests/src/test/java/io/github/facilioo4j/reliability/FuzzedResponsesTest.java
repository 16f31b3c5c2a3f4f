package io.github.facilioo4j.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.facilioo4j.core.FaciliooOptions;
import io.github.facilioo4j.core.Page;
import io.github.facilioo4j.core.errors.FaciliooException;
import io.github.facilioo4j.core.errors.FaciliooServiceException;
import io.github.facilioo4j.core.errors.InvalidResponseException;
import io.github.facilioo4j.processes.ProcessesClient;
import io.github.facilioo4j.processes.model.ProcessCreate;
import io.github.facilioo4j.processes.model.ProcessRead;
import io.github.facilioo4j.processes.model.ProcessUpdate;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Feeds generated answers through the real SDK stack (token, retries, logging, error mapping,
 * decoding, paging) without sockets: an application interceptor of the user-supplied OkHttpClient
 * answers every call. Whatever the answer, a call must end in a valid model or a {@link
 * FaciliooException} matching the status: never an NPE, a ClassCastException, a raw Jackson
 * exception or a hang. A failure names the seed and the case, so it reproduces exactly.
 */
@Tag("slow")
class FuzzedResponsesTest {
  static final int CASES_PER_SEED = 25_000;

  private static final ProcessCreate CREATE =
      ProcessCreate.builder().report("<p>Leak</p>").contactId(1).typeId(2).unitId(3).build();
  private static final ProcessUpdate UPDATE = ProcessUpdate.builder().subject("Fixed").build();

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {20260301L, 7L, 424242L, -9_000_000_001L})
  @Timeout(value = 150, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void everyAnswerGivesAValidModelOrATypedSdkException(long seed) throws Exception {
    ResponseFuzzer fuzzer = new ResponseFuzzer(seed);
    AtomicReference<ResponseFuzzer.Answer> answer = new AtomicReference<>();
    OkHttpClient canned =
        new OkHttpClient.Builder()
            .addInterceptor(
                chain -> {
                  ResponseFuzzer.Answer a = answer.get();
                  String type = a.headers().get("Content-Type");
                  MediaType mediaType = type == null ? null : MediaType.parse(type);
                  return new Response.Builder()
                      .request(chain.request())
                      .protocol(Protocol.HTTP_1_1)
                      .code(a.status())
                      .message("Fuzzed")
                      .headers(a.headers())
                      .body(ResponseBody.create(a.body(), mediaType))
                      .build();
                })
            .build();
    FaciliooOptions options =
        FaciliooOptions.builder()
            .baseUrl("http://127.0.0.1:9") // never dialled: the interceptor answers
            .token("fuzz-token")
            .sleeper(d -> {})
            .callTimeout(Duration.ofSeconds(5))
            .okHttpClient(canned)
            .build();

    AtomicLong progress = new AtomicLong();
    AtomicReference<String> stuck = new AtomicReference<>();
    Thread worker = Thread.currentThread();
    ScheduledExecutorService watchdog =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "fuzz-watchdog");
              t.setDaemon(true);
              return t;
            });
    long[] last = {-1};
    watchdog.scheduleAtFixedRate(
        () -> {
          long now = progress.get();
          if (now == last[0] && stuck.get() == null) {
            stuck.set("seed " + seed + " case " + now + " hangs: " + answer.get().describe());
            System.err.println(stuck.get());
            worker.interrupt();
          }
          last[0] = now;
        },
        5,
        5,
        TimeUnit.SECONDS);

    Map<String, Integer> outcomes = new TreeMap<>();
    try (ProcessesClient client = ProcessesClient.create(options)) {
      for (int i = 0; i < CASES_PER_SEED; i++) {
        ResponseFuzzer.Answer a = fuzzer.next();
        answer.set(a);
        int operation = fuzzer.nextInt(5);
        try {
          Object value = call(client, operation);
          checkSuccess(a, value);
          outcomes.merge(value.getClass().getSimpleName(), 1, Integer::sum);
        } catch (FaciliooException e) {
          checkFailure(a, e);
          outcomes.merge(e.getClass().getSimpleName(), 1, Integer::sum);
        } catch (Throwable t) {
          fail(
              "seed "
                  + seed
                  + " case "
                  + i
                  + " op "
                  + operation
                  + " threw "
                  + t
                  + "; "
                  + a.describe(),
              t);
        }
        progress.incrementAndGet();
      }
    } finally {
      watchdog.shutdownNow();
    }
    assertNull(stuck.get());
    assertEquals(CASES_PER_SEED, progress.get());
    System.out.println("seed " + seed + ": " + outcomes);
    // The generator reaches every kind of outcome, so the run is not degenerate.
    for (String kind :
        List.of(
            "ProcessRead",
            "Page",
            "InvalidResponseException",
            "ValidationException",
            "ServerException",
            "RateLimitException",
            "UnexpectedStatusException")) {
      assertTrue(outcomes.getOrDefault(kind, 0) >= 20, kind + " too rare: " + outcomes);
    }
  }

  private static Object call(ProcessesClient client, int operation) throws Throwable {
    switch (operation) {
      case 0:
        return client.retrieve(7);
      case 1:
        return client.create(CREATE);
      case 2:
        return client.update(7, UPDATE);
      case 3:
        return client.list(10);
      default:
        try {
          return client.retrieveAsync(7).get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
          throw e.getCause();
        }
    }
  }

  private static void checkSuccess(ResponseFuzzer.Answer a, Object value) {
    if (a.status() < 200 || a.status() >= 300) {
      throw new AssertionError("status " + a.status() + " gave a value: " + value);
    }
    assertNotNull(value);
    if (value instanceof ProcessRead process) {
      checkProcess(process);
    } else if (value instanceof Page<?> page) {
      assertNotNull(page.items());
      for (Object item : page.items()) {
        checkProcess((ProcessRead) item);
      }
    } else {
      throw new AssertionError("unexpected value " + value);
    }
    value.toString();
  }

  private static void checkProcess(ProcessRead process) {
    assertNotNull(process, "a null process in a successful answer");
    assertNotNull(process.id(), "a process without id in a successful answer");
    process.toString();
    process.hashCode();
  }

  private static void checkFailure(ResponseFuzzer.Answer a, FaciliooException e) {
    assertNotNull(e.getMessage());
    e.toString();
    if (a.status() >= 200 && a.status() < 300) {
      if (!(e instanceof InvalidResponseException)) {
        throw new AssertionError("status " + a.status() + " gave " + e, e);
      }
    } else {
      if (!(e instanceof FaciliooServiceException service)) {
        throw new AssertionError("status " + a.status() + " gave " + e, e);
      }
      assertEquals(a.status(), service.statusCode(), e.toString());
      assertNotNull(service.problem());
      assertNotNull(service.rawBody());
    }
  }
}

package io.github.facilioo4j.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.facilioo4j.core.FaciliooOptions;
import io.github.facilioo4j.core.LoginTokenProvider;
import io.github.facilioo4j.core.errors.NotFoundException;
import io.github.facilioo4j.core.errors.ServerException;
import io.github.facilioo4j.core.errors.ValidationException;
import io.github.facilioo4j.core.internal.Json;
import io.github.facilioo4j.processes.ProcessesClient;
import io.github.facilioo4j.processes.model.ProcessCreate;
import io.github.facilioo4j.processes.model.ProcessRead;
import io.github.facilioo4j.processes.model.ProcessUpdate;
import io.github.facilioo4j.testkit.FakeClock;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * 64 threads share one client and make 1,000 mixed calls each: reads, creates, updates, 404s,
 * validation errors, 503/429 answers that are retried, 503 storms that are not survived, and token
 * expiries at known points. Every call must get its own result, the retries and logins must add up
 * exactly, and no connection or response body may leak.
 *
 * <p>A request carries {@code x-call} (a unique id) and {@code x-fail-first: k}; the server answers
 * the first {@code k} attempts of that call with 503 (or 429), so the number of retries is known.
 * Tokens are JWTs that expire on the shared fake clock; the server rejects expired ones with 401.
 */
@Tag("slow")
class ConcurrencyTest {
  static final int THREADS = 64;
  static final int CALLS_PER_THREAD = 1_000;
  static final int CALLS_PER_TOKEN = 8_000;
  static final Duration TOKEN_LIFETIME = Duration.ofMinutes(10);

  final FakeClock clock = new FakeClock(Instant.parse("2026-03-02T08:00:00Z"));
  final AtomicInteger logins = new AtomicInteger();
  final AtomicInteger rejectedTokens = new AtomicInteger();
  final AtomicInteger nextId = new AtomicInteger(100_000);
  final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();

  @Test
  @Timeout(value = 240, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void sixtyFourThreadsTimesAThousandMixedCallsEachGetTheirOwnResult() throws Exception {
    BodyTracker bodies = new BodyTracker();
    OkHttpClient okHttp = new OkHttpClient.Builder().addInterceptor(bodies).build();
    AtomicInteger sleeps = new AtomicInteger();
    try (MockWebServer server = new MockWebServer()) {
      server.setDispatcher(new Api());
      server.start();
      LoginTokenProvider login =
          LoginTokenProvider.builder().email("erp@acme.example").password("secret-pw").build();
      FaciliooOptions options =
          FaciliooOptions.builder()
              .baseUrl("http://127.0.0.1:" + server.getPort())
              .tokenProvider(login)
              .clock(clock)
              .sleeper(d -> sleeps.incrementAndGet())
              .maxRetries(2)
              .okHttpClient(okHttp)
              .build();

      AtomicInteger done = new AtomicInteger();
      AtomicInteger expectedAttempts = new AtomicInteger();
      AtomicInteger expectedSleeps = new AtomicInteger();
      ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
      try (ProcessesClient client = ProcessesClient.create(options)) {
        Workers.runTogether(
            THREADS,
            "reliability-worker-",
            thread -> {
              Random random = new Random(1000 + thread);
              for (int i = 0; i < CALLS_PER_THREAD; i++) {
                String call = "t" + thread + "-c" + i;
                try {
                  int[] cost = oneCall(client, random, call);
                  expectedAttempts.addAndGet(cost[0]);
                  expectedSleeps.addAndGet(cost[1]);
                } catch (Throwable e) {
                  failures.add(call + ": " + e);
                }
                if (done.incrementAndGet() % CALLS_PER_TOKEN == 0
                    && done.get() < THREADS * CALLS_PER_THREAD) {
                  // A known point: the current token is now past its expiry.
                  clock.advance(TOKEN_LIFETIME.plusMinutes(1));
                }
              }
            });
      }

      assertTrue(failures.isEmpty(), failures.size() + " calls failed, e.g. " + first(failures));
      assertEquals(THREADS * CALLS_PER_THREAD, done.get());
      int expiries = THREADS * CALLS_PER_THREAD / CALLS_PER_TOKEN - 1;
      assertEquals(1 + expiries, logins.get(), "exactly one login per token expiry");
      assertEquals(expectedSleeps.get(), sleeps.get(), "one back-off per retry");
      assertEquals(
          expectedAttempts.get() + logins.get() + rejectedTokens.get(),
          server.getRequestCount(),
          "every attempt, login and 401 replay, and nothing else");
      assertEquals(bodies.opened(), bodies.closed(), "response bodies left open");
      // Evicting leaves exactly the connections in use; comparing the idle and total counts would
      // race with the pool's cleanup thread, which closes the idle connections beyond 5.
      okHttp.connectionPool().evictAll();
      assertEquals(0, okHttp.connectionPool().connectionCount(), "connections in use");
      System.out.printf(
          "concurrency: %d calls, %d requests, %d logins, %d 401 replays, %d retries%n",
          done.get(), server.getRequestCount(), logins.get(), rejectedTokens.get(), sleeps.get());
    } finally {
      okHttp.dispatcher().executorService().shutdown();
    }
  }

  private static String first(ConcurrentLinkedQueue<String> failures) {
    return failures.isEmpty() ? "" : failures.peek();
  }

  /**
   * Makes one call and checks its result. Returns the attempts it costs (excluding logins and 401
   * replays) and the back-off sleeps it causes.
   */
  private static int[] oneCall(ProcessesClient client, Random random, String call) {
    int kind = random.nextInt(100);
    int id = 1 + random.nextInt(50_000);
    if (kind < 40) {
      ProcessRead read = client.retrieve().id(id).header("x-call", call).execute();
      check(read.id() == id && ("s" + id).equals(read.subject()), call, read);
      return new int[] {1, 0};
    }
    if (kind < 50) {
      int unknown = 1_000_000 + id;
      try {
        client.retrieve().id(unknown).header("x-call", call).execute();
        throw new AssertionError("no 404");
      } catch (NotFoundException e) {
        check(e.getMessage().contains("Process " + unknown + " "), call, e.getMessage());
        return new int[] {1, 0};
      }
    }
    if (kind < 65) {
      int failFirst = 1 + random.nextInt(2);
      ProcessRead read =
          client
              .retrieve()
              .id(id)
              .header("x-call", call)
              .header("x-fail-first", failFirst + (random.nextBoolean() ? "/429" : "/503"))
              .execute();
      check(read.id() == id, call, read);
      return new int[] {failFirst + 1, failFirst};
    }
    if (kind < 70) {
      try {
        client.retrieve().id(id).header("x-call", call).header("x-fail-first", "3/503").execute();
        throw new AssertionError("survived a 503 storm");
      } catch (ServerException e) {
        check(e.statusCode() == 503 && e.getMessage().contains(call), call, e.getMessage());
        return new int[] {3, 2};
      }
    }
    if (kind < 85) {
      ProcessCreate create =
          ProcessCreate.builder()
              .report("<p>" + call + "</p>")
              .contactId(1)
              .typeId(2)
              .unitId(3)
              .externalId(call)
              .build();
      ProcessRead created = client.create().body(create).header("x-call", call).execute();
      check(call.equals(created.externalId()) && created.id() >= 100_000, call, created);
      return new int[] {1, 0};
    }
    if (kind < 95) {
      ProcessCreate invalid =
          ProcessCreate.builder()
              .report("<p>x</p>")
              .contactId(1)
              .typeId(2)
              .unitId(999)
              .externalId(call)
              .build();
      try {
        client.create().body(invalid).header("x-call", call).execute();
        throw new AssertionError("no validation error");
      } catch (ValidationException e) {
        List<String> unit = e.fieldErrors().get("unitId");
        check(
            unit != null && unit.get(0).equals("Unit 999 does not exist for " + call),
            call,
            e.fieldErrors());
        return new int[] {1, 0};
      }
    }
    ProcessRead updated =
        client
            .update(id)
            .body(ProcessUpdate.builder().subject("u-" + call).build())
            .header("x-call", call)
            .execute();
    check(updated.id() == id && ("u-" + call).equals(updated.subject()), call, updated);
    return new int[] {1, 0};
  }

  private static void check(boolean ok, String call, Object got) {
    if (!ok) {
      throw new AssertionError(call + " got " + got);
    }
  }

  /** The server: login, token expiry on the fake clock, processes, and per-call failures. */
  private final class Api extends Dispatcher {
    @Override
    public MockResponse dispatch(RecordedRequest request) {
      try {
        return answer(request);
      } catch (RuntimeException | IOException e) {
        return json(500, "{\"title\":\"test server bug: " + e + "\"}");
      }
    }

    private MockResponse answer(RecordedRequest request) throws IOException {
      String path = request.getPath();
      if (path.equals("/api/auth/login")) {
        int n = logins.incrementAndGet();
        Instant exp = clock.instant().plus(TOKEN_LIFETIME);
        return json(200, "{\"accessToken\":\"" + Jwts.expiringAt(exp, "login-" + n) + "\"}");
      }
      if (!tokenValid(request.getHeader("Authorization"))) {
        rejectedTokens.incrementAndGet();
        return json(401, "").setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
      }
      String call = request.getHeader("x-call");
      String failFirst = request.getHeader("x-fail-first");
      if (failFirst != null) {
        String[] plan = failFirst.split("/");
        int attempt = attempts.computeIfAbsent(call, c -> new AtomicInteger()).incrementAndGet();
        if (attempt <= Integer.parseInt(plan[0])) {
          return json(Integer.parseInt(plan[1]), "{\"title\":\"Busy for " + call + "\"}")
              .setHeader("Retry-After", "1");
        }
      }
      String method = request.getMethod();
      if (method.equals("POST") && path.equals("/api/processes")) {
        JsonNode body = Json.mapper().readTree(request.getBody().readUtf8());
        String externalId = body.path("externalId").asText();
        if (body.path("unitId").asInt() == 999) {
          return json(
              400,
              "{\"title\":\"One or more validation errors occurred.\",\"status\":400,"
                  + "\"errors\":{\"UnitId\":[\"Unit 999 does not exist for "
                  + externalId
                  + "\"]}}");
        }
        return json(
            201, "{\"id\":" + nextId.incrementAndGet() + ",\"externalId\":\"" + externalId + "\"}");
      }
      if (path.startsWith("/api/processes/")) {
        int id = Integer.parseInt(path.substring("/api/processes/".length()));
        if (id > 1_000_000) {
          return json(
              404, "{\"title\":\"Not Found\",\"detail\":\"Process " + id + " does not exist\"}");
        }
        if (method.equals("PATCH")) {
          JsonNode body = Json.mapper().readTree(request.getBody().readUtf8());
          return json(
              200, "{\"id\":" + id + ",\"subject\":\"" + body.path("subject").asText() + "\"}");
        }
        return json(200, "{\"id\":" + id + ",\"subject\":\"s" + id + "\"}");
      }
      return json(404, "{\"title\":\"no route " + path + "\"}");
    }

    private boolean tokenValid(String authorization) throws IOException {
      if (authorization == null || !authorization.startsWith("Bearer ")) {
        return false;
      }
      String[] parts = authorization.substring(7).split("\\.");
      byte[] payload = Base64.getUrlDecoder().decode(parts[1]);
      long exp =
          Json.mapper().readTree(new String(payload, StandardCharsets.UTF_8)).get("exp").asLong();
      return clock.instant().isBefore(Instant.ofEpochSecond(exp));
    }
  }

  private static MockResponse json(int status, String body) {
    return new MockResponse()
        .setResponseCode(status)
        .setHeader("Content-Type", "application/json")
        .setBody(body);
  }
}

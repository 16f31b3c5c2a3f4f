package io.github.facilioo4j.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.facilioo4j.core.Language;
import io.github.facilioo4j.core.errors.FaciliooException;
import io.github.facilioo4j.core.errors.FaciliooIoException;
import io.github.facilioo4j.core.errors.ServerException;
import io.github.facilioo4j.core.errors.UnauthorizedException;
import io.github.facilioo4j.processes.ProcessesClient;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import okhttp3.Interceptor;
import okhttp3.Response;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A create or an update reaches the server at most once per SDK attempt, whatever OkHttp or the
 * application's own OkHttpClient (its interceptors, {@code retryOnConnectionFailure(true)}, its
 * authenticator) would do, for blocking and async calls and for derived clients. The caller gets
 * the answer to the one request that went out.
 */
class SendOnceTest extends LoopbackServerSupport {
  private static final String PROBLEM =
      "{\"title\":\"Service Unavailable\",\"status\":503,\"detail\":\"maintenance\"}";

  enum Operation {
    CREATE,
    UPDATE
  }

  static Stream<Arguments> operationsRetriesModesAndClients() {
    List<Arguments> cases = new ArrayList<>();
    for (Operation operation : Operation.values()) {
      for (int maxRetries : new int[] {0, 2}) {
        for (boolean async : new boolean[] {false, true}) {
          for (boolean derived : new boolean[] {false, true}) {
            cases.add(Arguments.of(operation, maxRetries, async, derived));
          }
        }
      }
    }
    return cases.stream();
  }

  static Stream<Arguments> modes() {
    return Stream.of(Arguments.of(false), Arguments.of(true));
  }

  @ParameterizedTest(name = "{0}, maxRetries {1}, async {2}, derived client {3}")
  @MethodSource("operationsRetriesModesAndClients")
  void aWriteAnswered503WithRetryAfterZeroReachesTheServerOnceAndEndsInTheTyped503(
      Operation operation, int maxRetries, boolean async, boolean derived) throws Exception {
    server.enqueue(json(503, PROBLEM).setHeader("Retry-After", "0"));
    server.enqueue(process(1));
    ProcessesClient client = client(b -> b.maxRetries(maxRetries));
    if (derived) {
      client = client.withOptions(b -> b.language(Language.of("en")));
      clients.add(client);
    }

    ServerException e = expectFrom(ServerException.class, send(client, operation, async));

    assertEquals(503, e.statusCode());
    assertEquals("maintenance", e.problem().detail().orElse(null));
    assertEquals(
        operation == Operation.CREATE ? "POST" : "PATCH", server.takeRequest().getMethod());
    assertRequestsAndNoLeaks(1);
  }

  @ParameterizedTest(name = "async {0}")
  @MethodSource("modes")
  void anApplicationClientThatReplaysEveryRequestStillSendsACreateOnceAndReturnsTheFirstAnswer(
      boolean async) throws Exception {
    AtomicInteger refusedReplays = new AtomicInteger();
    okHttp =
        okHttp
            .newBuilder()
            .retryOnConnectionFailure(true)
            // Answers every 401 with another credential, as an application's authenticator might.
            .authenticator(
                (route, response) ->
                    response.request().newBuilder().header("Authorization", "Bearer other").build())
            .addInterceptor(replayingInterceptor(refusedReplays))
            .build();
    server.enqueue(json(401, "{\"title\":\"Unauthorized\",\"status\":401}"));
    server.enqueue(process(1));
    server.enqueue(process(2));
    server.enqueue(process(3));

    expectFrom(UnauthorizedException.class, send(client(), Operation.CREATE, async));

    RecordedRequest sent = server.takeRequest();
    assertEquals("POST", sent.getMethod());
    assertEquals("Bearer " + TOKEN, sent.getHeader("Authorization"));
    assertEquals(1, refusedReplays.get(), "the interceptor's second proceed was refused");
    assertRequestsAndNoLeaks(1);
  }

  @Test
  void theFirstAnswerHandedBackAfterARefusedReplayIsDecodedWhenTheServerCompressedIt()
      throws Exception {
    okHttp = okHttp.newBuilder().addInterceptor(replayingInterceptor(new AtomicInteger())).build();
    server.enqueue(
        new MockResponse()
            .setResponseCode(503)
            .setHeader("Content-Type", "application/problem+json")
            .setHeader("Content-Encoding", "gzip")
            .setBody(gzip(PROBLEM)));
    server.enqueue(process(1));

    ServerException e = expectFrom(ServerException.class, send(client(), Operation.CREATE, false));

    assertEquals("maintenance", e.problem().detail().orElse(null));
    assertEquals("gzip", server.takeRequest().getHeader("Accept-Encoding"));
    assertRequestsAndNoLeaks(1);
  }

  @Test
  void aCreateWhoseFirstExchangeFailedIsNotSentAgainByAnInterceptorThatRetriesFailures()
      throws Exception {
    okHttp =
        okHttp
            .newBuilder()
            .addInterceptor(
                chain -> {
                  try {
                    return chain.proceed(chain.request());
                  } catch (IOException first) {
                    return chain.proceed(chain.request());
                  }
                })
            .build();
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    server.enqueue(process(1));

    FaciliooIoException e =
        expectFrom(FaciliooIoException.class, send(client(), Operation.CREATE, false));

    assertEquals(false, e.isNotSent(), "the first request may have reached the server");
    assertRequestsAndNoLeaks(1);
  }

  /** An application interceptor that sends every request a second time and returns that answer. */
  private static Interceptor replayingInterceptor(AtomicInteger refused) {
    return chain -> {
      Response first = chain.proceed(chain.request());
      first.close();
      try {
        return chain.proceed(chain.request());
      } catch (IOException e) {
        refused.incrementAndGet();
        throw e;
      }
    };
  }

  private static Buffer gzip(String text) throws IOException {
    Buffer compressed = new Buffer();
    try (GZIPOutputStream out = new GZIPOutputStream(compressed.outputStream())) {
      out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    return compressed;
  }

  private static CompletableFuture<?> send(
      ProcessesClient client, Operation operation, boolean async) {
    if (async) {
      return operation == Operation.CREATE
          ? client.createAsync(newProcess())
          : client.update(7).subject("Leak fixed").executeAsync();
    }
    try {
      return CompletableFuture.completedFuture(
          operation == Operation.CREATE
              ? client.create(newProcess())
              : client.update(7).subject("Leak fixed").execute());
    } catch (RuntimeException e) {
      CompletableFuture<Object> failed = new CompletableFuture<>();
      failed.completeExceptionally(e);
      return failed;
    }
  }

  /** The exception the call ended in, exactly of type {@code type} and not wrapped. */
  private static <T extends FaciliooException> T expectFrom(
      Class<T> type, CompletableFuture<?> call) {
    ExecutionException e =
        assertThrows(ExecutionException.class, () -> call.get(30, TimeUnit.SECONDS));
    assertEquals(type, e.getCause().getClass(), () -> "unexpected: " + e.getCause());
    return type.cast(e.getCause());
  }
}

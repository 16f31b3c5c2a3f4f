package io.github.facilioo4j.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.facilioo4j.core.ApiRequest;
import io.github.facilioo4j.core.ApiResponse;
import io.github.facilioo4j.core.CapturingLogs;
import io.github.facilioo4j.core.FaciliooClient;
import io.github.facilioo4j.core.FaciliooOptions;
import io.github.facilioo4j.core.LoginTokenProvider;
import io.github.facilioo4j.core.RequestOptions;
import io.github.facilioo4j.core.TokenProvider;
import io.github.facilioo4j.core.errors.FaciliooException;
import io.github.facilioo4j.core.errors.FaciliooServiceException;
import io.github.facilioo4j.core.http.HttpRequest;
import io.github.facilioo4j.processes.ProcessesClient;
import io.github.facilioo4j.processes.model.ProcessRead;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A canary token, access token, refresh token and password travel through every path (static token,
 * supplier, login, refresh, 401 replay, retries, async) against a server that echoes the
 * credentials it receives into bodies and headers of its error answers, with every logger at TRACE.
 * None may appear in a log line, an exception (message, toString, cause chain, suppressed, raw
 * body, headers) or the toString of options, clients, requests, responses and providers.
 */
class SecretCanaryTest extends LoopbackServerSupport {
  static final String CANARY_TOKEN = "CANARY-TOKEN-7f3a9c";
  static final String CANARY_PASSWORD = "CANARY-PASSWORD-e41d";
  static final String CANARY_ACCESS = "CANARY-ACCESS-0b6e";
  static final String CANARY_REFRESH = "CANARY-REFRESH-92fa";
  static final List<String> CANARIES =
      List.of(CANARY_TOKEN, CANARY_PASSWORD, CANARY_ACCESS, CANARY_REFRESH);

  private final List<String> texts = new ArrayList<>();
  private final List<String> plan = new ArrayList<>();

  @BeforeEach
  void echoServer() {
    server.setDispatcher(new EchoingServer());
    CapturingLogs.start();
  }

  @AfterEach
  void noCanaryAnywhere() {
    List<String> all = new ArrayList<>(texts);
    List<String> logs = CapturingLogs.stop();
    all.addAll(logs);
    assertTrue(logs.size() > 3, "the SDK logged: " + logs);
    int hits = 0;
    StringBuilder where = new StringBuilder();
    for (String text : all) {
      for (String canary : CANARIES) {
        if (text != null && text.contains(canary)) {
          hits++;
          where.append("\n  ").append(canary).append(" in: ").append(text);
        }
      }
    }
    assertEquals(0, hits, "canary hits:" + where);
  }

  /** Answers in the order of {@link #plan}; "echo-NNN" answers NNN echoing what it received. */
  private final class EchoingServer extends Dispatcher {
    private int next;

    @Override
    public synchronized MockResponse dispatch(RecordedRequest request) {
      String step = next < plan.size() ? plan.get(next++) : "404";
      String received =
          request.getHeader("Authorization")
              + " "
              + request.getBody().readUtf8().replace('"', '\'');
      switch (step) {
        case "process":
          return json(200, "{\"id\":7,\"subject\":\"ok\"}");
        case "login":
          return json(
              200,
              "{\"accessToken\":\""
                  + CANARY_ACCESS
                  + "\",\"refreshToken\":\""
                  + CANARY_REFRESH
                  + "\"}");
        case "login-2", "login-3":
          return json(200, "{\"accessToken\":\"" + CANARY_ACCESS + step + "\"}");
        default:
          int status = Integer.parseInt(step.replace("echo-", ""));
          MockResponse answer =
              json(
                  status,
                  "{\"title\":\"Rejected: "
                      + received
                      + "\",\"detail\":\"You sent "
                      + received
                      + "\",\"errors\":{\"Token\":[\""
                      + received
                      + "\"]}}");
          if (step.startsWith("echo-")) {
            answer
                .setHeader("x-echo", received)
                .setHeader(
                    "WWW-Authenticate",
                    "Bearer error=\"invalid_token\", error_description=\"" + received + "\"");
          }
          return answer;
      }
    }
  }

  private void record(Object... objects) {
    for (Object o : objects) {
      texts.add(String.valueOf(o));
    }
  }

  private void recordFailure(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      texts.add(t.getMessage());
      texts.add(t.toString());
      for (Throwable s : t.getSuppressed()) {
        recordFailure(s);
      }
      if (t instanceof FaciliooServiceException service) {
        texts.add(service.rawBody());
        texts.add(service.headers().toString());
        texts.add(service.problem().toString());
        texts.add(String.valueOf(service.requestId()));
      }
    }
  }

  private <T extends FaciliooException> T failure(Class<T> type, Runnable call) {
    T e = assertThrows(type, call::run);
    recordFailure(e);
    return e;
  }

  private void recordClient(ProcessesClient client, FaciliooOptions options) {
    record(client, options, options.tokenProvider(), options.toBuilder());
    try (FaciliooClient core = FaciliooClient.create(options)) {
      record(core);
    }
  }

  @Test
  void staticTokenThroughSuccessRetriesAndEchoingErrors() {
    plan.addAll(List.of("process", "echo-503", "process", "echo-401", "echo-400", "echo-500"));
    plan.addAll(List.of("echo-503", "echo-503", "echo-503", "echo-403", "echo-429"));
    FaciliooOptions options = options().token(CANARY_TOKEN).maxRetries(2).build();
    ProcessesClient client = client(b -> b.token(CANARY_TOKEN));

    ProcessRead read = client.retrieve(7);
    ApiResponse<ProcessRead> retried = client.retrieve().id(7).executeWithResponse();
    failure(FaciliooServiceException.class, () -> client.retrieve(7)); // 401
    failure(FaciliooServiceException.class, () -> client.create(newProcess())); // 400
    failure(FaciliooServiceException.class, () -> client.create(newProcess())); // 500
    failure(FaciliooServiceException.class, () -> client.retrieve(7)); // 503 x3
    failure(FaciliooServiceException.class, () -> client.update(7).subject("x").execute());
    failure(FaciliooServiceException.class, () -> client.create(newProcess())); // 429

    record(read, retried, client);
    recordClient(client, options);
    record(
        ApiRequest.builder()
            .method("GET")
            .path("/api/processes/{id}", 7)
            .options(RequestOptions.builder().header("x-api-key", CANARY_TOKEN).build())
            .build(),
        RequestOptions.builder().header("x-api-key", CANARY_TOKEN).build(),
        HttpRequest.builder()
            .url("https://api.facilioo.de/api/processes")
            .header("Authorization", "Bearer " + CANARY_TOKEN)
            .build());
    assertEquals(11, server.getRequestCount());
  }

  @Test
  void suppliedTokenThroughA401AndAsyncCalls() throws Exception {
    plan.addAll(List.of("echo-401", "echo-401", "process", "echo-502", "echo-502", "echo-502"));
    TokenProvider supplied = TokenProvider.fromSupplier(() -> CANARY_TOKEN);
    ProcessesClient client = client(b -> b.tokenProvider(supplied));

    // The supplier gives the same token again, so the replay is skipped: one 401, one answer.
    failure(FaciliooServiceException.class, () -> client.retrieve(7));
    failure(FaciliooServiceException.class, () -> client.retrieve(7));
    record(client.retrieveAsync(7).get());
    ExecutionException async =
        assertThrows(ExecutionException.class, () -> client.retrieveAsync(7).get());
    recordFailure(async.getCause());

    record(supplied, client);
    recordClient(client, client.options());
  }

  @Test
  void passwordAccessAndRefreshTokensThroughLoginRefreshAndReplay() {
    // Login echoing the password fails; the next login works; a 401 makes the provider try the
    // refresh token (refused, echoing it), log in again and replay; then errors echo the token.
    plan.addAll(List.of("echo-400", "login", "process", "echo-401", "echo-400", "login-2"));
    plan.addAll(List.of("process", "echo-422", "echo-401", "login-3", "echo-401"));
    LoginTokenProvider login =
        LoginTokenProvider.builder().email("erp@acme.example").password(CANARY_PASSWORD).build();
    ProcessesClient client = client(b -> b.tokenProvider(login));

    failure(FaciliooServiceException.class, () -> client.retrieve(7)); // login refused
    record(client.retrieve(7)); // login, process
    record(client.retrieve(7)); // 401, refresh refused, login-2, replay
    failure(FaciliooServiceException.class, () -> client.create(newProcess())); // 422
    failure(FaciliooServiceException.class, () -> client.retrieve(7)); // 401, login-3, 401

    record(login, client);
    recordClient(client, client.options());
    assertEquals(11, server.getRequestCount());
  }
}

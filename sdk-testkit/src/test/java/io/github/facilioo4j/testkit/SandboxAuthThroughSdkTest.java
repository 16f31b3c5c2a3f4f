package io.github.facilioo4j.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.facilioo4j.core.FaciliooOptions;
import io.github.facilioo4j.core.LoginTokenProvider;
import io.github.facilioo4j.core.errors.ServerException;
import io.github.facilioo4j.core.errors.UnauthorizedException;
import io.github.facilioo4j.processes.ProcessesClient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The sandbox's authentication, driven through the SDK's own clients and token providers. */
class SandboxAuthThroughSdkTest {
  static final String EMAIL = "sync@acme.example";
  static final String PASSWORD = "s3cret-Pa55";

  final FakeClock clock = new FakeClock(Instant.parse("2026-03-01T08:00:00Z"));
  final RecordingSleeper sleeper = new RecordingSleeper();

  static ProcessesClient client(FaciliooSandbox sandbox, String token) {
    return ProcessesClient.create(
        FaciliooOptions.builder()
            .baseUrl(sandbox.baseUrl())
            .token(token)
            .sleeper(new RecordingSleeper())
            .build());
  }

  ProcessesClient loginClient(FaciliooSandbox sandbox, String password) {
    LoginTokenProvider provider =
        LoginTokenProvider.builder().email(EMAIL).password(password).clock(clock).build();
    return ProcessesClient.create(
        FaciliooOptions.builder()
            .baseUrl(sandbox.baseUrl())
            .tokenProvider(provider)
            .clock(clock)
            .sleeper(sleeper)
            .build());
  }

  static List<String> authorizations(FaciliooSandbox sandbox, String path) {
    return sandbox.recordedRequests().stream()
        .filter(r -> r.path().equals(path))
        .map(r -> r.header("Authorization").orElse("<none>"))
        .collect(Collectors.toList());
  }

  static long calls(FaciliooSandbox sandbox, String path) {
    return sandbox.recordedRequests().stream().filter(r -> r.path().equals(path)).count();
  }

  @Test
  void aConfiguredTokenIsAcceptedAndSentAsBearer() {
    try (FaciliooSandbox sandbox = FaciliooSandbox.builder().validToken("test-token").start();
        ProcessesClient processes = client(sandbox, "test-token")) {
      assertEquals(0L, processes.list(10).totalCount());

      assertEquals(List.of("Bearer test-token"), authorizations(sandbox, "/api/processes"));
    }
  }

  @Test
  void aWrongTokenGivesUnauthorizedExceptionWithoutRetrying() {
    try (FaciliooSandbox sandbox = FaciliooSandbox.builder().validToken("test-token").start();
        ProcessesClient processes = client(sandbox, "wrong-token")) {
      UnauthorizedException e = assertThrows(UnauthorizedException.class, () -> processes.list(10));

      assertEquals(401, e.statusCode());
      assertEquals(
          sandbox.recordedRequests().get(0).header("Authorization").get(), "Bearer wrong-token");
      assertEquals(1, sandbox.requestCount());
      assertTrue(e.requestId().isPresent());
      assertFalse(e.getMessage().contains("wrong-token"), e.getMessage());
    }
  }

  @Test
  void theLoginProviderLogsInOnceAndRenewsOncePerExpiry() throws Exception {
    try (FaciliooSandbox sandbox =
            FaciliooSandbox.builder()
                .user(EMAIL, PASSWORD)
                .clock(clock)
                .tokenLifetime(Duration.ofHours(1))
                .start();
        ProcessesClient processes = loginClient(sandbox, PASSWORD)) {
      processes.list(10);
      processes.list(10);
      processes.list(10);
      assertEquals(1L, calls(sandbox, "/api/auth/login"));
      JsonNode login = SandboxHttp.MAPPER.readTree(sandbox.recordedRequests().get(0).body());
      assertEquals(EMAIL, login.get("email").asText());
      assertFalse(login.get("skipMultiFactorAuthentication").asBoolean());

      // One hour later the first token has expired in the sandbox's eyes too.
      clock.advance(Duration.ofHours(1));
      processes.list(10);
      processes.list(10);
      assertEquals(2L, calls(sandbox, "/api/auth/login"));

      clock.advance(Duration.ofHours(3));
      processes.list(10);
      assertEquals(3L, calls(sandbox, "/api/auth/login"));

      List<String> sent = authorizations(sandbox, "/api/processes");
      assertEquals(6, sent.size());
      assertEquals(sent.get(0), sent.get(2));
      assertNotEquals(sent.get(2), sent.get(3));
      assertEquals(sent.get(3), sent.get(4));
      assertNotEquals(sent.get(4), sent.get(5));
      // Six calls and three logins, no 401 replays: each renewal happened before the token expired.
      assertEquals(9, sandbox.requestCount());
      assertTrue(sleeper.delays().isEmpty());
    }
  }

  @Test
  void theLoginProviderRenewsJustBeforeTheRenewalMargin() {
    try (FaciliooSandbox sandbox =
            FaciliooSandbox.builder().user(EMAIL, PASSWORD).clock(clock).start();
        ProcessesClient processes = loginClient(sandbox, PASSWORD)) {
      processes.list(10);
      clock.advance(Duration.ofMinutes(58));
      processes.list(10);
      assertEquals(1L, calls(sandbox, "/api/auth/login"));

      // Within the default 60 s margin of exp: renewed although the sandbox would still accept it.
      clock.advance(Duration.ofSeconds(90));
      processes.list(10);
      assertEquals(2L, calls(sandbox, "/api/auth/login"));
    }
  }

  @Test
  void withRefreshTokensTheProviderRefreshesInsteadOfLoggingInAgain() {
    try (FaciliooSandbox sandbox =
            FaciliooSandbox.builder()
                .user(EMAIL, PASSWORD)
                .refreshTokens(true)
                .clock(clock)
                .start();
        ProcessesClient processes = loginClient(sandbox, PASSWORD)) {
      processes.list(10);
      clock.advance(Duration.ofHours(2));
      processes.list(10);
      clock.advance(Duration.ofHours(2));
      processes.list(10);

      assertEquals(1L, calls(sandbox, "/api/auth/login"));
      // Refresh tokens are single-use: the second refresh used the one the first refresh issued.
      assertEquals(2L, calls(sandbox, "/api/auth/refresh"));
      List<String> sent = authorizations(sandbox, "/api/processes");
      assertEquals(3, sent.stream().distinct().count());
    }
  }

  @Test
  void aTokenTheSandboxRejectsEarlyIsRenewedOnceAndTheCallReplayed() {
    // The sandbox's clock runs ahead of the client's: it sees the token expire before the client.
    FakeClock serverClock = new FakeClock(clock.instant());
    try (FaciliooSandbox sandbox =
            FaciliooSandbox.builder().user(EMAIL, PASSWORD).clock(serverClock).start();
        ProcessesClient processes = loginClient(sandbox, PASSWORD)) {
      processes.list(10);
      serverClock.advance(Duration.ofHours(1));

      assertEquals(0L, processes.list(10).totalCount());

      assertEquals(2L, calls(sandbox, "/api/auth/login"));
      List<String> sent = authorizations(sandbox, "/api/processes");
      assertEquals(3, sent.size());
      assertEquals(sent.get(0), sent.get(1));
      assertNotEquals(sent.get(1), sent.get(2));
      assertTrue(sleeper.delays().isEmpty());
    }
  }

  @Test
  void aLoginAnswered503IsAServerFailureNotRefusedCredentials() {
    try (FaciliooSandbox sandbox =
            FaciliooSandbox.builder().user(EMAIL, PASSWORD).clock(clock).start();
        ProcessesClient processes = loginClient(sandbox, PASSWORD)) {
      sandbox.faults().on("POST", "/api/auth/login").serviceUnavailable(1);

      ServerException e = assertThrows(ServerException.class, () -> processes.list(10));

      assertEquals(503, e.statusCode());
      assertTrue(e.getMessage().contains(EMAIL), e.getMessage());
      assertEquals(0L, calls(sandbox, "/api/processes"));
      // The next call logs in again and goes through.
      assertEquals(0L, processes.list(10).totalCount());
      assertEquals(2L, calls(sandbox, "/api/auth/login"));
    }
  }

  @Test
  void aRefusedLoginGivesUnauthorizedExceptionWithoutThePassword() {
    try (FaciliooSandbox sandbox =
            FaciliooSandbox.builder().user(EMAIL, PASSWORD).clock(clock).start();
        ProcessesClient processes = loginClient(sandbox, "not-the-password")) {
      UnauthorizedException e = assertThrows(UnauthorizedException.class, () -> processes.list(10));

      assertEquals(401, e.statusCode());
      assertFalse(e.getMessage().contains("not-the-password"), e.getMessage());
      assertFalse(e.rawBody().contains("not-the-password"), e.rawBody());
      assertEquals(0L, calls(sandbox, "/api/processes"));
    }
  }
}

package io.github.facilioo4j.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.facilioo4j.core.FaciliooOptions;
import io.github.facilioo4j.core.LoginTokenProvider;
import io.github.facilioo4j.processes.ProcessesClient;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Scanner;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The sandbox takes a refresh in both forms; the SDK sends the bearer form first. */
class SandboxRefreshFormsTest {
  final FakeClock clock = new FakeClock(Instant.parse("2026-03-01T08:00:00Z"));

  @Test
  void theSdkRefreshesWithTheRefreshTokenAsBearerAndNoBody() {
    try (FaciliooSandbox sandbox =
            FaciliooSandbox.builder()
                .user("sync@acme.example", "pw-1")
                .refreshTokens(true)
                .clock(clock)
                .start();
        ProcessesClient processes =
            ProcessesClient.create(
                FaciliooOptions.builder()
                    .baseUrl(sandbox.baseUrl())
                    .tokenProvider(
                        LoginTokenProvider.builder()
                            .email("sync@acme.example")
                            .password("pw-1")
                            .clock(clock)
                            .build())
                    .clock(clock)
                    .sleeper(new RecordingSleeper())
                    .build())) {
      processes.list(10);
      clock.advance(Duration.ofHours(2));
      processes.list(10);

      List<RecordedRequest> refreshes =
          sandbox.recordedRequests().stream()
              .filter(r -> r.path().equals("/api/auth/refresh"))
              .collect(Collectors.toList());
      assertEquals(1, refreshes.size());
      assertTrue(refreshes.get(0).header("Authorization").orElse("").startsWith("Bearer "));
      assertEquals("", refreshes.get(0).body());
      assertEquals(
          2,
          sandbox.recordedRequests().stream()
              .filter(r -> r.path().equals("/api/processes"))
              .count());
    }
  }

  @Test
  void theSandboxStillTakesTheRefreshTokenInTheBody() throws IOException {
    try (FaciliooSandbox sandbox =
        FaciliooSandbox.builder()
            .user("a@b.example", "pw-1")
            .refreshTokens(true)
            .clock(clock)
            .start()) {
      String login =
          post(sandbox, "/api/auth/login", "{\"email\":\"a@b.example\",\"password\":\"pw-1\"}");
      String refresh = login.replaceAll(".*\"refreshToken\"\\s*:\\s*\"([^\"]+)\".*", "$1");

      String answer = post(sandbox, "/api/auth/refresh", "{\"refreshToken\":\"" + refresh + "\"}");

      assertTrue(answer.contains("\"accessToken\""), answer);
    }
  }

  private static String post(FaciliooSandbox sandbox, String path, String json) throws IOException {
    HttpURLConnection c = (HttpURLConnection) new URL(sandbox.baseUrl() + path).openConnection();
    try {
      c.setRequestMethod("POST");
      c.setDoOutput(true);
      c.setRequestProperty("Content-Type", "application/json");
      c.getOutputStream().write(json.getBytes(StandardCharsets.UTF_8));
      assertEquals(200, c.getResponseCode());
      try (Scanner s = new Scanner(c.getInputStream(), "UTF-8").useDelimiter("\\A")) {
        return s.hasNext() ? s.next() : "";
      }
    } finally {
      c.disconnect();
    }
  }
}

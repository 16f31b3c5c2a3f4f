package io.github.facilioo4j.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.facilioo4j.core.LoginTokenProvider;
import io.github.facilioo4j.core.errors.FaciliooIoException;
import io.github.facilioo4j.core.errors.FaciliooTimeoutException;
import io.github.facilioo4j.core.errors.InvalidResponseException;
import io.github.facilioo4j.core.errors.RateLimitException;
import io.github.facilioo4j.core.errors.ServerException;
import io.github.facilioo4j.core.errors.UnauthorizedException;
import io.github.facilioo4j.core.errors.UnexpectedStatusException;
import io.github.facilioo4j.processes.ProcessesClient;
import io.github.facilioo4j.processes.model.ProcessRead;
import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLException;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The fault matrix: each case asserts the exact exception type (or the success), how many requests
 * the server saw, and that no connection or response body leaked. Clients retry at most twice and
 * back off through a recording sleeper.
 */
class FaultMatrixTest extends LoopbackServerSupport {

  static <T extends Throwable> T expect(Class<T> type, Executable call) {
    Throwable thrown = assertThrows(Throwable.class, call);
    assertEquals(type, thrown.getClass(), () -> "unexpected: " + thrown);
    return type.cast(thrown);
  }

  // ---- connection faults ------------------------------------------------------------------

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  @Test
  void refusedConnectionIsRetriedThenReportedWithItsCauseForAGet() throws IOException {
    String refused = "http://127.0.0.1:" + freePort();
    ProcessesClient client = client(b -> b.baseUrl(refused));

    FaciliooIoException e = expect(FaciliooIoException.class, () -> client.retrieve(7));

    assertInstanceOf(ConnectException.class, e.getCause());
    assertTrue(e.getMessage().contains("before it was sent"), e.getMessage());
    assertEquals(2, sleeper.delays().size(), "a request never sent is retried");
    assertRequestsAndNoLeaks(0);
  }

  @Test
  void refusedConnectionIsRetriedEvenForACreateBecauseNothingWasSent() throws IOException {
    String refused = "http://127.0.0.1:" + freePort();
    ProcessesClient client = client(b -> b.baseUrl(refused));

    expect(FaciliooIoException.class, () -> client.create(newProcess()));

    assertEquals(2, sleeper.delays().size());
    assertRequestsAndNoLeaks(0);
  }

  @Test
  void connectionResetBeforeTheResponseIsRetriedForAGet() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START));
    }

    expect(FaciliooIoException.class, () -> client().retrieve(7));

    assertRequestsAndNoLeaks(3);
  }

  @Test
  void connectionResetBeforeTheResponseIsNotRetriedForACreate() throws InterruptedException {
    // Dropped after the server read part of the request. (A connection the server closes before
    // reading anything is provably unsent, and a create then goes out on a fresh connection: see
    // StaleConnectionTest.)
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_DURING_REQUEST_BODY));
    server.enqueue(process(1));

    expect(FaciliooIoException.class, () -> client().create(newProcess()));

    assertEquals("POST", server.takeRequest(10, TimeUnit.SECONDS).getMethod());
    assertEquals(0, sleeper.delays().size());
    assertRequestsAndNoLeaks(1);
  }

  @Test
  void disconnectAfterTheRequestBodyNeverSendsACreateTwice() throws InterruptedException {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    server.enqueue(process(1));

    FaciliooIoException e = expect(FaciliooIoException.class, () -> client().create(newProcess()));

    RecordedRequest sent = server.takeRequest();
    assertEquals("POST", sent.getMethod());
    assertTrue(sent.getBody().readUtf8().contains("\"report\":\"<p>Leak</p>\""));
    assertTrue(e.getMessage().startsWith("POST /api/processes failed"), e.getMessage());
    assertRequestsAndNoLeaks(1);
  }

  @Test
  void disconnectAfterTheRequestIsRetriedForAGetUntilItSucceeds() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    server.enqueue(process(7));

    ProcessRead read = client().retrieve(7);

    assertEquals(7, read.id());
    assertEquals(2, sleeper.delays().size());
    assertRequestsAndNoLeaks(3);
  }

  private static MockResponse cutOffBody() {
    return json(200, "{\"id\":7,\"report\":\"" + "x".repeat(64 * 1024) + "\"}")
        .setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY);
  }

  @Test
  void disconnectInTheMiddleOfTheResponseBodyIsRetriedForAGet() {
    server.enqueue(cutOffBody());
    server.enqueue(process(7));

    assertEquals(7, client().retrieve(7).id());

    assertRequestsAndNoLeaks(2);
  }

  @Test
  void disconnectInTheMiddleOfEveryResponseBodyIsAnIoFailureAfterTheRetries() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(cutOffBody());
    }

    expect(FaciliooIoException.class, () -> client().retrieve(7));

    assertRequestsAndNoLeaks(3);
  }

  @Test
  void disconnectInTheMiddleOfTheResponseBodyOfACreateIsNotRetried() {
    server.enqueue(cutOffBody());
    server.enqueue(process(1));

    expect(FaciliooIoException.class, () -> client().create(newProcess()));

    assertRequestsAndNoLeaks(1);
  }

  // ---- timeouts -----------------------------------------------------------------------------

  @Test
  void stalledHeadersHitTheReadTimeoutAndAGetIsRetriedOnce() {
    server.enqueue(process(7).setHeadersDelay(1, TimeUnit.SECONDS));
    server.enqueue(process(7).setHeadersDelay(1, TimeUnit.SECONDS));
    ProcessesClient client = client(b -> b.readTimeout(Duration.ofMillis(250)).maxRetries(1));

    expect(FaciliooTimeoutException.class, () -> client.retrieve(7));

    assertRequestsAndNoLeaks(2);
  }

  @Test
  void stalledHeadersHitTheReadTimeoutAndACreateIsNotRetried() {
    server.enqueue(process(1).setHeadersDelay(1, TimeUnit.SECONDS));
    ProcessesClient client = client(b -> b.readTimeout(Duration.ofMillis(250)));

    expect(FaciliooTimeoutException.class, () -> client.create(newProcess()));

    assertRequestsAndNoLeaks(1);
  }

  @Test
  void stalledHeadersHitTheWholeCallTimeout() {
    server.enqueue(process(7).setHeadersDelay(1, TimeUnit.SECONDS));
    server.enqueue(process(7).setHeadersDelay(1, TimeUnit.SECONDS));
    ProcessesClient client = client(b -> b.callTimeout(Duration.ofMillis(300)).maxRetries(1));

    FaciliooTimeoutException e = expect(FaciliooTimeoutException.class, () -> client.retrieve(7));

    assertTrue(e.getMessage().contains("timed out"), e.getMessage());
    assertRequestsAndNoLeaks(2);
  }

  @Test
  void stalledBodyHitsTheReadTimeoutAndAGetIsRetriedOnce() {
    server.enqueue(process(7).setBodyDelay(1, TimeUnit.SECONDS));
    server.enqueue(process(7).setBodyDelay(1, TimeUnit.SECONDS));
    ProcessesClient client = client(b -> b.readTimeout(Duration.ofMillis(250)).maxRetries(1));

    expect(FaciliooTimeoutException.class, () -> client.retrieve(7));

    assertRequestsAndNoLeaks(2);
  }

  @Test
  void stalledBodyOfACreateHitsTheReadTimeoutAndIsNotRetried() {
    server.enqueue(process(1).setBodyDelay(1, TimeUnit.SECONDS));
    ProcessesClient client = client(b -> b.readTimeout(Duration.ofMillis(250)));

    expect(FaciliooTimeoutException.class, () -> client.create(newProcess()));

    assertRequestsAndNoLeaks(1);
  }

  @Test
  void slowBodyHitsTheWholeCallTimeoutEvenThoughEveryReadIsQuick() {
    // 8 bytes every 50 ms: no single read waits long, but the whole body takes seconds.
    for (int i = 0; i < 2; i++) {
      server.enqueue(
          json(200, "{\"id\":7,\"subject\":\"" + "s".repeat(600) + "\"}")
              .throttleBody(8, 50, TimeUnit.MILLISECONDS));
    }
    ProcessesClient client =
        client(
            b ->
                b.readTimeout(Duration.ofSeconds(2))
                    .callTimeout(Duration.ofMillis(400))
                    .maxRetries(1));

    expect(FaciliooTimeoutException.class, () -> client.retrieve(7));

    assertRequestsAndNoLeaks(2);
  }

  // ---- bad responses -----------------------------------------------------------------------

  private static MockResponse html502() {
    return new MockResponse()
        .setResponseCode(502)
        .setHeader("Content-Type", "text/html")
        .setBody("<html><body><h1>502 Bad Gateway</h1></body></html>");
  }

  @Test
  void htmlBadGatewayIsRetriedForAGetThenAServerException() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(html502());
    }

    ServerException e = expect(ServerException.class, () -> client().retrieve(7));

    assertEquals(502, e.statusCode());
    assertTrue(e.rawBody().contains("502 Bad Gateway"));
    assertRequestsAndNoLeaks(3);
  }

  @Test
  void htmlBadGatewayIsNotRetriedForACreate() {
    server.enqueue(html502());

    ServerException e = expect(ServerException.class, () -> client().create(newProcess()));

    assertEquals(502, e.statusCode());
    assertRequestsAndNoLeaks(1);
  }

  @Test
  void emptyInternalServerErrorIsAServerExceptionWithoutRetry() {
    server.enqueue(new MockResponse().setResponseCode(500));

    ServerException e = expect(ServerException.class, () -> client().retrieve(7));

    assertEquals("", e.rawBody());
    assertTrue(e.getMessage().contains("empty body"), e.getMessage());
    assertRequestsAndNoLeaks(1);
  }

  private void assertInvalid(MockResponse answer, String expectedInMessage) {
    server.enqueue(answer);

    InvalidResponseException e = expect(InvalidResponseException.class, () -> client().retrieve(7));

    assertEquals(answer.getStatus().split(" ")[1], String.valueOf(e.statusCode()));
    assertTrue(e.getMessage().contains(expectedInMessage), e.getMessage());
    assertRequestsAndNoLeaks(1);
  }

  @Test
  void malformedJsonIsAnInvalidResponse() {
    assertInvalid(json(200, "{\"id\":7,,}"), "ProcessRead");
  }

  @Test
  void truncatedJsonIsAnInvalidResponse() {
    assertInvalid(json(200, "{\"id\":7,\"subject\":\"Leak"), "ProcessRead");
  }

  @Test
  void nonJsonSuccessBodyIsAnInvalidResponse() {
    assertInvalid(
        new MockResponse().setHeader("Content-Type", "text/html").setBody("<html>ok</html>"),
        "ProcessRead");
  }

  @Test
  void wronglyTypedJsonIsAnInvalidResponse() {
    assertInvalid(json(200, "{\"id\":\"seven\",\"created\":\"yesterday\"}"), "ProcessRead");
  }

  @Test
  void jsonArrayOrNullWhereAnObjectIsExpectedIsAnInvalidResponse() {
    assertInvalid(json(200, "[{\"id\":7}]"), "ProcessRead");
  }

  @Test
  void noContentWhereABodyIsExpectedIsAnInvalidResponse() {
    assertInvalid(new MockResponse().setResponseCode(204), "empty body");
  }

  @Test
  void oversizedSuccessBodyIsRefusedAtTheLimitInsteadOfFillingTheHeap() {
    Buffer huge = new Buffer();
    byte[] chunk = new byte[1024 * 1024];
    java.util.Arrays.fill(chunk, (byte) ' ');
    for (int i = 0; i < 40; i++) {
      huge.write(chunk); // 40 MiB of JSON whitespace, over the 32 MiB limit
    }
    server.enqueue(new MockResponse().setHeader("Content-Type", "application/json").setBody(huge));

    InvalidResponseException e = expect(InvalidResponseException.class, () -> client().retrieve(7));

    assertTrue(e.getMessage().contains("limit of 33554432 bytes"), e.getMessage());
    assertRequestsAndNoLeaks(1);
  }

  @Test
  void oversizedErrorBodyKeepsOnlyABoundedPart() {
    server.enqueue(new MockResponse().setResponseCode(500).setBody("E".repeat(3 * 1024 * 1024)));

    ServerException e = expect(ServerException.class, () -> client().retrieve(7));

    assertTrue(e.isRawBodyTruncated());
    assertEquals(64 * 1024, e.rawBody().length());
    assertRequestsAndNoLeaks(1);
  }

  // ---- throttling --------------------------------------------------------------------------

  @Test
  void tooManyRequestsWithRetryAfterSecondsWaitsExactlyThatLong() {
    server.enqueue(json(429, "{}").setHeader("Retry-After", "7"));
    server.enqueue(process(7));

    assertEquals(7, client().retrieve(7).id());

    assertEquals(List.of(Duration.ofSeconds(7)), sleeper.delays());
    assertRequestsAndNoLeaks(2);
  }

  @Test
  void tooManyRequestsWithRetryAfterAsHttpDateWaitsUntilThen() {
    String date =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(
            clock.instant().plusSeconds(12).atOffset(ZoneOffset.UTC));
    server.enqueue(json(429, "{}").setHeader("Retry-After", date));
    server.enqueue(process(7));

    assertEquals(7, client().retrieve(7).id());

    assertEquals(List.of(Duration.ofSeconds(12)), sleeper.delays());
    assertRequestsAndNoLeaks(2);
  }

  @Test
  void absurdRetryAfterIsCappedAtTheMaximumDelay() {
    server.enqueue(json(429, "{}").setHeader("Retry-After", "999999999"));
    server.enqueue(process(7));

    client(b -> b.maxRetryDelay(Duration.ofSeconds(30))).retrieve(7);

    assertEquals(List.of(Duration.ofSeconds(30)), sleeper.delays());
    assertRequestsAndNoLeaks(2);
  }

  @Test
  void unreadableRetryAfterFallsBackToTheExponentialBackOff() {
    server.enqueue(json(429, "{}").setHeader("Retry-After", "99999999999999999999999"));
    server.enqueue(process(7));

    client().retrieve(7);

    Duration delay = sleeper.delays().get(0);
    assertTrue(delay.toMillis() >= 375 && delay.toMillis() <= 500, delay.toString());
    assertRequestsAndNoLeaks(2);
  }

  @Test
  void tooManyRequestsBeyondTheRetriesIsARateLimitExceptionWithTheWait() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(json(429, "{\"title\":\"Slow down\"}").setHeader("Retry-After", "3"));
    }

    RateLimitException e = expect(RateLimitException.class, () -> client().retrieve(7));

    assertEquals(Duration.ofSeconds(3), e.retryAfter().orElseThrow());
    assertRequestsAndNoLeaks(3);
  }

  @Test
  void serviceUnavailableStormBeyondTheRetriesIsAServerException() {
    for (int i = 0; i < 5; i++) {
      server.enqueue(json(503, "{\"title\":\"Maintenance\"}"));
    }

    ServerException e = expect(ServerException.class, () -> client().retrieve(7));

    assertEquals(503, e.statusCode());
    assertEquals(2, sleeper.delays().size());
    assertRequestsAndNoLeaks(3);
  }

  // ---- authentication ----------------------------------------------------------------------

  private ProcessesClient loginClient() {
    LoginTokenProvider login =
        LoginTokenProvider.builder().email("erp@acme.example").password("pw-1").build();
    return client(b -> b.tokenProvider(login));
  }

  private MockResponse loginAnswer(String jti) {
    return json(
        200,
        "{\"accessToken\":\"" + Jwts.expiringAt(clock.instant().plusSeconds(3600), jti) + "\"}");
  }

  @Test
  void expiredTokenIsRenewedOnceAndTheCallSucceeds() throws InterruptedException {
    server.enqueue(loginAnswer("a"));
    server.enqueue(process(7));
    ProcessesClient client = loginClient();
    client.retrieve(7);

    clock.advance(Duration.ofMinutes(61));
    server.enqueue(loginAnswer("b"));
    server.enqueue(process(7));
    assertEquals(7, client.retrieve(7).id());

    assertEquals("/api/auth/login", server.takeRequest().getPath());
    String first = server.takeRequest().getHeader("Authorization");
    assertEquals("/api/auth/login", server.takeRequest().getPath());
    String second = server.takeRequest().getHeader("Authorization");
    assertEquals("Bearer " + Jwts.expiringAt(clock.instant().minusSeconds(60), "a"), first);
    assertEquals("Bearer " + Jwts.expiringAt(clock.instant().plusSeconds(3600), "b"), second);
    assertRequestsAndNoLeaks(4);
  }

  @Test
  void tokenTheServerRejectsAsExpiredIsRenewedOnceAndTheCallReplayed() throws InterruptedException {
    server.enqueue(loginAnswer("a"));
    server.enqueue(json(401, "").setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\""));
    server.enqueue(loginAnswer("b"));
    server.enqueue(process(7));

    assertEquals(7, loginClient().retrieve(7).id());

    server.takeRequest();
    server.takeRequest();
    server.takeRequest();
    assertTrue(server.takeRequest().getHeader("Authorization").endsWith(".sig"));
    assertRequestsAndNoLeaks(4);
  }

  @Test
  void unauthorizedAfterTheRenewalIsAnUnauthorizedException() {
    server.enqueue(loginAnswer("a"));
    server.enqueue(json(401, "{\"title\":\"Token revoked\"}"));
    server.enqueue(loginAnswer("b"));
    server.enqueue(json(401, "{\"title\":\"Token revoked\"}"));
    server.enqueue(process(7));

    UnauthorizedException e = expect(UnauthorizedException.class, () -> loginClient().retrieve(7));

    assertTrue(e.getMessage().contains("Token revoked"), e.getMessage());
    assertRequestsAndNoLeaks(4);
  }

  // ---- transport security ------------------------------------------------------------------

  @Test
  void redirectToAnotherHostIsNotFollowedSoNoTokenTravels() throws IOException {
    try (MockWebServer other = new MockWebServer()) {
      other.enqueue(process(7));
      server.enqueue(
          new MockResponse()
              .setResponseCode(302)
              .setHeader("Location", "http://127.0.0.1:" + other.getPort() + "/api/processes/7"));
      ProcessesClient client = client(b -> b.baseUrl("http://localhost:" + server.getPort()));

      UnexpectedStatusException e =
          expect(UnexpectedStatusException.class, () -> client.retrieve(7));

      assertEquals(302, e.statusCode());
      assertTrue(e.headers().containsKey("Location"));
      assertEquals(0, other.getRequestCount(), "the other host saw a request");
      assertRequestsAndNoLeaks(1);
    }
  }

  @Test
  void temporaryRedirectOfACreateIsNotFollowedSoItIsSentOnce() throws IOException {
    try (MockWebServer other = new MockWebServer()) {
      other.enqueue(process(1));
      server.enqueue(
          new MockResponse()
              .setResponseCode(307)
              .setHeader("Location", other.url("/api/processes").toString()));

      UnexpectedStatusException e =
          expect(UnexpectedStatusException.class, () -> client().create(newProcess()));

      assertEquals(307, e.statusCode());
      assertEquals(0, other.getRequestCount());
      assertRequestsAndNoLeaks(1);
    }
  }

  @Test
  void selfSignedTlsServerIsRejectedByDefault() {
    HeldCertificate certificate =
        new HeldCertificate.Builder().addSubjectAlternativeName("localhost").build();
    HandshakeCertificates serverCertificates =
        new HandshakeCertificates.Builder().heldCertificate(certificate).build();
    server.useHttps(serverCertificates.sslSocketFactory(), false);
    server.enqueue(process(7));
    ProcessesClient client = client(b -> b.baseUrl("https://localhost:" + server.getPort()));

    FaciliooIoException e = expect(FaciliooIoException.class, () -> client.retrieve(7));

    assertInstanceOf(SSLException.class, e.getCause(), () -> "cause: " + e.getCause());
    assertEquals(0, sleeper.delays().size(), "a refused certificate is not retried");
    assertRequestsAndNoLeaks(0);
  }
}

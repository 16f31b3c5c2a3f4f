package io.github.facilioo4j.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.facilioo4j.core.internal.Json;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A login provider shared by clients of two APIs ("production" is {@link #server}, "staging" a
 * second loopback server): each API gets only its own tokens, and the credentials go only to the
 * login of the API that is called.
 */
class LoginPerApiTest extends ClientTestSupport {
  static final String EMAIL = LoginTest.EMAIL;
  static final String PASSWORD = LoginTest.PASSWORD;

  MockWebServer staging;

  @BeforeEach
  void startStaging() throws IOException {
    staging = new MockWebServer();
    staging.start();
  }

  @AfterEach
  void stopStaging() throws IOException {
    staging.shutdown();
  }

  String stagingUrl() {
    String url = staging.url("/").toString();
    return url.substring(0, url.length() - 1);
  }

  String jwt(String name, Duration lifetime) {
    return LoginTest.jwtExpiringAt(name, clock.instant().plus(lifetime).getEpochSecond());
  }

  LoginTokenProvider provider() {
    return LoginTokenProvider.builder().email(EMAIL).password(PASSWORD).build();
  }

  @ParameterizedTest(name = "async: {0}")
  @ValueSource(booleans = {false, true})
  void aProviderSharedWithAClientDerivedForStagingKeepsTokensAndCredentialsPerApi(boolean async)
      throws Exception {
    String production1 = jwt("production-1", Duration.ofHours(1));
    String production2 = jwt("production-2", Duration.ofHours(3));
    String staging1 = jwt("staging-1", Duration.ofHours(3));
    String staging2 = jwt("staging-2", Duration.ofHours(3));
    server.enqueue(LoginTest.login(production1));
    server.enqueue(json(200, "{}"));
    server.enqueue(json(200, "{}"));
    server.enqueue(LoginTest.login(production2));
    server.enqueue(json(200, "{}"));
    staging.enqueue(LoginTest.login(staging1));
    staging.enqueue(json(200, "{}"));
    staging.enqueue(json(401, "{\"title\":\"token revoked\"}"));
    staging.enqueue(LoginTest.login(staging2));
    staging.enqueue(json(200, "{}"));
    FaciliooClient production = client(b -> b.tokenProvider(provider()));
    // Built last: a provider bound to the newest client would now log production in to staging.
    FaciliooClient stagingClient = production.withOptions(o -> o.baseUrl(stagingUrl()));

    call(production, get("/api/p1"), JsonNode.class, async);
    call(stagingClient, get("/api/s1"), JsonNode.class, async);
    call(production, get("/api/p2"), JsonNode.class, async);
    call(stagingClient, get("/api/s2"), JsonNode.class, async); // 401: staging logs in again
    clock.advance(Duration.ofHours(1)); // production's first token has expired
    call(production, get("/api/p3"), JsonNode.class, async);

    assertEquals(
        List.of(
            "POST /api/auth/login -",
            "GET /api/p1 Bearer " + production1,
            "GET /api/p2 Bearer " + production1,
            "POST /api/auth/login -",
            "GET /api/p3 Bearer " + production2),
        received(server));
    assertEquals(
        List.of(
            "POST /api/auth/login -",
            "GET /api/s1 Bearer " + staging1,
            "GET /api/s2 Bearer " + staging1,
            "POST /api/auth/login -",
            "GET /api/s2 Bearer " + staging2),
        received(staging));
  }

  @Test
  void eachApiLogsInWithTheCredentialsThroughItsOwnClient() throws Exception {
    staging.enqueue(LoginTest.login(jwt("staging", Duration.ofHours(1))));
    staging.enqueue(json(200, "{}"));
    server.enqueue(LoginTest.login(jwt("production", Duration.ofHours(1))));
    server.enqueue(json(200, "{}"));
    LoginTokenProvider provider = provider();
    FaciliooClient stagingClient = client(b -> b.baseUrl(stagingUrl()).tokenProvider(provider));
    FaciliooClient production = client(b -> b.tokenProvider(provider));

    stagingClient.execute(get("/api/s"), JsonNode.class);
    production.execute(get("/api/p"), JsonNode.class);

    JsonNode credentials =
        Json.mapper()
            .readTree(
                "{\"email\":\""
                    + EMAIL
                    + "\",\"password\":\""
                    + PASSWORD
                    + "\",\"skipMultiFactorAuthentication\":false}");
    for (MockWebServer api : List.of(staging, server)) {
      RecordedRequest login = api.takeRequest(0, TimeUnit.SECONDS);
      assertNotNull(login, "a login reached " + api.getPort());
      assertEquals("/api/auth/login", login.getPath());
      assertNull(login.getHeader("Authorization"));
      assertEquals(credentials, Json.mapper().readTree(login.getBody().readUtf8()));
      assertEquals(2, api.getRequestCount());
    }
  }

  @Test
  void clientsOfTheSameApiShareOneToken() throws Exception {
    String token = jwt("shared", Duration.ofHours(1));
    server.enqueue(LoginTest.login(token));
    for (int i = 0; i < 3; i++) {
      server.enqueue(json(200, "{}"));
    }
    LoginTokenProvider provider = provider();
    FaciliooClient first = client(b -> b.tokenProvider(provider));
    FaciliooClient second = track(first.withOptions(o -> o.language(Language.of("en"))));
    // The same API spelled differently: in upper case, with a trailing slash.
    FaciliooClient third =
        client(b -> b.baseUrl(baseUrl().toUpperCase(Locale.ROOT) + "/").tokenProvider(provider));

    first.execute(get("/api/a"), JsonNode.class);
    second.execute(get("/api/b"), JsonNode.class);
    third.execute(get("/api/c"), JsonNode.class);

    assertEquals(
        List.of(
            "POST /api/auth/login -",
            "GET /api/a Bearer " + token,
            "GET /api/b Bearer " + token,
            "GET /api/c Bearer " + token),
        received(server));
  }

  /** The requests an API received: method, path and Authorization header of each. */
  static List<String> received(MockWebServer api) throws InterruptedException {
    List<String> requests = new ArrayList<>();
    for (int i = 0; i < api.getRequestCount(); i++) {
      RecordedRequest r = api.takeRequest(0, TimeUnit.SECONDS);
      String authorization = r.getHeader("Authorization");
      requests.add(
          r.getMethod() + " " + r.getPath() + " " + (authorization == null ? "-" : authorization));
    }
    return requests;
  }
}

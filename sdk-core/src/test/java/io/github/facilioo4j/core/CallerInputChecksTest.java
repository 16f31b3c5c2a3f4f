package io.github.facilioo4j.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a caller gives the SDK is checked where it is given, with the SDK's own message naming the
 * option, and never reaches the server; a refused value that may be a secret is never quoted.
 */
class CallerInputChecksTest extends ClientTestSupport {
  private static final String SECRET = "s3cret-Grüße";

  private String refused(FaciliooOptions.Builder builder) {
    String message = assertThrows(IllegalArgumentException.class, builder::build).getMessage();
    assertEquals(0, server.getRequestCount());
    return message;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://localhost:99999",
        "http://localhost:0",
        "https://api.facilioo.de:65536",
        "http://127.0.0.1:100000/api"
      })
  void aPortOutsideOneTo65535IsRefusedAtBuildNamingTheBaseUrl(String url) {
    String message = refused(options().baseUrl(url));

    assertTrue(message.startsWith("baseUrl has port "), message);
    assertTrue(message.contains("outside 1 to 65535"), message);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://api.localhost",
        "http://localhost.",
        "http://localhost.localdomain",
        "http://127.0.0.1.nip.io",
        "http://127.1",
        "http://127.000.000.001",
        "http://127.0.0.256",
        "http://0.0.0.0",
        "http://[::ffff:127.0.0.1]",
        "http://[::]"
      })
  void plainHttpIsRefusedForEveryHostThatIsNotLiterallyLoopback(String url) {
    String message = refused(options().baseUrl(url));

    // java.net.URI reads 127.1 and 127.0.0.256 as no host at all; refused either way.
    assertTrue(
        message.startsWith("baseUrl uses plain http for a host that is not loopback")
            || message.startsWith("baseUrl must be an absolute URL"),
        message);
    assertTrue(message.endsWith(url), message);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://localhost:1",
        "http://LocalHost:65535",
        "http://127.0.0.1",
        "http://127.255.255.254:8080",
        "http://[::1]:9",
        "http://[0:0:0:0:0:0:0:1]"
      })
  void plainHttpIsAcceptedForLocalhostLiteral127AndIpv6Loopback(String url) {
    assertEquals(url, options().baseUrl(url).build().baseUrl());
  }

  @Test
  void aPasswordInTheBaseUrlsUserInfoIsNeverShownInTheMessage() {
    for (String url :
        new String[] {
          "https://user:" + SECRET + "@api.facilioo.de",
          "http://user:" + SECRET + "@api.facilioo.de/x",
          "https://user:" + SECRET + "@api.facilioo.de:99999"
        }) {
      String message = refused(options().baseUrl(url));

      assertTrue(message.startsWith("baseUrl "), message);
      assertFalse(message.contains(SECRET), message);
    }
  }

  @Test
  void aNonAsciiPerCallHeaderValueIsRefusedWhenSetNamingTheHeaderButNotTheValue() {
    for (String value : new String[] {SECRET, "token-\uD83D\uDCA7", "caf\u00e9", "x\u0080"}) {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> RequestOptions.builder().header("x-api-key", value));

      assertTrue(e.getMessage().startsWith("header x-api-key: "), e.getMessage());
      assertTrue(e.getMessage().contains("non-ASCII character at index"), e.getMessage());
      assertFalse(e.getMessage().contains(value), e.getMessage());
      assertFalse(e.getMessage().contains("s3cret"), e.getMessage());
    }
    assertEquals(0, server.getRequestCount());
  }

  @ParameterizedTest
  @ValueSource(strings = {"Host", "host", "Content-Length", "transfer-encoding", "Authorization"})
  void headersTheSdkOrTheTransportOwnCannotBeSetPerCall(String name) {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> RequestOptions.builder().header(name, "evil.example"));

    assertTrue(e.getMessage().toLowerCase().contains(name.toLowerCase()), e.getMessage());
    assertTrue(e.getMessage().contains("cannot be set per request"), e.getMessage());
    assertFalse(e.getMessage().contains("evil.example"), e.getMessage());
  }

  @Test
  void printableAsciiSpacesAndTabsStillReachTheServerAsGiven() throws Exception {
    server.enqueue(json(200, "{}"));
    RequestOptions options =
        RequestOptions.builder()
            .header("x-note", "a b\tc ~!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}")
            .build();

    client()
        .execute(
            ApiRequest.builder().method("GET").path("/api/processes").options(options).build(),
            Void.class);

    RecordedRequest request = server.takeRequest();
    assertEquals("a b\tc ~!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}", request.getHeader("x-note"));
    assertEquals(server.getHostName() + ":" + server.getPort(), request.getHeader("Host"));
    assertEquals(1, server.getRequestCount());
  }
}

package io.github.facilioo4j.core.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Headers given whole are kept as they are until one header changes: copy on write. */
class HttpRequestTest {
  private static final HttpHeaders DEFAULTS =
      HttpHeaders.builder().set("Accept", "application/json").set("api-version", "2.0").build();

  private static HttpRequest request() {
    return HttpRequest.builder()
        .url("https://api.facilioo.de/api/processes")
        .headers(DEFAULTS)
        .build();
  }

  @Test
  void headersGivenWholeAreKeptWithoutACopy() {
    HttpRequest request = request();

    assertSame(DEFAULTS, request.headers());
    assertSame(DEFAULTS, request.toBuilder().build().headers());
  }

  @Test
  void changingOneHeaderCopiesAndLeavesTheGivenHeadersAlone() {
    HttpRequest original = request();
    HttpRequest authorized = original.toBuilder().header("Authorization", "Bearer t").build();

    assertNotSame(DEFAULTS, authorized.headers());
    assertEquals(Optional.of("Bearer t"), authorized.headers().first("authorization"));
    assertEquals(Optional.of("2.0"), authorized.headers().first("api-version"));
    assertFalse(original.headers().first("Authorization").isPresent());
    assertFalse(DEFAULTS.first("Authorization").isPresent());
  }

  @Test
  void headersGivenAfterASingleHeaderReplaceIt() {
    HttpRequest request =
        HttpRequest.builder()
            .url("https://api.facilioo.de/api/processes")
            .header("x-early", "1")
            .headers(DEFAULTS)
            .build();

    assertSame(DEFAULTS, request.headers());
  }
}

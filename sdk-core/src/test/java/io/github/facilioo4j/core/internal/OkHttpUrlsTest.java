package io.github.facilioo4j.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

/** Parsing the origin once must give exactly what OkHttp's full parse gives, for any URL. */
class OkHttpUrlsTest {
  private static final List<String> URLS =
      Arrays.asList(
          "https://api.facilioo.de/api/processes",
          "https://api.facilioo.de/api/processes/42",
          "https://api.facilioo.de/api/processes?pageNumber=2&pageSize=100",
          "https://api.facilioo.de/api/processes?",
          "https://api.facilioo.de/api/units/7/processes?q=a%20b+c&x=%C3%A4&empty=",
          "https://api.facilioo.de/api/a%2Fb/c%20d/%C3%BC/ä",
          "https://api.facilioo.de/api/./x/../y",
          "https://api.facilioo.de/",
          "http://127.0.0.1:8080/api/processes/1",
          "http://[::1]:40123/api/processes?pageNumber=1",
          "HTTPS://API.Facilioo.DE:443/api/processes",
          "https://user:pw@staging-api.facilioo.de/api/processes",
          "https://bücher.example/api/processes",
          "https://api.facilioo.de/api/processes#fragment",
          "https://api.facilioo.de?x=1",
          "https://api.facilioo.de",
          "https://api.facilioo.de\\api\\processes");

  @Test
  void everyUrlParsesAsOkHttpParsesItWhateverCameBefore() {
    OkHttpUrls urls = new OkHttpUrls();
    // Twice through, so that each URL meets both a cold and a warm remembered origin.
    for (int round = 0; round < 2; round++) {
      for (String url : URLS) {
        HttpUrl expected = HttpUrl.get(url);
        HttpUrl actual = urls.get(url);

        assertEquals(expected, actual, url);
        assertEquals(expected.toString(), actual.toString(), url);
        assertEquals(expected.encodedQuery(), actual.encodedQuery(), url);
      }
    }
  }

  @Test
  void invalidUrlsFailAsOkHttpFails() {
    OkHttpUrls urls = new OkHttpUrls();
    urls.get("https://api.facilioo.de/api/processes");

    for (String bad : Arrays.asList("ftp://api.facilioo.de/x", "https://:99999/x", "no url")) {
      IllegalArgumentException expected =
          assertThrows(IllegalArgumentException.class, () -> HttpUrl.get(bad), bad);
      IllegalArgumentException actual =
          assertThrows(IllegalArgumentException.class, () -> urls.get(bad), bad);
      assertEquals(expected.getClass(), actual.getClass(), bad);
    }
  }

  @Test
  void theSameUrlTwiceInARowSharesOneParsedUrlAndAnotherUrlIsParsedAfresh() {
    OkHttpUrls urls = new OkHttpUrls();
    String create = "https://api.facilioo.de/api/processes";
    String retrieve = "https://api.facilioo.de/api/processes/7";

    HttpUrl first = urls.get(create);

    assertSame(first, urls.get(new String(create.toCharArray())));
    assertEquals(HttpUrl.get(retrieve), urls.get(retrieve));
    assertEquals(HttpUrl.get(create), urls.get(create));
  }
}

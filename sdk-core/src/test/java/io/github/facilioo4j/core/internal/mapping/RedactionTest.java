package io.github.facilioo4j.core.internal.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** How secrets are found in text, in the encodings a server may echo them in. */
class RedactionTest {
  private static final String TOKEN = "tok+en/A&b=c\"d'é€😀";
  private static final Redaction REDACTION = Redaction.of(Collections.singletonList(TOKEN));

  static Stream<Arguments> encodings() {
    return Stream.of(
        Arguments.of("as it is", TOKEN),
        Arguments.of("JSON short escapes", "tok+en\\/A&b=c\\\"d\\'é€😀"),
        Arguments.of("JSON \\u escapes, upper case", jsonEscaped(TOKEN, "\\u%04X")),
        Arguments.of("JSON \\u escapes, lower case", jsonEscaped(TOKEN, "\\u%04x")),
        Arguments.of("ASP.NET escaping of + & ' \" and non-ASCII", aspNet(TOKEN)),
        Arguments.of("percent-encoded", percent(TOKEN, "%%%02X")),
        Arguments.of("percent-encoded, lower case", percent(TOKEN, "%%%02x")),
        Arguments.of("HTML named entities", "tok+en/A&amp;b=c&quot;d&apos;é€😀"),
        Arguments.of("HTML decimal references", htmlNumeric(TOKEN, "&#%d;")),
        Arguments.of("HTML hex references with zeros", htmlNumeric(TOKEN, "&#x000%X;")),
        Arguments.of("JSON-escaped HTML entity", "tok\\u002Ben/A\\u0026amp;b=c\"d'é€😀"),
        Arguments.of("doubly percent-encoded", percent(TOKEN, "%%%02X").replace("%", "%25")),
        Arguments.of("doubly HTML-escaped", "tok+en/A&amp;amp;b=c\"d'é€😀"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("encodings")
  void aSecretIsMaskedInEveryEncoding(String name, String encoded) {
    String text = "before " + encoded + " after";

    assertEquals("before **** after", REDACTION.text(text));
  }

  @Test
  void aSecretIsMaskedInBase64AtEveryAlignment() {
    String secret = "CANARY-PASSWORD-e41d";
    Redaction redaction = Redaction.of(Collections.singletonList(secret));
    for (String prefix : new String[] {"", "a", "ab"}) {
      byte[] plain =
          (prefix + "{\"password\":\"" + secret + "\"}").getBytes(StandardCharsets.UTF_8);
      for (String encoded :
          new String[] {
            Base64.getEncoder().encodeToString(plain), Base64.getUrlEncoder().encodeToString(plain)
          }) {
        String masked = redaction.text("echo " + encoded);
        assertTrue(masked.contains(Redaction.MASK), masked);
        // Of the 27 characters that encode the secret's 20 bytes, at most 2 at each edge remain.
        assertTrue(masked.length() <= ("echo " + encoded).length() - 20, masked);
      }
    }
  }

  @Test
  void textWithoutASecretIsReturnedAsIs() {
    String text = "{\"status\":400,\"title\":\"Bad Request\",\"detail\":\"a \\u0026 b %26 &amp;\"}";

    assertEquals(text, REDACTION.text(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"status\":400,\"traceId\":\"00-400-01\"}",
        "HTTP 400 Bad Request",
        "Expected status 400 or 1400",
        "x-ratelimit: 4000",
        "tokens 400a b400"
      })
  void aShortSecretInsideOtherTextIsLeftAlone(String text) {
    Redaction shortToken = Redaction.of(Collections.singletonList("400"));

    assertEquals(text, shortToken.text(text));
    assertEquals(text, shortToken.value(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"token\":\"400\"}",
        "sent 'Bearer 400'",
        "Authorization: Bearer 400",
        "password=400&user=a",
        "{\"echo\":\"\\u0022400\\u0022\"}",
        "quoted &quot;400&quot; here"
      })
  void aShortSecretStandingAsAWholeValueIsMasked(String text) {
    Redaction shortToken = Redaction.of(Collections.singletonList("400"));

    String masked = shortToken.text(text);

    assertFalse(masked.contains("400"), masked);
    assertTrue(masked.contains(Redaction.MASK), masked);
  }

  @Test
  void aShortSecretThatIsAWholeParsedValueIsMasked() {
    Redaction shortPassword = Redaction.of(Collections.singletonList("pw&1"));

    assertEquals(" **** ", shortPassword.value(" pw&1 "));
    assertEquals(Redaction.MASK, shortPassword.value("pw\\u00261"));
    assertEquals("the pw&1x", shortPassword.value("the pw&1x"));
  }

  @Test
  void aCutNeverLeavesTheBeginningOfASecretBehind() {
    String text = "0123456789" + TOKEN + " tail";

    assertEquals("01234", REDACTION.text(text, 5));
    assertEquals("0123456789" + Redaction.MASK, REDACTION.text(text, 12));
    assertEquals("0123456789" + Redaction.MASK + " t", REDACTION.text(text, 12 + TOKEN.length()));
  }

  @Test
  void overlappingSecretsAreMaskedOnce() {
    Redaction two = Redaction.of(Arrays.asList("CANARY-ACCESS-1", "ACCESS-1-REFRESH"));

    assertEquals("x **** y", two.text("x CANARY-ACCESS-1-REFRESH y"));
  }

  private static String jsonEscaped(String text, String format) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      out.append(String.format(format, (int) c));
    }
    return out.toString();
  }

  /** What System.Text.Json's default encoder writes. */
  private static String aspNet(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      if (c > 0x7F || "+&'\"<>".indexOf(c) >= 0) {
        out.append(String.format("\\u%04X", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static String percent(String text, String format) {
    StringBuilder out = new StringBuilder();
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      out.append(String.format(format, b & 0xFF));
    }
    return out.toString();
  }

  private static String htmlNumeric(String text, String format) {
    StringBuilder out = new StringBuilder();
    text.codePoints().forEach(cp -> out.append(String.format(format, cp)));
    return out.toString();
  }
}

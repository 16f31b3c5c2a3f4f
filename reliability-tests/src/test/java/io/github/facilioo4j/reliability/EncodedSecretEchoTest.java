package io.github.facilioo4j.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.facilioo4j.core.LoginTokenProvider;
import io.github.facilioo4j.core.errors.FaciliooException;
import io.github.facilioo4j.core.errors.FaciliooServiceException;
import io.github.facilioo4j.core.errors.InvalidResponseException;
import io.github.facilioo4j.core.errors.ProblemDetails;
import io.github.facilioo4j.core.errors.UnauthorizedException;
import io.github.facilioo4j.core.errors.ValidationException;
import io.github.facilioo4j.processes.ProcessesClient;
import java.net.URLEncoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import okio.Buffer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Regression (issue 10, item 6): redaction worked on the raw bytes before parsing. It missed echoes
 * written differently ({@code \}{@code u002B} for {@code +}, a body in another charset, a password
 * with {@code &} escaped reached {@code problem().detail()}), did not touch {@code
 * InvalidResponseException} snippets at all, and corrupted what it parsed: the short token {@code
 * 400} turned a valid problem into a "non-JSON body". Now the answer is parsed as sent and the
 * secrets are masked in everything the SDK exposes.
 *
 * <p>Each echo variant asserts that neither the secret, nor the form the server echoed, nor even
 * its {@code CANARY} prefix appears in the message, {@code toString}, cause chain, raw body,
 * snippet, headers, problem fields, extensions or field errors, and that the parsed problem
 * (status, trace id, field errors) is intact. Blocking and async calls run the same bodies.
 */
class EncodedSecretEchoTest extends LoopbackServerSupport {
  /** A token with the characters that encodings change: {@code + / & = " ' < >}. */
  static final String SECRET_TOKEN = "CANARY+TOKEN/7f3a&9c=\"q'<x>";

  /** A password with those characters and Latin-1 letters, whose bytes differ by charset. */
  static final String SECRET_PASSWORD = "CANARY-pä$$w&rd+ö=\"x'<y>";

  static final String TRACE = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00";

  /** How a server writes a secret into the text of a JSON string (what goes between the quotes). */
  enum Echo {
    JSON_AS_IS(EncodedSecretEchoTest::jsonMinimal),
    JSON_ASP_NET(s -> jsonEscaped(s, "+&'\"<>", "\\u%04X")),
    JSON_EVERY_CHARACTER(s -> jsonEscaped(s, null, "\\u%04x")),
    FORM_ENCODED(s -> jsonMinimal(URLEncoder.encode(s, StandardCharsets.UTF_8))),
    URL_ENCODED_LOWER_CASE(s -> jsonMinimal(percentLowerCase(s))),
    HTML_ENTITIES(s -> jsonMinimal(html(s))),
    HTML_THEN_JSON_ESCAPED(s -> jsonEscaped(html(s), "+&'\"<>", "\\u%04X")),
    BASE64(s -> base64("user:" + s));

    final Function<String, String> write;

    Echo(Function<String, String> write) {
      this.write = write;
    }
  }

  /** Every echo in UTF-8, and the plain and escaped echoes in UTF-16 and ISO-8859-1 bodies. */
  static Stream<Arguments> echoes() {
    List<Arguments> all = new ArrayList<>();
    for (Echo echo : Echo.values()) {
      all.add(Arguments.of(echo, StandardCharsets.UTF_8));
    }
    for (Charset other : Arrays.asList(StandardCharsets.UTF_16, StandardCharsets.ISO_8859_1)) {
      all.add(Arguments.of(Echo.JSON_AS_IS, other));
      all.add(Arguments.of(Echo.JSON_ASP_NET, other));
    }
    return all.stream()
        .flatMap(
            a -> Stream.of(false, true).map(async -> Arguments.of(a.get()[0], a.get()[1], async)));
  }

  @ParameterizedTest(name = "{0} in {1}, async={2}")
  @MethodSource("echoes")
  void tokenEchoedInAValidationProblemIsMaskedEverywhereAndTheProblemKept(
      Echo echo, Charset charset, boolean async) throws InterruptedException {
    String echoed = echo.write.apply(SECRET_TOKEN);
    server.enqueue(
        body(400, "application/problem+json", charset, problem(echoed))
            .setHeader("x-echo", "Bearer " + echoed));
    ProcessesClient client = client(b -> b.token(SECRET_TOKEN).maxRetries(0));

    ValidationException e =
        failure(
            ValidationException.class,
            () -> client.retrieveAsync(7),
            () -> client.retrieve(7),
            async);

    assertNothingLeaks(e, SECRET_TOKEN, echoed);
    assertProblemKept(e);
    if (echo != Echo.BASE64) { // there, a character or two at each edge of the mask remain
      assertEquals("Bearer ****", e.headers().get("x-echo").get(0));
    }
    RecordedRequest sent = server.takeRequest(5, TimeUnit.SECONDS);
    assertEquals("Bearer " + SECRET_TOKEN, sent.getHeader("Authorization"));
    assertRequestsAndNoLeaks(1);
  }

  @ParameterizedTest(name = "{0} in {1}, async={2}")
  @MethodSource("echoes")
  void passwordEchoedByARefusedLoginIsMaskedEverywhereAndTheProblemKept(
      Echo echo, Charset charset, boolean async) throws InterruptedException {
    String echoed = echo.write.apply(SECRET_PASSWORD);
    server.enqueue(body(400, "application/problem+json", charset, problem(echoed)));
    LoginTokenProvider login =
        LoginTokenProvider.builder().email("erp@acme.example").password(SECRET_PASSWORD).build();
    ProcessesClient client = client(b -> b.tokenProvider(login).maxRetries(0));

    UnauthorizedException e =
        failure(
            UnauthorizedException.class,
            () -> client.retrieveAsync(7),
            () -> client.retrieve(7),
            async);

    assertNothingLeaks(e, SECRET_PASSWORD, echoed);
    assertEquals(400, e.statusCode());
    assertEquals(400, e.problem().status().orElse(0));
    assertEquals(TRACE, e.problem().traceId().orElse(""));
    assertEquals(
        Arrays.asList("Das Feld Report ist erforderlich."), e.problem().errors().get("Report"));
    assertTrue(e.problem().detail().orElse("").startsWith("You sent "), e.problem().toString());
    RecordedRequest sent = server.takeRequest(5, TimeUnit.SECONDS);
    assertEquals("/api/auth/login", sent.getPath());
    assertTrue(sent.getBody().readUtf8().contains("pä$$w&rd"), "the password itself was sent");
    assertRequestsAndNoLeaks(1);
  }

  @ParameterizedTest(name = "{0} in {1}, async={2}")
  @MethodSource("echoes")
  void tokenEchoedInANonJsonSuccessBodyIsMaskedInTheInvalidResponse(
      Echo echo, Charset charset, boolean async) {
    String echoed = echo.write.apply(SECRET_TOKEN);
    String page = "<html><body><p>Token " + echoed + " accepted</p></body></html>";
    server.enqueue(body(200, "text/html", charset, page));
    ProcessesClient client = client(b -> b.token(SECRET_TOKEN));

    InvalidResponseException e =
        failure(
            InvalidResponseException.class,
            () -> client.retrieveAsync(7),
            () -> client.retrieve(7),
            async);

    assertNothingLeaks(e, SECRET_TOKEN, echoed);
    assertEquals(200, e.statusCode());
    assertTrue(e.bodySnippet().startsWith("<html><body><p>Token "), e.bodySnippet());
    assertTrue(e.bodySnippet().contains("****"), e.bodySnippet());
    assertTrue(e.bodySnippet().endsWith(" accepted</p></body></html>"), e.bodySnippet());
    assertRequestsAndNoLeaks(1);
  }

  @ParameterizedTest(name = "{0} in {1}, async={2}")
  @MethodSource("echoes")
  void tokenEchoedInASuccessBodyWithoutIdIsMaskedInTheInvalidResponse(
      Echo echo, Charset charset, boolean async) {
    String echoed = echo.write.apply(SECRET_TOKEN);
    server.enqueue(
        body(200, "application/json", charset, "{\"message\":\"invalid token " + echoed + "\"}"));
    ProcessesClient client = client(b -> b.token(SECRET_TOKEN));

    InvalidResponseException e =
        failure(
            InvalidResponseException.class,
            () -> client.createAsync(newProcess()),
            () -> client.create(newProcess()),
            async);

    assertNothingLeaks(e, SECRET_TOKEN, echoed);
    assertTrue(e.getMessage().contains("the required property id is missing"), e.getMessage());
    assertTrue(e.bodySnippet().startsWith("{\"message\":\"invalid token "), e.bodySnippet());
    assertRequestsAndNoLeaks(1);
  }

  @ParameterizedTest(name = "async={0}")
  @ValueSource(booleans = {false, true})
  void tokenEchoedAsAWronglyTypedIdIsMaskedInTheParsersMessage(boolean async) {
    server.enqueue(json(200, "{\"id\":\"" + jsonMinimal(SECRET_TOKEN) + "\"}"));
    server.enqueue(json(200, "{\"id\":" + SECRET_TOKEN + "}"));
    ProcessesClient client = client(b -> b.token(SECRET_TOKEN));

    for (int i = 0; i < 2; i++) {
      InvalidResponseException e =
          failure(
              InvalidResponseException.class,
              () -> client.retrieveAsync(7),
              () -> client.retrieve(7),
              async);
      assertNothingLeaks(e, SECRET_TOKEN, jsonMinimal(SECRET_TOKEN));
      assertTrue(e.getMessage().contains("is not valid JSON for ProcessRead"), e.getMessage());
    }
    assertRequestsAndNoLeaks(2);
  }

  @ParameterizedTest(name = "async={0}")
  @ValueSource(booleans = {false, true})
  void aShortTokenThatAlsoOccursInTheBodyLeavesTheProblemIntact(boolean async) {
    String body =
        "{\"type\":\"https://tools.ietf.org/html/rfc9110#section-15.5.1\","
            + "\"title\":\"One or more validation errors occurred.\",\"status\":400,"
            + "\"traceId\":\"00-4000400-400-01\",\"errors\":{\"Report\":[\"Report needs 400 words.\"]},"
            + "\"echo\":\"400\"}";
    server.enqueue(json(400, body).setHeader("x-echo", "Bearer 400").setHeader("x-limit", "400"));
    ProcessesClient client = client(b -> b.token("400").maxRetries(0));

    ValidationException e =
        failure(
            ValidationException.class,
            () -> client.retrieveAsync(7),
            () -> client.retrieve(7),
            async);

    assertEquals(400, e.statusCode());
    assertEquals(400, e.problem().status().orElse(0));
    assertEquals("00-4000400-400-01", e.problem().traceId().orElse(""));
    assertEquals(Map.of("report", List.of("Report needs 400 words.")), e.fieldErrors());
    assertEquals(body.replace("\"echo\":\"400\"", "\"echo\":\"****\""), e.rawBody());
    assertEquals("****", e.problem().extensions().get("echo"));
    assertEquals("Bearer ****", e.headers().get("x-echo").get(0));
    assertEquals("400", e.headers().get("x-limit").get(0));
    assertTrue(
        e.getMessage().startsWith("HTTP 400 Bad Request: One or more validation errors occurred."),
        e.getMessage());
    assertTrue(e.getMessage().contains("Report needs 400 words."), e.getMessage());
    assertTrue(e.getMessage().endsWith(" (traceId 00-4000400-400-01)"), e.getMessage());
    assertRequestsAndNoLeaks(1);
  }

  /** Runs the call blocking or async; an async failure is unwrapped to the exception itself. */
  private static <T extends FaciliooException> T failure(
      Class<T> type, Supplier<CompletableFuture<?>> async, Runnable blocking, boolean isAsync) {
    if (!isAsync) {
      return assertThrows(type, blocking::run);
    }
    ExecutionException e =
        assertThrows(ExecutionException.class, () -> async.get().get(10, TimeUnit.SECONDS));
    assertTrue(type.isInstance(e.getCause()), String.valueOf(e.getCause()));
    return type.cast(e.getCause());
  }

  private static void assertProblemKept(ValidationException e) {
    assertEquals(400, e.statusCode());
    ProblemDetails problem = e.problem();
    assertEquals(400, problem.status().orElse(0));
    assertEquals(TRACE, problem.traceId().orElse(""));
    assertEquals("https://tools.ietf.org/html/rfc9110#section-15.5.1", problem.type().orElse(""));
    assertEquals(List.of("token", "report"), new ArrayList<>(e.fieldErrors().keySet()));
    assertEquals(List.of("Das Feld Report ist erforderlich."), e.fieldErrors().get("report"));
    assertTrue(
        e.fieldErrors().get("token").get(0).startsWith("You sent "), e.fieldErrors().toString());
    assertTrue(e.fieldErrors().get("token").get(0).contains("****"), e.fieldErrors().toString());
    assertTrue(e.getMessage().startsWith("HTTP 400 Bad Request: Rejected: "), e.getMessage());
    assertTrue(e.getMessage().endsWith("(traceId " + TRACE + ")"), e.getMessage());
    assertTrue(e.rawBody().contains("\"traceId\":\"" + TRACE + "\""), e.rawBody());
  }

  /** Neither the secret, nor its echoed form, nor its CANARY prefix, anywhere the SDK shows. */
  private static void assertNothingLeaks(Throwable failure, String secret, String echoed) {
    List<String> texts = exposed(failure);
    for (String text : texts) {
      assertFalse(text.contains(secret), "secret in: " + text);
      assertFalse(text.contains(echoed), "echoed secret in: " + text);
      assertFalse(text.contains("CANARY"), "part of the secret in: " + text);
    }
  }

  private static List<String> exposed(Throwable failure) {
    List<String> texts = new ArrayList<>();
    for (Throwable t = failure; t != null; t = t.getCause()) {
      texts.add(String.valueOf(t.getMessage()));
      texts.add(t.toString());
      for (Throwable s : t.getSuppressed()) {
        texts.addAll(exposed(s));
      }
      if (t instanceof FaciliooServiceException service) {
        ProblemDetails p = service.problem();
        texts.add(service.rawBody());
        texts.add(service.headers().toString());
        texts.add(String.valueOf(service.requestId()));
        texts.add(p.toString());
        texts.addAll(
            Arrays.asList(
                p.type().orElse(""),
                p.title().orElse(""),
                p.detail().orElse(""),
                p.instance().orElse(""),
                p.traceId().orElse("")));
        texts.add(p.extensions().toString());
        texts.add(p.errors().toString());
      }
      if (t instanceof ValidationException validation) {
        texts.add(validation.fieldErrors().toString());
      }
      if (t instanceof InvalidResponseException invalid) {
        texts.add(invalid.bodySnippet());
      }
    }
    return texts;
  }

  private static MockResponse body(int status, String type, Charset charset, String text) {
    return new MockResponse()
        .setResponseCode(status)
        .setHeader("Content-Type", type + "; charset=" + charset.name())
        .setBody(new Buffer().write(text.getBytes(charset)));
  }

  private static String problem(String echoed) {
    return "{\"type\":\"https://tools.ietf.org/html/rfc9110#section-15.5.1\","
        + "\"title\":\"Rejected: "
        + echoed
        + "\",\"status\":400,\"detail\":\"You sent "
        + echoed
        + "\",\"traceId\":\""
        + TRACE
        + "\",\"echo\":\""
        + echoed
        + "\",\"errors\":{\"Token\":[\"You sent "
        + echoed
        + "\"],\"Report\":[\"Das Feld Report ist erforderlich.\"]}}";
  }

  static String jsonMinimal(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"");
  }

  /** Escapes the given characters (all when {@code null}) and everything beyond ASCII. */
  static String jsonEscaped(String text, String which, String format) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      if (which == null || c > 0x7F || which.indexOf(c) >= 0) {
        out.append(String.format(format, (int) c));
      } else if (c == '\\') {
        out.append("\\\\");
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  static String percentLowerCase(String text) {
    StringBuilder out = new StringBuilder();
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xFF);
      if (Character.isLetterOrDigit(c) && c < 0x80) {
        out.append(c);
      } else {
        out.append(String.format("%%%02x", b & 0xFF));
      }
    }
    return out.toString();
  }

  /** Named entities for the markup characters, numeric references for everything beyond ASCII. */
  static String html(String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints()
        .forEach(
            cp -> {
              switch (cp) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '+' -> out.append("&#x2B;");
                default -> {
                  if (cp > 0x7F) {
                    out.append("&#").append(cp).append(';');
                  } else {
                    out.appendCodePoint(cp);
                  }
                }
              }
            });
    return out.toString();
  }

  static String base64(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }
}

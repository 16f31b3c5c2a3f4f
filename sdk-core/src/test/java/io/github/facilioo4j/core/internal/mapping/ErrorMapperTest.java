package io.github.facilioo4j.core.internal.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.facilioo4j.core.errors.BadRequestException;
import io.github.facilioo4j.core.errors.ConflictException;
import io.github.facilioo4j.core.errors.FaciliooServiceException;
import io.github.facilioo4j.core.errors.ForbiddenException;
import io.github.facilioo4j.core.errors.NotFoundException;
import io.github.facilioo4j.core.errors.ProblemDetails;
import io.github.facilioo4j.core.errors.RateLimitException;
import io.github.facilioo4j.core.errors.ServerException;
import io.github.facilioo4j.core.errors.UnauthorizedException;
import io.github.facilioo4j.core.errors.UnexpectedStatusException;
import io.github.facilioo4j.core.errors.ValidationException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ErrorMapperTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"), ZoneOffset.UTC);
  private static final String TRACE = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00";

  private static final String PROBLEM_JSON =
      "{\"type\":\"https://tools.ietf.org/html/rfc9110#section-15.5.5\",\"title\":\"Not Found\","
          + "\"status\":404,\"detail\":\"Process 7 does not exist\",\"instance\":\"/api/processes/7\","
          + "\"traceId\":\""
          + TRACE
          + "\",\"tenant\":\"acme\",\"limits\":{\"max\":3}}";

  private static final String ASPNET_VALIDATION =
      "{\"type\":\"https://tools.ietf.org/html/rfc9110#section-15.5.1\","
          + "\"title\":\"One or more validation errors occurred.\",\"status\":400,"
          + "\"errors\":{\"Report\":[\"Das Feld Report ist erforderlich.\"],"
          + "\"ContactId\":[\"Der Wert ist ungültig.\", \"Kontakt fehlt.\"],"
          + "\"Items[0].Name\":[\"Name fehlt.\"]},"
          + "\"traceId\":\""
          + TRACE
          + "\"}";

  private static final String HTML_502 =
      "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
          + "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n"
          + "</body>\r\n</html>\r\n";

  private static FaciliooServiceException map(int status, String body) {
    return map(status, Collections.emptyMap(), body);
  }

  private static FaciliooServiceException map(
      int status, Map<String, List<String>> headers, String body) {
    return ErrorMapper.toException(
        status, headers, body == null ? null : body.getBytes(StandardCharsets.UTF_8), CLOCK);
  }

  private static Map<String, List<String>> header(String name, String value) {
    Map<String, List<String>> h = new HashMap<>();
    h.put(name, Collections.singletonList(value));
    return h;
  }

  static Stream<Arguments> statuses() {
    return Stream.of(
        Arguments.of(400, BadRequestException.class),
        Arguments.of(401, UnauthorizedException.class),
        Arguments.of(403, ForbiddenException.class),
        Arguments.of(404, NotFoundException.class),
        Arguments.of(409, ConflictException.class),
        Arguments.of(422, UnexpectedStatusException.class),
        Arguments.of(429, RateLimitException.class),
        Arguments.of(500, ServerException.class),
        Arguments.of(502, ServerException.class),
        Arguments.of(503, ServerException.class),
        Arguments.of(599, ServerException.class),
        Arguments.of(418, UnexpectedStatusException.class),
        Arguments.of(302, UnexpectedStatusException.class));
  }

  @ParameterizedTest(name = "{0} without field errors becomes {1}")
  @MethodSource("statuses")
  void eachStatusBecomesItsException(int status, Class<?> expected) {
    FaciliooServiceException e = map(status, "{\"title\":\"Something\",\"traceId\":\"t-1\"}");
    assertSame(expected, e.getClass());
    assertEquals(status, e.statusCode());
    assertEquals("t-1", e.requestId().orElse(null));
  }

  @ParameterizedTest(name = "{0} with field errors becomes a ValidationException")
  @ValueSource(ints = {400, 422})
  void statusWithFieldErrorsBecomesValidationException(int status) {
    FaciliooServiceException e = map(status, ASPNET_VALIDATION);
    ValidationException v = assertInstanceOf(ValidationException.class, e);
    assertInstanceOf(BadRequestException.class, e);
    assertEquals(status, v.statusCode());
    assertFalse(v.isLocal());
  }

  @Test
  void aspNetValidationBodyGivesNormalizedFieldErrorsAndKeepsRawKeys() {
    ValidationException e = (ValidationException) map(400, ASPNET_VALIDATION);
    assertEquals(
        Arrays.asList("report", "contactId", "items[0].name"),
        Arrays.asList(e.fieldErrors().keySet().toArray()));
    assertEquals(
        Collections.singletonList("Das Feld Report ist erforderlich."),
        e.fieldErrors().get("report"));
    assertEquals(
        Arrays.asList("Der Wert ist ungültig.", "Kontakt fehlt."),
        e.fieldErrors().get("contactId"));
    assertTrue(e.problem().errors().containsKey("Report"));
    assertEquals("One or more validation errors occurred.", e.problem().title().orElse(null));
    assertEquals(TRACE, e.requestId().orElse(null));
    assertEquals(
        "HTTP 400 Bad Request: One or more validation errors occurred. report: Das Feld Report ist"
            + " erforderlich. contactId: Der Wert ist ungültig. contactId: Kontakt fehlt."
            + " items[0].name: Name fehlt. (traceId "
            + TRACE
            + ")",
        e.getMessage());
  }

  @Test
  void jsonPathKeysAreNormalizedAndMergedWithPascalCaseKeys() {
    ValidationException e =
        (ValidationException)
            map(
                422,
                "{\"errors\":{\"$.report\":[\"must not be empty\"],\"Report\":[\"too short\"],"
                    + "\"$\":[\"body unreadable\"],\"\":[\"also body\"]}}");
    assertEquals(Arrays.asList("must not be empty", "too short"), e.fieldErrors().get("report"));
    assertEquals(Arrays.asList("body unreadable", "also body"), e.fieldErrors().get(""));
    assertEquals(2, e.fieldErrors().size());
    assertTrue(
        e.getMessage().startsWith("HTTP 422 Unprocessable Content: report: must not be empty; "),
        e.getMessage());
    assertTrue(e.getMessage().contains("(body): body unreadable"), e.getMessage());
  }

  @Test
  void problemJsonFieldsAndExtensionsAreParsed() {
    FaciliooServiceException e =
        map(404, header("Content-Type", "application/problem+json; charset=utf-8"), PROBLEM_JSON);
    ProblemDetails p = e.problem();
    assertEquals("https://tools.ietf.org/html/rfc9110#section-15.5.5", p.type().orElse(null));
    assertEquals("Not Found", p.title().orElse(null));
    assertEquals(404, p.status().orElse(null));
    assertEquals("Process 7 does not exist", p.detail().orElse(null));
    assertEquals("/api/processes/7", p.instance().orElse(null));
    assertEquals(TRACE, p.traceId().orElse(null));
    assertEquals("acme", p.extensions().get("tenant"));
    assertEquals(Collections.singletonMap("max", 3), p.extensions().get("limits"));
    assertEquals(PROBLEM_JSON, e.rawBody());
    assertEquals(
        "HTTP 404 Not Found: Process 7 does not exist (traceId " + TRACE + ")", e.getMessage());
  }

  @Test
  void plainJsonMessageOrErrorMemberFeedsTheMessage() {
    assertEquals(
        "HTTP 403 Forbidden: Keine Berechtigung",
        map(403, "{\"message\":\"Keine Berechtigung\"}").getMessage());
    assertEquals(
        "HTTP 401 Unauthorized: invalid_token",
        map(401, "{\"error\":\"invalid_token\"}").getMessage());
    assertEquals(
        "HTTP 409 Conflict: already exists",
        map(409, "{\"error\":{\"code\":7,\"message\":\"already exists\"}}").getMessage());
  }

  @Test
  void jsonArrayBodyIsToleratedAndItsStringsShown() {
    FaciliooServiceException e = map(400, "[\"pageNumber must be at least 1\", 3]");
    assertSame(BadRequestException.class, e.getClass());
    assertEquals(ProblemDetails.empty(), e.problem());
    assertEquals("HTTP 400 Bad Request: pageNumber must be at least 1", e.getMessage());
  }

  @Test
  void htmlGatewayPageBecomesServerExceptionWithOneLineMessage() {
    FaciliooServiceException e = map(502, header("Content-Type", "text/html"), HTML_502);
    assertSame(ServerException.class, e.getClass());
    assertEquals(HTML_502, e.rawBody());
    assertEquals(ProblemDetails.empty(), e.problem());
    assertEquals(
        "HTTP 502 Bad Gateway (non-JSON body, " + HTML_502.length() + " bytes)", e.getMessage());
  }

  @Test
  void emptyBodyOn500IsFine() {
    FaciliooServiceException e = map(500, "");
    assertSame(ServerException.class, e.getClass());
    assertEquals("", e.rawBody());
    assertFalse(e.isRawBodyTruncated());
    assertEquals("HTTP 500 Internal Server Error (empty body)", e.getMessage());
    assertEquals("HTTP 500 Internal Server Error (empty body)", map(500, null).getMessage());
  }

  @ParameterizedTest(name = "malformed body {0} is tolerated")
  @ValueSource(
      strings = {
        "{\"title\": \"unterminated",
        "{\"errors\": {\"Report\": [\"x\"",
        "{]",
        "[1, 2",
        "\"open string",
        "{\"a\":1} trailing",
        "{\"title\":\"x\",\"title\":\"y\"}"
      })
  void malformedJsonNeverLetsAParserExceptionEscape(String body) {
    FaciliooServiceException e = map(400, body);
    assertSame(BadRequestException.class, e.getClass());
    assertEquals(body, e.rawBody());
    assertFalse(e.getMessage().contains("\n"));
  }

  @Test
  void deeplyNestedJsonIsTolerated() {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < 100_000; i++) {
      body.append('[');
    }
    FaciliooServiceException e = map(500, body.toString());
    assertSame(ServerException.class, e.getClass());
  }

  @Test
  void hugeBodyIsTruncatedTo64KibAndNotEchoedInTheMessage() {
    StringBuilder body = new StringBuilder("{\"title\":\"big\",\"padding\":\"");
    while (body.length() < 3 * 1024 * 1024) {
      body.append("abcdefghij");
    }
    body.append("\"}");
    FaciliooServiceException e = map(500, body.toString());
    assertTrue(e.isRawBodyTruncated());
    assertEquals(FaciliooServiceException.MAX_RAW_BODY_BYTES, e.rawBody().length());
    assertEquals(
        "HTTP 500 Internal Server Error (unparsed body, " + body.length() + " bytes)",
        e.getMessage());
  }

  @Test
  void truncationDoesNotLeaveAHalfCharacter() {
    StringBuilder body = new StringBuilder("x");
    while (body.length() < 40_000) {
      body.append('ü'); // two bytes each in UTF-8, so the cut falls inside one
    }
    FaciliooServiceException e = map(500, body.toString());
    assertTrue(e.isRawBodyTruncated());
    assertFalse(e.rawBody().endsWith("\uFFFD"));
    assertTrue(e.rawBody().endsWith("ü"));
  }

  @Test
  void bodyOfModerateSizeAboveTheLimitIsStillParsed() {
    StringBuilder pad = new StringBuilder();
    while (pad.length() < 100_000) {
      pad.append("0123456789");
    }
    FaciliooServiceException e =
        map(409, "{\"pad\":\"" + pad + "\",\"detail\":\"Version mismatch\"}");
    assertTrue(e.isRawBodyTruncated());
    assertEquals("HTTP 409 Conflict: Version mismatch", e.getMessage());
  }

  @Test
  void lineBreaksInBodyTextNeverReachTheMessage() {
    FaciliooServiceException e =
        map(400, "{\"title\":\"Bad\\r\\nINFO forged log line\",\"detail\":\"a\\nb\\u2028c\"}");
    assertEquals("HTTP 400 Bad Request: Bad INFO forged log line. a b c", e.getMessage());
  }

  @Test
  void requestIdFallsBackToResponseHeadersInAnyCase() {
    FaciliooServiceException e = map(404, header("X-Request-ID", "req-42"), "");
    assertEquals("req-42", e.requestId().orElse(null));
    assertEquals("req-42", e.headers().get("x-request-id").get(0));
    assertEquals("HTTP 404 Not Found (empty body) (requestId req-42)", e.getMessage());

    FaciliooServiceException traced =
        map(500, header("traceparent", "00-abc-def-01"), "{\"title\":\"Boom\"}");
    assertEquals("00-abc-def-01", traced.requestId().orElse(null));
  }

  @Test
  void headersAreUnmodifiableAndCaseInsensitive() {
    FaciliooServiceException e = map(500, header("Content-Type", "text/plain"), "oops");
    assertEquals("text/plain", e.headers().get("CONTENT-TYPE").get(0));
    org.junit.jupiter.api.Assertions.assertThrows(
        UnsupportedOperationException.class, () -> e.headers().put("x", null));
  }

  @Test
  void retryAfterInSecondsIsRead() {
    RateLimitException e = (RateLimitException) map(429, header("Retry-After", "30"), "");
    assertEquals(Duration.ofSeconds(30), e.retryAfter().orElse(null));
  }

  @Test
  void retryAfterAsHttpDateIsMeasuredFromTheClock() {
    RateLimitException e =
        (RateLimitException) map(429, header("retry-after", "Sun, 29 Nov 2026 12:01:30 GMT"), "");
    assertEquals(Duration.ofSeconds(90), e.retryAfter().orElse(null));
  }

  @ParameterizedTest(name = "Retry-After \"{0}\" gives no wait")
  @ValueSource(strings = {"-5", "soon", "1.5", "99999999999999999999999", "Sun, 99 Nov 2026"})
  void absurdRetryAfterGivesEmpty(String value) {
    RateLimitException e = (RateLimitException) map(429, header("Retry-After", value), "");
    assertFalse(e.retryAfter().isPresent());
  }

  @Test
  void missingRetryAfterGivesEmpty() {
    assertFalse(((RateLimitException) map(429, "")).retryAfter().isPresent());
  }

  @Test
  void overloadWithoutClockUsesTheSystemClock() {
    FaciliooServiceException e =
        ErrorMapper.toException(
            429, header("Retry-After", "7"), "{}".getBytes(StandardCharsets.UTF_8));
    assertEquals(Duration.ofSeconds(7), ((RateLimitException) e).retryAfter().orElse(null));
  }

  @Test
  void bodyInDeclaredCharsetIsDecoded() {
    byte[] latin1 = "{\"detail\":\"Größe\"}".getBytes(StandardCharsets.ISO_8859_1);
    FaciliooServiceException e =
        ErrorMapper.toException(
            400, header("Content-Type", "application/json; charset=ISO-8859-1"), latin1, CLOCK);
    assertEquals("HTTP 400 Bad Request: Größe", e.getMessage());
  }

  @Test
  void titleEqualToTheReasonPhraseIsNotRepeated() {
    assertEquals(
        "HTTP 401 Unauthorized (JSON body without message, 40 bytes)",
        map(401, "{\"title\":\"Unauthorized\",\"status\":401}   ").getMessage());
  }

  @Test
  void jsonWithByteOrderMarkIsParsed() {
    byte[] json = "{\"detail\":\"mit BOM\"}".getBytes(StandardCharsets.UTF_8);
    byte[] body = new byte[json.length + 3];
    body[0] = (byte) 0xEF;
    body[1] = (byte) 0xBB;
    body[2] = (byte) 0xBF;
    System.arraycopy(json, 0, body, 3, json.length);
    assertEquals(
        "HTTP 400 Bad Request: mit BOM",
        ErrorMapper.toException(400, null, body, CLOCK).getMessage());
  }

  @Test
  void emptyUnauthorizedAnswerIsExplainedByItsBearerChallenge() {
    FaciliooServiceException e =
        map(
            401,
            header(
                "WWW-Authenticate",
                "Bearer error=\"invalid_token\", error_description=\"The token expired at"
                    + " '11/29/2026 11:00:00'\""),
            "");
    assertSame(UnauthorizedException.class, e.getClass());
    assertEquals(
        "HTTP 401 Unauthorized: invalid_token: The token expired at '11/29/2026 11:00:00'",
        e.getMessage());
    assertEquals(
        "HTTP 401 Unauthorized (empty body)",
        map(401, header("WWW-Authenticate", "Bearer"), "").getMessage());
  }

  @Test
  void serviceExceptionsSurviveJavaSerialization() throws Exception {
    ValidationException original =
        (ValidationException) map(400, header("X-Request-Id", "r"), ASPNET_VALIDATION);
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
      out.writeObject(original);
    }
    ValidationException copy;
    try (java.io.ObjectInputStream in =
        new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
      copy = (ValidationException) in.readObject();
    }
    assertEquals(original.getMessage(), copy.getMessage());
    assertEquals(original.fieldErrors(), copy.fieldErrors());
    assertEquals(original.problem(), copy.problem());
    assertEquals("r", copy.headers().get("x-REQUEST-id").get(0));
    assertEquals(original.rawBody(), copy.rawBody());
  }

  @Test
  void aShortSecretThatIsAlsoTheStatusLeavesProblemMessageAndSizeAsSent() {
    Redaction token = Redaction.of(Collections.singletonList("400"));
    byte[] html = "<html><body>400 Bad Request</body></html>".getBytes(StandardCharsets.UTF_8);

    FaciliooServiceException validation =
        ErrorMapper.toException(
            400,
            Collections.emptyMap(),
            ASPNET_VALIDATION.getBytes(StandardCharsets.UTF_8),
            CLOCK,
            token);
    FaciliooServiceException page =
        ErrorMapper.toException(400, Collections.emptyMap(), html, CLOCK, token);

    assertInstanceOf(ValidationException.class, validation);
    assertEquals(ASPNET_VALIDATION, validation.rawBody());
    assertEquals(400, validation.problem().status().orElse(0));
    assertEquals(TRACE, validation.requestId().orElse(""));
    assertEquals(3, ((ValidationException) validation).fieldErrors().size());
    assertEquals(
        "HTTP 400 Bad Request (non-JSON body, " + html.length + " bytes)", page.getMessage());
    assertEquals("<html><body>400 Bad Request</body></html>", page.rawBody());
  }

  @Test
  void aSecretEchoedInAnyFieldIsMaskedAfterParsing() {
    String secret = "tok+en&CANARY";
    String escaped = "tok\\u002Ben\\u0026CANARY";
    String body =
        "{\"title\":\"Bad "
            + escaped
            + "\",\"status\":422,\"traceId\":\"t-1\",\"hint\":{\"sent\":[\""
            + escaped
            + "\"]},\"errors\":{\""
            + escaped
            + "\":[\"was "
            + escaped
            + "\"]}}";

    FaciliooServiceException e =
        ErrorMapper.toException(
            422,
            header("x-echo", "Bearer " + secret),
            body.getBytes(StandardCharsets.UTF_8),
            CLOCK,
            Redaction.of(Collections.singletonList(secret)));

    ValidationException v = assertInstanceOf(ValidationException.class, e);
    String all =
        e.getMessage() + e.rawBody() + e.headers() + e.problem() + e.problem().extensions();
    assertFalse(all.contains("CANARY"), all);
    assertEquals("Bad ****", e.problem().title().orElse(""));
    assertEquals(Collections.singletonList("was ****"), v.fieldErrors().get("****"));
    assertEquals("t-1", e.requestId().orElse(""));
    assertEquals(422, e.problem().status().orElse(0));
  }
}

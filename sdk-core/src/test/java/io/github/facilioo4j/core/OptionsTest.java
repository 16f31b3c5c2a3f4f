package io.github.facilioo4j.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OptionsTest {
  static FaciliooOptions.Builder valid() {
    return FaciliooOptions.builder().token("t");
  }

  static String failure(Consumer<FaciliooOptions.Builder> change) {
    FaciliooOptions.Builder builder = valid();
    change.accept(builder);
    return assertThrows(IllegalArgumentException.class, builder::build).getMessage();
  }

  @Test
  void defaultsMatchTheDocumentation() {
    FaciliooOptions options = valid().build();

    assertEquals("https://api.facilioo.de", options.baseUrl());
    assertSame(ApiVersion.V2, options.apiVersion());
    assertFalse(options.language().isPresent());
    assertFalse(options.clientName().isPresent());
    assertEquals(2, options.maxRetries());
    assertEquals(Duration.ofSeconds(60), options.maxRetryDelay());
    assertEquals(Duration.ofSeconds(10), options.connectTimeout());
    assertEquals(Duration.ofSeconds(60), options.callTimeout());
    assertFalse(options.okHttpClient().isPresent());
  }

  @Test
  void buildFailuresNameTheOption() {
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> FaciliooOptions.builder().build())
            .getMessage()
            .startsWith("tokenProvider is required"));
    assertTrue(
        failure(b -> b.baseUrl("api.facilioo.de")).startsWith("baseUrl must be an absolute"));
    assertTrue(
        failure(b -> b.baseUrl("ftp://api.facilioo.de")).startsWith("baseUrl must use https"));
    assertTrue(failure(b -> b.baseUrl("https://x.de/?a=1")).startsWith("baseUrl must not contain"));
    assertTrue(failure(b -> b.baseUrl("https://x .de")).startsWith("baseUrl is not a valid URL"));
    assertEquals(
        "connectTimeout must be positive: PT0S", failure(b -> b.connectTimeout(Duration.ZERO)));
    assertEquals(
        "readTimeout must be positive: PT-1S", failure(b -> b.readTimeout(Duration.ofSeconds(-1))));
    assertEquals(
        "writeTimeout must be positive: PT0S", failure(b -> b.writeTimeout(Duration.ZERO)));
    assertEquals("callTimeout must be positive: PT0S", failure(b -> b.callTimeout(Duration.ZERO)));
    assertEquals("callTimeout is required", failure(b -> b.callTimeout(null)));
    assertEquals("maxRetries must not be negative: -1", failure(b -> b.maxRetries(-1)));
    assertEquals(
        "maxRetryDelay must be positive: PT0S", failure(b -> b.maxRetryDelay(Duration.ZERO)));
    assertTrue(failure(b -> b.clientName("ACME Sync")).startsWith("clientName \"ACME Sync\""));
    assertTrue(failure(b -> b.clientVersion("1.4 beta")).startsWith("clientVersion \"1.4 beta\""));
  }

  @Test
  void plainHttpIsRefusedForNonLoopbackHosts() {
    String message = failure(b -> b.baseUrl("http://api.facilioo.de"));

    assertTrue(message.contains("plain http"), message);
    assertTrue(message.contains("http://api.facilioo.de"), message);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://localhost:8080",
        "http://127.0.0.1:1",
        "http://127.1.2.3",
        "http://[::1]:9"
      })
  void plainHttpIsAllowedForLoopbackHosts(String url) {
    assertEquals(url, valid().baseUrl(url).build().baseUrl());
  }

  @Test
  void trailingSlashesAreRemovedFromTheBaseUrl() {
    assertEquals(
        "https://staging-api.facilioo.de",
        valid().baseUrl(FaciliooOptions.STAGING_URL + "/").build().baseUrl());
  }

  @Test
  void fromEnvReadsEveryVariable() {
    Map<String, String> env = new HashMap<>();
    env.put("FACILIOO_TOKEN", "env-token");
    env.put("FACILIOO_BASE_URL", "https://staging-api.facilioo.de/");
    env.put("FACILIOO_API_VERSION", "1");
    env.put("FACILIOO_LANGUAGE", "de-DE");
    env.put("FACILIOO_CLIENT_NAME", "acme-erp-sync");

    FaciliooOptions options = FaciliooOptions.fromEnv(env).build();

    assertEquals("env-token", options.tokenProvider().token());
    assertEquals(FaciliooOptions.STAGING_URL, options.baseUrl());
    assertSame(ApiVersion.V1, options.apiVersion());
    assertEquals(Language.GERMAN, options.language().get());
    assertEquals("acme-erp-sync", options.clientName().get());
  }

  @Test
  void fromEnvWithoutTokenFailsAtBuildAndNamesTheVariable() {
    Map<String, String> env = new HashMap<>();
    env.put("FACILIOO_TOKEN", "  ");

    String message =
        assertThrows(IllegalArgumentException.class, () -> FaciliooOptions.fromEnv(env).build())
            .getMessage();

    assertTrue(message.contains("FACILIOO_TOKEN"), message);
  }

  @Test
  void fromEnvRejectsAnInvalidApiVersionNamingIt() {
    Map<String, String> env = Map.of("FACILIOO_API_VERSION", "3.0");

    String message =
        assertThrows(IllegalArgumentException.class, () -> FaciliooOptions.fromEnv(env))
            .getMessage();

    assertTrue(message.startsWith("FACILIOO_API_VERSION: "), message);
    assertTrue(message.contains("\"3.0\""), message);
  }

  @Test
  void fromEnvNamesAnInvalidLanguageOrTokenVariableWithoutShowingTheToken() {
    String language =
        assertThrows(
                IllegalArgumentException.class,
                () -> FaciliooOptions.fromEnv(Map.of("FACILIOO_LANGUAGE", "de_DE")))
            .getMessage();
    String token =
        assertThrows(
                IllegalArgumentException.class,
                () -> FaciliooOptions.fromEnv(Map.of("FACILIOO_TOKEN", "abc def")))
            .getMessage();
    String url =
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    FaciliooOptions.fromEnv(Map.of("FACILIOO_TOKEN", "t", "FACILIOO_BASE_URL", "x"))
                        .build())
            .getMessage();

    assertTrue(language.startsWith("FACILIOO_LANGUAGE: "), language);
    assertTrue(token.startsWith("FACILIOO_TOKEN is invalid"), token);
    assertFalse(token.contains("abc def"), token);
    assertTrue(url.startsWith("baseUrl"), url);
  }

  @Test
  void apiVersionAcceptsTheDocumentedSpellingsOnly() {
    assertSame(ApiVersion.V1, ApiVersion.of("1"));
    assertSame(ApiVersion.V1, ApiVersion.of("1.0"));
    assertSame(ApiVersion.V2, ApiVersion.of("2"));
    assertSame(ApiVersion.V2, ApiVersion.of(" 2.0 "));
    assertEquals("2.0", ApiVersion.V2.value());
    for (String bad : new String[] {"", "3", "2.1", "v2", "latest"}) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> ApiVersion.of(bad));
      assertTrue(e.getMessage().contains("\"" + bad + "\""), e.getMessage());
    }
  }

  @Test
  void languageIsAValidatedBcp47Tag() {
    assertEquals("de-DE", Language.of("de-de").tag());
    assertEquals("en", Language.of("en").tag());
    assertEquals("de-DE", Language.of(Locale.GERMANY).tag());
    assertEquals(Language.GERMAN, Language.of("de-DE"));
    for (String bad : new String[] {"", "german!", "de_DE", "x"}) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> Language.of(bad));
      assertTrue(e.getMessage().contains("\"" + bad + "\""), e.getMessage());
    }
    assertThrows(IllegalArgumentException.class, () -> Language.of(Locale.ROOT));
  }

  @Test
  void tokensMustNotBeBlankOrContainWhitespace() {
    assertEquals(
        "token must not be blank",
        assertThrows(IllegalArgumentException.class, () -> TokenProvider.of(" ")).getMessage());
    assertThrows(IllegalArgumentException.class, () -> TokenProvider.of("a b"));
    String prefixed =
        assertThrows(IllegalArgumentException.class, () -> TokenProvider.of("Bearer abc.def"))
            .getMessage();
    assertTrue(prefixed.contains("without the \"Bearer \" prefix"), prefixed);
    assertFalse(prefixed.contains("abc.def"), prefixed);
    assertThrows(IllegalArgumentException.class, () -> TokenProvider.of("a\r\nX-Evil: 1"));
  }

  @Test
  void requestOptionsRefuseAnAuthorizationHeader() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> RequestOptions.builder().header("authorization", "Bearer x"));

    assertTrue(e.getMessage().contains("TokenProvider"), e.getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> RequestOptions.builder().header("x-a", "1\n2"));
    assertThrows(
        IllegalArgumentException.class, () -> RequestOptions.builder().timeout(Duration.ZERO));
  }

  @Test
  void apiRequestChecksPathParameters() {
    assertEquals(
        "/api/processes/42/files",
        ApiRequest.builder().path("/api/processes/{id}/files", 42).build().path());
    assertThrows(IllegalArgumentException.class, () -> ApiRequest.builder().path("/api/{id}"));
    assertThrows(IllegalArgumentException.class, () -> ApiRequest.builder().path("/api/x", 1));
    assertThrows(
        IllegalArgumentException.class,
        () -> ApiRequest.builder().path("/api/{id}", (Object) null));
    assertThrows(IllegalArgumentException.class, () -> ApiRequest.builder().path("api/x"));
    assertThrows(IllegalStateException.class, () -> ApiRequest.builder().build());
  }

  @Test
  void toBuilderCopiesEverything() {
    FaciliooOptions options =
        valid()
            .baseUrl(FaciliooOptions.STAGING_URL)
            .language(Language.GERMAN)
            .clientName("a")
            .clientVersion("1.0")
            .maxRetries(5)
            .build();

    FaciliooOptions copy = options.toBuilder().build();

    assertEquals(options.toString(), copy.toString());
    assertSame(options.tokenProvider(), copy.tokenProvider());
  }
}

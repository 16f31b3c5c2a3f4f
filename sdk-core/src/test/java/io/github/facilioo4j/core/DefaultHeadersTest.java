package io.github.facilioo4j.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The client reuses the headers it built once whenever a call's options change none of them. */
class DefaultHeadersTest {
  private static final FaciliooOptions OPTIONS =
      FaciliooOptions.builder()
          .token("t")
          .language(Language.GERMAN)
          .clientName("acme-erp-sync")
          .clientVersion("1.4.2")
          .build();

  @Test
  void optionsThatSetOnlyATimeoutGiveTheSameHeadersAsNone() {
    RequestOptions timeoutOnly = RequestOptions.builder().timeout(Duration.ofSeconds(5)).build();

    assertTrue(DefaultHeaders.overridesNothing(RequestOptions.none()));
    assertTrue(DefaultHeaders.overridesNothing(RequestOptions.builder().build()));
    assertTrue(DefaultHeaders.overridesNothing(timeoutOnly));
    assertEquals(
        DefaultHeaders.of(OPTIONS, RequestOptions.none()), DefaultHeaders.of(OPTIONS, timeoutOnly));
  }

  @Test
  void anOverriddenVersionLanguageOrHeaderIsNotServedFromTheReusedHeaders() {
    assertFalse(
        DefaultHeaders.overridesNothing(
            RequestOptions.builder().apiVersion(ApiVersion.V1).build()));
    assertFalse(
        DefaultHeaders.overridesNothing(
            RequestOptions.builder().language(Language.of("en-GB")).build()));
    assertFalse(
        DefaultHeaders.overridesNothing(RequestOptions.builder().header("x-trace", "1").build()));
  }
}

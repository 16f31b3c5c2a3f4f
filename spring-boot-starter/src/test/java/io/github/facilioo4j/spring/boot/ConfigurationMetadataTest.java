package io.github.facilioo4j.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What an IDE offers for completion: the metadata the configuration processor writes. */
class ConfigurationMetadataTest {
  @Test
  void everyPropertyIsDescribedForIdeCompletion() throws IOException {
    Map<String, JsonNode> properties = new HashMap<>();
    try (InputStream in =
        FaciliooProperties.class.getResourceAsStream(
            "/META-INF/spring-configuration-metadata.json")) {
      assertThat(in).as("META-INF/spring-configuration-metadata.json").isNotNull();
      JsonNode metadata = new ObjectMapper().readTree(in);
      metadata.get("properties").forEach(p -> properties.put(p.get("name").asText(), p));
      assertThat(metadata.get("hints").findValuesAsText("name")).contains("facilioo.api-version");
    }
    assertThat(properties)
        .containsKeys(
            "facilioo.enabled",
            "facilioo.base-url",
            "facilioo.token",
            "facilioo.email",
            "facilioo.password",
            "facilioo.api-version",
            "facilioo.language",
            "facilioo.client-name",
            "facilioo.client-version",
            "facilioo.connect-timeout",
            "facilioo.read-timeout",
            "facilioo.write-timeout",
            "facilioo.call-timeout",
            "facilioo.max-retries",
            "facilioo.max-retry-delay",
            "facilioo.health.timeout",
            "facilioo.fleet.lease",
            "facilioo.fleet.wait-timeout",
            "facilioo.fleet.rate-limit.permits-per-second",
            "facilioo.fleet.rate-limit.burst",
            "facilioo.fleet.rate-limit.key",
            "management.health.facilioo.enabled");
    assertThat(properties.values())
        .allSatisfy(p -> assertThat(p.path("description").asText()).isNotBlank());
    assertThat(properties.get("facilioo.connect-timeout").get("type").asText())
        .isEqualTo("java.time.Duration");
  }
}

package io.github.facilioo4j.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.facilioo4j.core.internal.Json;
import java.io.UncheckedIOException;

/** JSON helpers on top of the SDK's shared mapper. */
final class SandboxJson {
  private SandboxJson() {}

  static ObjectMapper mapper() {
    return Json.mapper();
  }

  static String write(JsonNode node) {
    try {
      return Json.mapper().writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}

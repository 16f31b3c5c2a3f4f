package io.github.facilioo4j.core.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.facilioo4j.core.internal.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class InvalidResponseExceptionTest {
  @Test
  void malformedJsonOn200KeepsStatusSnippetAndCauseWithoutDumpingTheBody() {
    StringBuilder body = new StringBuilder("{\"id\": 7, \"subject\": \"secret-ish\" ");
    while (body.length() < 10_000) {
      body.append("garbage ");
    }
    byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
    JsonProcessingException cause = null;
    try {
      Json.mapper().readTree(bytes);
    } catch (IOException e) {
      cause = (JsonProcessingException) e;
    }

    InvalidResponseException e = new InvalidResponseException(200, bytes, "ProcessRead", cause);

    assertEquals(200, e.statusCode());
    assertEquals(InvalidResponseException.MAX_SNIPPET_CHARS, e.bodySnippet().length());
    assertEquals(body.substring(0, InvalidResponseException.MAX_SNIPPET_CHARS), e.bodySnippet());
    assertSame(cause, e.getCause());
    assertFalse(e.getMessage().contains("\n"), e.getMessage());
    assertFalse(e.getMessage().contains("garbage garbage"), e.getMessage());
    assertTrue(
        e.getMessage()
            .startsWith(
                "HTTP 200 OK: body ("
                    + bytes.length
                    + " bytes) is not valid JSON for ProcessRead: "),
        e.getMessage());
  }

  @Test
  void emptyBodyIsNamedAsSuch() {
    InvalidResponseException e = new InvalidResponseException(201, null, null, null);
    assertEquals("HTTP 201 Created: empty body is not the expected JSON", e.getMessage());
    assertEquals("", e.bodySnippet());
  }

  @Test
  void networkExceptionsSitInTheTree() {
    IOException io = new java.net.SocketTimeoutException("read timed out");
    FaciliooTimeoutException t = new FaciliooTimeoutException("Read timed out after 30s", io);
    FaciliooIoException asIo = t;
    FaciliooException root = asIo;
    assertSame(io, asIo.getCause());
    assertEquals("Read timed out after 30s", root.getMessage());
  }
}

package io.github.facilioo4j.core;

import io.github.facilioo4j.core.http.HttpHeaders;
import io.github.facilioo4j.core.http.HttpResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Removes secrets (tokens, passwords) that a server echoes back in an error answer, before the
 * answer becomes an exception's message, raw body, problem or headers. Stateless and thread-safe.
 */
final class Redaction {
  /** What a removed secret is replaced with. */
  public static final String MASK = "****";

  private static final byte[] MASK_BYTES = MASK.getBytes(StandardCharsets.UTF_8);

  private Redaction() {}

  /**
   * Replaces every occurrence of each secret in a text.
   *
   * @param text the text; {@code null} gives {@code null}
   * @param secrets the secrets; {@code null} and empty ones are skipped
   * @return the text without the secrets
   */
  public static String redact(String text, Collection<String> secrets) {
    if (text == null) {
      return null;
    }
    String result = text;
    for (String secret : secrets) {
      if (secret != null && !secret.isEmpty()) {
        result = result.replace(secret, MASK);
      }
    }
    return result;
  }

  /**
   * Replaces every occurrence of each secret's UTF-8 bytes in a body; other bytes stay as they are,
   * whatever the body's charset.
   *
   * @param body the body
   * @param secrets the secrets
   * @return the same array when no secret occurs, else a redacted copy
   */
  public static byte[] redact(byte[] body, Collection<String> secrets) {
    byte[] result = body;
    for (String secret : secrets) {
      if (secret != null && !secret.isEmpty()) {
        result = replace(result, secret.getBytes(StandardCharsets.UTF_8));
      }
    }
    return result;
  }

  /**
   * Replaces the secrets in every header value.
   *
   * @param headers the headers
   * @param secrets the secrets
   * @return headers without the secrets
   */
  public static HttpHeaders redact(HttpHeaders headers, Collection<String> secrets) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> field : headers.asMap().entrySet()) {
      List<String> values = new ArrayList<>();
      for (String value : field.getValue()) {
        values.add(redact(value, secrets));
      }
      out.put(field.getKey(), values);
    }
    return HttpHeaders.of(out);
  }

  /**
   * Reads an answer's body (bounded by {@link Bodies#MAX_BYTES}), closes the answer and returns a
   * copy without the secrets in its headers and body.
   *
   * @param response the answer; closed by this method
   * @param secrets the secrets
   * @return the redacted answer, already in memory
   * @throws IOException when reading the body fails
   */
  public static HttpResponse redact(HttpResponse response, Collection<String> secrets)
      throws IOException {
    try (HttpResponse r = response) {
      byte[] body = redact(Bodies.read(r.body()), secrets);
      return new InMemoryResponse(r.statusCode(), redact(r.headers(), secrets), body);
    }
  }

  private static byte[] replace(byte[] body, byte[] secret) {
    int at = indexOf(body, secret, 0);
    if (at < 0) {
      return body;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(body.length);
    int from = 0;
    while (at >= 0) {
      out.write(body, from, at - from);
      out.write(MASK_BYTES, 0, MASK_BYTES.length);
      from = at + secret.length;
      at = indexOf(body, secret, from);
    }
    out.write(body, from, body.length - from);
    return out.toByteArray();
  }

  private static int indexOf(byte[] body, byte[] secret, int from) {
    outer:
    for (int i = from; i <= body.length - secret.length; i++) {
      for (int j = 0; j < secret.length; j++) {
        if (body[i + j] != secret[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}

package io.github.facilioo4j.testkit;

import io.github.facilioo4j.core.internal.StatusText;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A response the loopback server writes, or the instruction to drop the connection instead. */
final class HttpResponseData {
  final int status;
  final Map<String, List<String>> headers = new LinkedHashMap<>();
  final byte[] body;
  final boolean drop;

  private HttpResponseData(int status, byte[] body, boolean drop) {
    this.status = status;
    this.body = body;
    this.drop = drop;
  }

  static HttpResponseData of(int status, String contentType, String body) {
    HttpResponseData response =
        new HttpResponseData(status, body.getBytes(StandardCharsets.UTF_8), false);
    if (!body.isEmpty()) {
      response.header("Content-Type", contentType);
    }
    return response;
  }

  static HttpResponseData empty(int status) {
    return new HttpResponseData(status, new byte[0], false);
  }

  static HttpResponseData dropConnection() {
    return new HttpResponseData(0, new byte[0], true);
  }

  HttpResponseData header(String name, String value) {
    headers.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    return this;
  }

  static String reason(int status) {
    // 100 is the only code the sandbox sends that the SDK's own table has no use for.
    if (status == 100) {
      return "Continue";
    }
    String reason = StatusText.reason(status);
    return reason.isEmpty() ? "Status " + status : reason;
  }
}

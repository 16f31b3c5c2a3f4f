package io.github.facilioo4j.testkit;

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
    switch (status) {
      case 100:
        return "Continue";
      case 200:
        return "OK";
      case 201:
        return "Created";
      case 204:
        return "No Content";
      case 400:
        return "Bad Request";
      case 401:
        return "Unauthorized";
      case 403:
        return "Forbidden";
      case 404:
        return "Not Found";
      case 405:
        return "Method Not Allowed";
      case 409:
        return "Conflict";
      case 413:
        return "Payload Too Large";
      case 415:
        return "Unsupported Media Type";
      case 429:
        return "Too Many Requests";
      case 500:
        return "Internal Server Error";
      case 502:
        return "Bad Gateway";
      case 503:
        return "Service Unavailable";
      case 504:
        return "Gateway Timeout";
      default:
        return "Status " + status;
    }
  }
}

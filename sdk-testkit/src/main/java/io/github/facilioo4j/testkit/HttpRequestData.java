package io.github.facilioo4j.testkit;

import java.io.UnsupportedEncodingException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** One parsed HTTP request as the loopback server read it off the wire. */
final class HttpRequestData {
  final String method;
  final String path;
  final String rawQuery;
  final Map<String, List<String>> headers;
  final byte[] body;

  HttpRequestData(String method, String target, Map<String, List<String>> headers, byte[] body) {
    this.method = method;
    String t = target;
    int scheme = t.indexOf("://");
    if (!t.startsWith("/") && scheme > 0) {
      int slash = t.indexOf('/', scheme + 3);
      t = slash < 0 ? "/" : t.substring(slash);
    }
    int q = t.indexOf('?');
    this.path = q < 0 ? t : t.substring(0, q);
    this.rawQuery = q < 0 ? "" : t.substring(q + 1);
    this.headers = headers;
    this.body = body;
  }

  /** Returns the first value of a header, or null; the name is case-insensitive. */
  String header(String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /** Decodes the query into name -> values, preserving order. */
  Map<String, List<String>> queryParameters() {
    Map<String, List<String>> result = new LinkedHashMap<>();
    if (rawQuery.isEmpty()) {
      return result;
    }
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      result.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    }
    return result;
  }

  String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  static Map<String, List<String>> newHeaderMap() {
    return new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
  }

  static Map<String, List<String>> unmodifiableHeaders(Map<String, List<String>> headers) {
    Map<String, List<String>> copy = newHeaderMap();
    for (Map.Entry<String, List<String>> e : headers.entrySet()) {
      copy.put(e.getKey(), Collections.unmodifiableList(new ArrayList<>(e.getValue())));
    }
    return Collections.unmodifiableMap(copy);
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s, "UTF-8");
    } catch (UnsupportedEncodingException | IllegalArgumentException e) {
      return s;
    }
  }
}

package io.github.facilioo4j.reliability;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import okhttp3.Headers;

/**
 * Generates HTTP answers from a seeded {@link Random}: a status, headers and a body built from a
 * realistic template (a process, a page, a problem document, HTML, ...) and then mutated (cut,
 * bytes flipped or inserted, values swapped for wrongly typed ones, deep nesting, other charsets).
 * The same seed always gives the same sequence.
 */
final class ResponseFuzzer {
  private static final int[] STATUSES = {
    200, 200, 200, 200, 201, 202, 204, 206, 299, 301, 302, 304, 307, 308, 400, 401, 403, 404, 405,
    408, 409, 410, 413, 415, 422, 429, 451, 500, 501, 502, 503, 504, 511, 599
  };
  private static final String[] CONTENT_TYPES = {
    "application/json",
    "application/json; charset=utf-8",
    "application/problem+json",
    "text/html; charset=iso-8859-1",
    "text/plain",
    "application/json; charset=utf-16",
    "application/json; charset=x-bogus",
    "application/json; charset=",
    "application/octet-stream",
    ";;;",
  };
  private static final String[] RETRY_AFTERS = {
    "0",
    "1",
    "120",
    "-5",
    "1.5",
    "99999999999999999999",
    "Wed, 21 Oct 2015 07:28:00 GMT",
    "Fri, 31 Dec 9999 23:59:59 GMT",
    "soon",
    "",
  };
  private static final String[] ODD_VALUES = {
    "null",
    "\"\"",
    "\"text\"",
    "-1",
    "0",
    "2147483648",
    "-2147483649",
    "1e309",
    "-0.0",
    "99999999999999999999999999",
    "true",
    "false",
    "{}",
    "[]",
    "[null]",
    "{\"id\":1}",
    "\"2024-13-45T99:00:00\"",
    "\"2024-01-02T03:04:05\"",
    "\"2024-01-02T03:04:05+01:00\"",
    "\"\\u0000\"",
    "\"\\ud800\"",
    "NaN",
    "1.0",
    "\"7\"",
  };
  private static final String INSERTABLE = "{}[]\",:\\ 0123456789abcdeflnrtu.-+\u0000\u00e9\u2028";

  private final Random random;

  ResponseFuzzer(long seed) {
    this.random = new Random(seed);
  }

  /** One generated answer. */
  record Answer(int status, Headers headers, byte[] body) {
    String describe() {
      String text = new String(body, StandardCharsets.UTF_8);
      return "status="
          + status
          + " headers="
          + headers.toMultimap()
          + " body("
          + body.length
          + ")="
          + (text.length() > 400 ? text.substring(0, 400) + "..." : text);
    }
  }

  Answer next() {
    int status = random.nextInt(10) == 0 ? 100 + random.nextInt(500) : pick(STATUSES);
    Headers.Builder headers = new Headers.Builder();
    if (random.nextInt(8) != 0) {
      headers.add("Content-Type", pick(CONTENT_TYPES));
    }
    if (random.nextInt(4) == 0) {
      headers.add("Retry-After", pick(RETRY_AFTERS));
    }
    if (random.nextInt(5) == 0) {
      headers.add("x-request-id", "req-" + random.nextInt(1000));
    }
    if (random.nextInt(10) == 0) {
      headers.add("WWW-Authenticate", "Bearer error=\"invalid_token\", error_description=\"x\"");
    }
    if (random.nextInt(20) == 0) {
      headers.addUnsafeNonAscii("x-odd", "w\u00e4rt " + random.nextInt());
    }
    String text = template();
    int mutations = random.nextInt(4);
    for (int i = 0; i < mutations; i++) {
      text = mutate(text);
    }
    byte[] body;
    int encoding = random.nextInt(20);
    if (encoding == 0) {
      body = text.getBytes(StandardCharsets.UTF_16);
    } else if (encoding == 1) {
      body = randomBytes(random.nextInt(64));
    } else {
      body = text.getBytes(StandardCharsets.UTF_8);
    }
    return new Answer(status, headers.build(), body);
  }

  private String template() {
    switch (random.nextInt(12)) {
      case 0, 1, 2, 3:
        return process(random.nextInt(1000) + 1);
      case 4, 5, 6:
        return page();
      case 7:
        return "{\"type\":\"https://tools.ietf.org/html/rfc9110#section-15.5.1\",\"title\":\"One or"
            + " more validation errors occurred.\",\"status\":400,\"traceId\":\"00-ab-cd-01\","
            + "\"errors\":{\"Report\":[\"The Report field is required.\"],\"$.unitId\":[\"bad\"]}}";
      case 8:
        return "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>";
      case 9:
        return "";
      case 10:
        return pick(ODD_VALUES);
      default:
        return "{\"message\":\"" + "m".repeat(random.nextInt(50)) + "\",\"error\":{\"code\":7}}";
    }
  }

  private String process(int id) {
    StringBuilder json = new StringBuilder("{\"id\":").append(id);
    if (random.nextBoolean()) {
      json.append(",\"number\":").append(random.nextInt(100000));
    }
    if (random.nextBoolean()) {
      json.append(",\"subject\":\"Leak ").append(random.nextInt(99)).append('"');
    }
    if (random.nextBoolean()) {
      json.append(",\"report\":\"<p>Wasser</p>\"");
    }
    if (random.nextBoolean()) {
      json.append(",\"isFinished\":").append(random.nextBoolean());
    }
    if (random.nextBoolean()) {
      json.append(",\"created\":\"2024-05-06T07:08:09")
          .append(random.nextBoolean() ? "Z" : "")
          .append('"');
    }
    if (random.nextBoolean()) {
      json.append(",\"deleted\":null,\"unknownExtra\":{\"a\":[1,2]}");
    }
    return json.append('}').toString();
  }

  private String page() {
    int n = random.nextInt(4);
    List<String> items = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      items.add(process(i + 1));
    }
    return "{\"items\":["
        + String.join(",", items)
        + "],\"pageNumber\":1,\"pageSize\":10,\"totalPages\":1,\"totalCount\":"
        + n
        + ",\"hasPreviousPage\":false,\"hasNextPage\":false}";
  }

  private String mutate(String text) {
    int len = text.length();
    switch (random.nextInt(7)) {
      case 0:
        return len == 0 ? text : text.substring(0, random.nextInt(len));
      case 1:
        if (len == 0) {
          return text;
        }
        int at = random.nextInt(len);
        return text.substring(0, at) + text.substring(at + 1);
      case 2:
        int pos = len == 0 ? 0 : random.nextInt(len + 1);
        char c = INSERTABLE.charAt(random.nextInt(INSERTABLE.length()));
        return text.substring(0, pos) + c + text.substring(pos);
      case 3:
        return swapValue(text);
      case 4:
        int depth = 1 + random.nextInt(3000);
        return "[".repeat(depth) + text + "]".repeat(random.nextInt(depth + 1));
      case 5:
        if (len < 2) {
          return text + text;
        }
        int from = random.nextInt(len - 1);
        int to = from + 1 + random.nextInt(len - from - 1);
        return text.substring(0, to) + text.substring(from, to) + text.substring(to);
      default:
        return swapValue(swapValue(text));
    }
  }

  /** Replaces the value after one randomly chosen {@code ":"} with an oddly typed value. */
  private String swapValue(String text) {
    List<Integer> colons = new ArrayList<>();
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == ':') {
        colons.add(i);
      }
    }
    if (colons.isEmpty()) {
      return text;
    }
    int colon = colons.get(random.nextInt(colons.size()));
    int end = colon + 1;
    int nesting = 0;
    boolean inString = false;
    while (end < text.length()) {
      char c = text.charAt(end);
      if (inString) {
        if (c == '\\') {
          end++;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '{' || c == '[') {
        nesting++;
      } else if (c == '}' || c == ']') {
        if (nesting == 0) {
          break;
        }
        nesting--;
      } else if (c == ',' && nesting == 0) {
        break;
      }
      end++;
    }
    return text.substring(0, colon + 1)
        + pick(ODD_VALUES)
        + text.substring(Math.min(end, text.length()));
  }

  private byte[] randomBytes(int n) {
    byte[] bytes = new byte[n];
    random.nextBytes(bytes);
    return bytes;
  }

  private String pick(String[] values) {
    return values[random.nextInt(values.length)];
  }

  private int pick(int[] values) {
    return values[random.nextInt(values.length)];
  }

  int nextInt(int bound) {
    return random.nextInt(bound);
  }
}

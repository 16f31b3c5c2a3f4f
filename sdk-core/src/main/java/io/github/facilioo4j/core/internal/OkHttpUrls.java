package io.github.facilioo4j.core.internal;

import okhttp3.HttpUrl;

/**
 * Turns the URL strings of requests into OkHttp URLs, parsing the scheme, host and port once per
 * origin. {@code HttpUrl.get(String)} canonicalizes the host (IDN included) on every call, which
 * was the largest single cost of a call in the SDK's per-call profile, while every call of a client
 * goes to one origin. Anything unusual (no path, a fragment, a backslash, an origin OkHttp rejects)
 * takes the full parse, so the result is always what {@code HttpUrl.get} gives. The last URL is
 * remembered whole too: calls to a fixed path (every create) then share one immutable {@code
 * HttpUrl}. Thread-safe; remembers the last origin and the last URL only.
 */
final class OkHttpUrls {
  private volatile Origin last;
  private volatile Parsed lastUrl;

  /**
   * Parses a URL.
   *
   * @param url an absolute http or https URL
   * @return the URL, equal to {@code HttpUrl.get(url)}
   * @throws IllegalArgumentException when the URL is not valid, as {@code HttpUrl.get} does
   */
  HttpUrl get(String url) {
    Parsed previous = lastUrl;
    if (previous != null && previous.text.equals(url)) {
      // The same URL as the call before, such as every create's: HttpUrl is immutable, so share it.
      return previous.url;
    }
    HttpUrl parsed = parse(url);
    lastUrl = new Parsed(url, parsed);
    return parsed;
  }

  private HttpUrl parse(String url) {
    int pathStart = pathStart(url);
    if (pathStart < 0) {
      return HttpUrl.get(url);
    }
    Origin origin = last;
    if (origin == null || origin.prefix.length() != pathStart || !url.startsWith(origin.prefix)) {
      String prefix = url.substring(0, pathStart);
      HttpUrl parsed = HttpUrl.parse(prefix + "/");
      if (parsed == null) {
        return HttpUrl.get(url);
      }
      origin = new Origin(prefix, parsed);
      last = origin;
    }
    int query = url.indexOf('?', pathStart);
    HttpUrl.Builder builder =
        origin
            .url
            .newBuilder()
            .encodedPath(url.substring(pathStart, query < 0 ? url.length() : query));
    if (query >= 0) {
      builder.encodedQuery(url.substring(query + 1));
    }
    return builder.build();
  }

  /**
   * Index of the slash that starts the path after {@code scheme://authority}, or -1 when the URL is
   * not of that plain form.
   */
  private static int pathStart(String url) {
    if (url.indexOf('#') >= 0 || url.indexOf('\\') >= 0) {
      return -1;
    }
    int scheme = url.indexOf("://");
    if (scheme <= 0) {
      return -1;
    }
    int slash = url.indexOf('/', scheme + 3);
    int query = url.indexOf('?', scheme + 3);
    if (slash < 0 || (query >= 0 && query < slash)) {
      return -1;
    }
    return slash;
  }

  /** A parsed URL and the exact text it was parsed from. */
  private static final class Parsed {
    final String text;
    final HttpUrl url;

    Parsed(String text, HttpUrl url) {
      this.text = text;
      this.url = url;
    }
  }

  /** A parsed origin and the exact text it was parsed from. */
  private static final class Origin {
    final String prefix;
    final HttpUrl url;

    Origin(String prefix, HttpUrl url) {
      this.prefix = prefix;
      this.url = url;
    }
  }
}

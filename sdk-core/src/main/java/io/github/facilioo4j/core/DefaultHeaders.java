package io.github.facilioo4j.core;

import io.github.facilioo4j.core.http.HttpHeaders;
import java.util.List;
import java.util.Map;

/** The one place that builds the headers every request carries, apart from Authorization. */
final class DefaultHeaders {
  private DefaultHeaders() {}

  /**
   * Tells whether {@link #of} gives the same headers for these overrides as for none, so that the
   * headers built once per client can be reused.
   */
  static boolean overridesNothing(RequestOptions overrides) {
    return !overrides.apiVersion().isPresent()
        && !overrides.language().isPresent()
        && overrides.headers().asMap().isEmpty();
  }

  static HttpHeaders of(FaciliooOptions options, RequestOptions overrides) {
    HttpHeaders.Builder headers = HttpHeaders.builder();
    headers.set(HeaderNames.ACCEPT, "application/json");
    headers.set(HeaderNames.USER_AGENT, SdkVersion.userAgent());
    headers.set(
        HeaderNames.API_VERSION, overrides.apiVersion().orElse(options.apiVersion()).value());
    Language language = overrides.language().orElse(options.language().orElse(null));
    if (language != null) {
      headers.set(HeaderNames.ACCEPT_LANGUAGE, language.tag());
    }
    if (options.clientName().isPresent()) {
      headers.set(HeaderNames.CLIENT_NAME, options.clientName().get());
    }
    if (options.clientVersion().isPresent()) {
      headers.set(HeaderNames.CLIENT_VERSION, options.clientVersion().get());
    }
    for (Map.Entry<String, List<String>> extra : overrides.headers().asMap().entrySet()) {
      headers.remove(extra.getKey());
      for (String value : extra.getValue()) {
        headers.add(extra.getKey(), value);
      }
    }
    return headers.build();
  }
}

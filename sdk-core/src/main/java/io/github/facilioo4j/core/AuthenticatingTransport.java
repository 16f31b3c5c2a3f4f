package io.github.facilioo4j.core;

import io.github.facilioo4j.core.http.HttpRequest;
import io.github.facilioo4j.core.http.HttpResponse;
import io.github.facilioo4j.core.http.HttpTransport;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adds {@code Authorization: Bearer <token>} to every attempt. When the server answers 401 and the
 * token provider can renew, it invalidates the rejected token, asks for a new one and replays the
 * request once; requests hold their body in memory, so every request can be replayed. A second 401
 * is returned as is. The tokens sent are removed from the headers and body of every error answer,
 * should the server echo them. Thread-safe.
 */
final class AuthenticatingTransport implements HttpTransport {
  private static final Logger LOG = LoggerFactory.getLogger(AuthenticatingTransport.class);

  private final HttpTransport delegate;
  private final TokenProvider tokens;

  /**
   * Wraps a transport.
   *
   * @param delegate the transport that sends the authenticated requests
   * @param tokens where tokens come from
   */
  public AuthenticatingTransport(HttpTransport delegate, TokenProvider tokens) {
    this.delegate = delegate;
    this.tokens = tokens;
  }

  @Override
  public HttpResponse execute(HttpRequest request) throws IOException {
    String token = tokens.token();
    HttpResponse response = delegate.execute(withToken(request, token));
    if (response.statusCode() != 401 || !tokens.canRenew()) {
      return redactedIfError(response, Collections.singletonList(token));
    }
    tokens.invalidate(token);
    String renewed = tokens.token();
    if (renewed.equals(token)) {
      return redactedIfError(response, Collections.singletonList(token));
    }
    LOG.debug(
        "{} {} answered 401; replaying once with a renewed token",
        request.method(),
        request.path());
    // Every response must be closed, so close the rejected one before replaying.
    response.close();
    return redactedIfError(
        delegate.execute(withToken(request, renewed)), Arrays.asList(token, renewed));
  }

  /**
   * A server may echo the request's credentials in an error answer; they must not reach an
   * exception's message, raw body or headers. Success answers are passed on untouched.
   */
  private static HttpResponse redactedIfError(HttpResponse response, List<String> sent)
      throws IOException {
    int status = response.statusCode();
    if (status >= 200 && status < 300) {
      return response;
    }
    return Redaction.redact(response, sent);
  }

  private static HttpRequest withToken(HttpRequest request, String token) {
    return request.toBuilder().header(HeaderNames.AUTHORIZATION, "Bearer " + token).build();
  }

  @Override
  public String toString() {
    return "AuthenticatingTransport{tokens=" + tokens + "}";
  }
}

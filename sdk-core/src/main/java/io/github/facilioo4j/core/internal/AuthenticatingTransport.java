package io.github.facilioo4j.core.internal;

import io.github.facilioo4j.core.HeaderNames;
import io.github.facilioo4j.core.TokenProvider;
import io.github.facilioo4j.core.http.HttpRequest;
import io.github.facilioo4j.core.http.HttpResponse;
import io.github.facilioo4j.core.http.HttpTransport;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adds {@code Authorization: Bearer <token>} to every attempt. When the server answers 401 and the
 * token provider can renew, it invalidates the rejected token, asks for a new one and replays the
 * request once; requests hold their body in memory, so every request can be replayed. A second 401
 * is returned as is. Thread-safe.
 */
public final class AuthenticatingTransport implements HttpTransport {
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
      return response;
    }
    tokens.invalidate(token);
    String renewed = tokens.token();
    if (renewed.equals(token)) {
      return response;
    }
    LOG.debug(
        "{} {} answered 401; replaying once with a renewed token",
        request.method(),
        request.path());
    // Every response must be closed, so close the rejected one before replaying.
    response.close();
    return delegate.execute(withToken(request, renewed));
  }

  private static HttpRequest withToken(HttpRequest request, String token) {
    return request.toBuilder().header(HeaderNames.AUTHORIZATION, "Bearer " + token).build();
  }

  @Override
  public String toString() {
    return "AuthenticatingTransport{tokens=" + tokens + "}";
  }
}

package io.github.facilioo4j.core;

import io.github.facilioo4j.core.http.HttpRequest;
import io.github.facilioo4j.core.http.HttpResponse;
import io.github.facilioo4j.core.http.HttpTransport;
import io.github.facilioo4j.core.internal.mapping.Redaction;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adds {@code Authorization: Bearer <token>} to every attempt. When the server answers 401 and the
 * token provider can renew, it invalidates the rejected token, asks for a new one and replays the
 * request once; requests hold their body in memory, so every request can be replayed. A second 401
 * is returned as is. Every answer carries the tokens sent ({@link Redaction#attach}), so that
 * whoever turns it into a value or an exception can keep them out of what it shows, should the
 * server echo them; the answer itself is passed on unchanged. Thread-safe.
 */
final class AuthenticatingTransport implements HttpTransport {
  private static final Logger LOG = LoggerFactory.getLogger(AuthenticatingTransport.class);

  private final HttpTransport delegate;
  private final TokenProvider tokens;
  // Calls of one client mostly send the same token: its redaction patterns are reused.
  private volatile Sent last;

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
      return carrying(response, token);
    }
    tokens.invalidate(token);
    String renewed = tokens.token();
    if (renewed.equals(token)) {
      return carrying(response, token);
    }
    LOG.debug(
        "{} {} answered 401; replaying once with a renewed token",
        request.method(),
        request.path());
    // Every response must be closed, so close the rejected one before replaying.
    response.close();
    return Redaction.attach(
        delegate.execute(withToken(request, renewed)), Redaction.of(Arrays.asList(token, renewed)));
  }

  private static HttpRequest withToken(HttpRequest request, String token) {
    return request.toBuilder().header(HeaderNames.AUTHORIZATION, "Bearer " + token).build();
  }

  /**
   * A server may echo the request's token in any answer; it must not reach an exception's message,
   * raw body, snippet, problem or headers. The bytes are not touched here: parsing needs them as
   * sent.
   */
  private HttpResponse carrying(HttpResponse response, String token) {
    Sent sent = last;
    if (sent == null || !sent.token.equals(token)) {
      sent = new Sent(token);
      last = sent;
    }
    return Redaction.attach(response, sent.redaction);
  }

  /** The redaction of one token, built once per token: its patterns are made on first use. */
  private static final class Sent {
    final String token;
    final Redaction redaction;

    Sent(String token) {
      this.token = token;
      this.redaction = Redaction.of(Collections.singletonList(token));
    }
  }

  @Override
  public String toString() {
    return "AuthenticatingTransport{tokens=" + tokens + "}";
  }
}

package io.github.facilioo4j.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.facilioo4j.core.http.HttpHeaders;
import io.github.facilioo4j.core.http.HttpRequest;
import io.github.facilioo4j.core.http.HttpResponse;
import io.github.facilioo4j.core.http.HttpTransport;
import io.github.facilioo4j.core.internal.Json;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Sends the login and refresh calls of a {@link LoginTokenProvider} through a client's transport,
 * without the authentication decorator. Bodies of these calls are never logged.
 */
final class AuthEndpoint {
  final HttpTransport transport;
  final String baseUrl;
  final HttpHeaders headers;
  final Clock clock;

  /**
   * Names the API that issues this endpoint's tokens: scheme, host and port of the base URL in
   * their canonical form, its path and the login path. Two endpoints of one API share it; an API on
   * another host, port or path never does.
   */
  final String issuer;

  AuthEndpoint(HttpTransport transport, String baseUrl, HttpHeaders headers, Clock clock) {
    this.transport = transport;
    this.baseUrl = baseUrl;
    this.headers = headers;
    this.clock = clock;
    this.issuer = issuer(baseUrl);
  }

  /** The canonical issuer of a base URL that the options have already checked. */
  static String issuer(String baseUrl) {
    URI uri = URI.create(baseUrl);
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    int port = uri.getPort() >= 0 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    return scheme
        + "://"
        + uri.getHost().toLowerCase(Locale.ROOT)
        + ":"
        + port
        + path
        + LoginTokenProvider.LOGIN_PATH;
  }

  /**
   * Posts a JSON body and reads the whole answer.
   *
   * @param operationId names the call for logs and request listeners, such as {@code login}
   * @param path the path after the base URL
   * @param body the JSON body
   * @return the answer
   * @throws io.github.facilioo4j.core.errors.FaciliooIoException when the call fails on the network
   */
  Answer post(String operationId, String path, ObjectNode body) {
    byte[] bytes;
    try {
      bytes = Json.mapper().writeValueAsBytes(body);
    } catch (IOException e) {
      throw new IllegalStateException("cannot write the " + path + " body", e);
    }
    HttpRequest request =
        HttpRequest.builder()
            .method("POST")
            .url(baseUrl + path)
            .operation(operationId, path)
            .headers(headers)
            .body(bytes, "application/json; charset=utf-8")
            .build();
    return send(request);
  }

  /**
   * Posts without a body, sending {@code bearer} as the {@code Authorization} header, and reads the
   * whole answer: the refresh call as client code of the API makes it.
   *
   * @throws io.github.facilioo4j.core.errors.FaciliooIoException when the call fails on the network
   */
  Answer postBearer(String operationId, String path, String bearer) {
    HttpRequest request =
        HttpRequest.builder()
            .method("POST")
            .url(baseUrl + path)
            .operation(operationId, path)
            .headers(headers)
            .header(HeaderNames.AUTHORIZATION, "Bearer " + bearer)
            .build();
    return send(request);
  }

  private Answer send(HttpRequest request) {
    try (HttpResponse response = transport.execute(request)) {
      return new Answer(response.statusCode(), response.headers(), Exchange.readBody(response));
    } catch (IOException e) {
      throw Exchange.ioFailure(request, e);
    }
  }

  /** A fully read answer of an auth call. */
  static final class Answer {
    final int status;
    final HttpHeaders headers;
    final byte[] body;

    Answer(int status, HttpHeaders headers, byte[] body) {
      this.status = status;
      this.headers = headers;
      this.body = body;
    }

    boolean isSuccess() {
      return status >= 200 && status < 300;
    }

    /** Returns a non-blank text member of a JSON object body, or {@code null}. */
    @Nullable String text(String field) {
      JsonNode json;
      try {
        json = Json.mapper().readTree(body);
      } catch (IOException e) {
        return null;
      }
      if (json == null || !json.isObject()) {
        return null;
      }
      JsonNode node = json.get(field);
      if (node == null || !node.isTextual() || node.asText().trim().isEmpty()) {
        return null;
      }
      return node.asText().trim();
    }
  }
}

package io.github.facilioo4j.testkit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One request the sandbox received, as it arrived on the wire.
 *
 * <p>Immutable and thread-safe. The header values are kept as received, including the {@code
 * Authorization} value, so that a test can assert which token was sent; {@link #toString()} masks
 * it.
 */
public final class RecordedRequest {
  private final long sequenceNumber;
  private final Instant receivedAt;
  private final String method;
  private final String path;
  private final String query;
  private final Map<String, List<String>> queryParameters;
  private final Map<String, List<String>> headers;
  private final String body;
  private final String fault;

  RecordedRequest(long sequenceNumber, Instant receivedAt, HttpRequestData request, String fault) {
    this.sequenceNumber = sequenceNumber;
    this.receivedAt = receivedAt;
    this.method = request.method;
    this.path = request.path;
    this.query = request.rawQuery;
    Map<String, List<String>> params = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> e : request.queryParameters().entrySet()) {
      params.put(e.getKey(), Collections.unmodifiableList(new ArrayList<>(e.getValue())));
    }
    this.queryParameters = Collections.unmodifiableMap(params);
    this.headers = HttpRequestData.unmodifiableHeaders(request.headers);
    this.body = new String(request.body, StandardCharsets.UTF_8);
    this.fault = fault;
  }

  /**
   * Returns the position of this request among all requests the sandbox received since it started
   * or was last {@link FaciliooSandbox#reset() reset}, starting at 1.
   *
   * @return the 1-based sequence number
   */
  public long sequenceNumber() {
    return sequenceNumber;
  }

  /**
   * Returns when the request was received, read from the sandbox's clock.
   *
   * @return the receive time
   */
  public Instant receivedAt() {
    return receivedAt;
  }

  /**
   * Returns the HTTP method as sent, e.g. {@code "POST"}.
   *
   * @return the method
   */
  public String method() {
    return method;
  }

  /**
   * Returns the path without the query, still percent-encoded, e.g. {@code "/api/processes/7"}.
   *
   * @return the path
   */
  public String path() {
    return path;
  }

  /**
   * Returns the raw query string without the leading {@code ?}, still percent-encoded.
   *
   * @return the query; empty when the request had none
   */
  public String query() {
    return query;
  }

  /**
   * Returns the decoded query parameters in the order they were sent.
   *
   * @return an unmodifiable map of parameter name to its values; empty when there is no query
   */
  public Map<String, List<String>> queryParameters() {
    return queryParameters;
  }

  /**
   * Returns the first decoded value of a query parameter.
   *
   * @param name the parameter name, case-sensitive
   * @return the value, or empty when the parameter was not sent
   */
  public Optional<String> queryParameter(String name) {
    List<String> values = queryParameters.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /**
   * Returns all request headers as received, including {@code Authorization}.
   *
   * @return an unmodifiable map with case-insensitive keys
   */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /**
   * Returns the first value of a header.
   *
   * @param name the header name, case-insensitive
   * @return the value, or empty when the header was not sent
   */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /**
   * Returns the request body decoded as UTF-8.
   *
   * @return the body; empty when the request had none
   */
  public String body() {
    return body;
  }

  /**
   * Returns the injected fault that answered this request instead of the API, if any.
   *
   * @return a short description such as {@code "503"}, {@code "429"} or {@code "drop after
   *     processing"}; empty when the request was not hit by a fault (a delay alone counts as a
   *     fault too)
   */
  public Optional<String> fault() {
    return Optional.ofNullable(fault);
  }

  /**
   * Describes the request with the values of {@code Authorization} and {@code Cookie} masked.
   *
   * @return a one-line description, safe to log
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("RecordedRequest{#").append(sequenceNumber).append(' ');
    sb.append(method).append(' ').append(path);
    if (!query.isEmpty()) {
      sb.append('?').append(query);
    }
    sb.append(", headers={");
    boolean first = true;
    for (Map.Entry<String, List<String>> e : headers.entrySet()) {
      if (!first) {
        sb.append(", ");
      }
      first = false;
      sb.append(e.getKey()).append('=');
      sb.append(isSecret(e.getKey()) ? "[masked]" : String.join(",", e.getValue()));
    }
    sb.append("}, body=").append(body.length()).append(" chars");
    if (fault != null) {
      sb.append(", fault=").append(fault);
    }
    return sb.append('}').toString();
  }

  private static boolean isSecret(String header) {
    String h = HttpRequestData.lower(header);
    return h.equals("authorization") || h.equals("cookie") || h.equals("proxy-authorization");
  }
}

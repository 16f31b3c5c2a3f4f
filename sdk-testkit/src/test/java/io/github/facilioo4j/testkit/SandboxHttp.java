package io.github.facilioo4j.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** A plain HTTP client for the sandbox tests (the SDK's own client is tested elsewhere). */
final class SandboxHttp implements AutoCloseable {
  static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
  static final ObjectMapper MAPPER = new ObjectMapper();

  private final OkHttpClient client;
  private final String baseUrl;
  private final Map<String, String> defaultHeaders = new LinkedHashMap<>();

  SandboxHttp(String baseUrl, String token) {
    this(baseUrl, token, Duration.ofSeconds(10));
  }

  SandboxHttp(String baseUrl, String token, Duration readTimeout) {
    this.baseUrl = baseUrl;
    // No silent retries: a dropped connection must surface as the IOException it is.
    this.client =
        new OkHttpClient.Builder().retryOnConnectionFailure(false).readTimeout(readTimeout).build();
    if (token != null) {
      defaultHeaders.put("Authorization", "Bearer " + token);
    }
  }

  /** The outcome of one call. */
  static final class Result {
    final int status;
    final okhttp3.Headers headers;
    final String text;

    Result(int status, okhttp3.Headers headers, String text) {
      this.status = status;
      this.headers = headers;
      this.text = text;
    }

    JsonNode json() {
      try {
        return MAPPER.readTree(text);
      } catch (IOException e) {
        throw new UncheckedIOException("not JSON: " + text, e);
      }
    }

    String header(String name) {
      return headers.get(name);
    }
  }

  Result get(String path, String... headers) throws IOException {
    return call(new Request.Builder().url(baseUrl + path).get(), headers);
  }

  Result post(String path, String json, String... headers) throws IOException {
    return call(
        new Request.Builder().url(baseUrl + path).post(RequestBody.create(json, JSON)), headers);
  }

  Result patch(String path, String json, String... headers) throws IOException {
    return call(
        new Request.Builder().url(baseUrl + path).patch(RequestBody.create(json, JSON)), headers);
  }

  Result call(Request.Builder request, String... headers) throws IOException {
    defaultHeaders.forEach(request::header);
    for (int i = 0; i < headers.length; i += 2) {
      if (headers[i + 1] == null) {
        request.removeHeader(headers[i]);
      } else {
        request.header(headers[i], headers[i + 1]);
      }
    }
    try (Response response = client.newCall(request.build()).execute()) {
      return new Result(response.code(), response.headers(), response.body().string());
    }
  }

  @Override
  public void close() {
    client.dispatcher().executorService().shutdown();
    client.connectionPool().evictAll();
  }
}

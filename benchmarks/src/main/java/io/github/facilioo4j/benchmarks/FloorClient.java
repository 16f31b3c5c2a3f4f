package io.github.facilioo4j.benchmarks;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * The floor: what a careful developer writes by hand with the same OkHttp and Jackson, and nothing
 * more. No retries, no token renewal, no typed errors, no logging: whatever the SDK costs above
 * this is the price of those features. Thread-safe; does not own the OkHttp client.
 */
public final class FloorClient {
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  private final OkHttpClient http;
  private final HttpUrl processes;
  private final String authorization;
  private final ObjectWriter createWriter;
  private final ObjectReader processReader;
  private final ObjectReader pageReader;

  /**
   * Creates the floor client.
   *
   * @param http the OkHttp client to call through
   * @param baseUrl the API's base URL, without trailing slash
   * @param token the bearer token
   */
  public FloorClient(OkHttpClient http, String baseUrl, String token) {
    this.http = http;
    this.processes = HttpUrl.get(baseUrl + "/api/processes");
    this.authorization = "Bearer " + token;
    ObjectMapper mapper =
        new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);
    this.createWriter = mapper.writerFor(FloorProcessCreate.class);
    this.processReader = mapper.readerFor(FloorProcess.class);
    this.pageReader = mapper.readerFor(FloorPage.class);
  }

  /**
   * POST /api/processes.
   *
   * @param create the body
   * @return the created process
   */
  public FloorProcess create(FloorProcessCreate create) {
    try {
      RequestBody body = RequestBody.create(createWriter.writeValueAsBytes(create), JSON);
      return call(request(processes).post(body).build(), processReader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * GET /api/processes/{id}.
   *
   * @param id the process id
   * @return the process
   */
  public FloorProcess retrieve(int id) {
    HttpUrl url = processes.newBuilder().addPathSegment(Integer.toString(id)).build();
    return call(request(url).get().build(), processReader);
  }

  /**
   * GET /api/processes?pageNumber&amp;pageSize.
   *
   * @param pageNumber 1-based page
   * @param pageSize items per page
   * @return the page
   */
  public FloorPage list(int pageNumber, int pageSize) {
    HttpUrl url =
        processes
            .newBuilder()
            .addQueryParameter("pageNumber", Integer.toString(pageNumber))
            .addQueryParameter("pageSize", Integer.toString(pageSize))
            .build();
    return call(request(url).get().build(), pageReader);
  }

  private Request.Builder request(HttpUrl url) {
    return new Request.Builder()
        .url(url)
        .header("Authorization", authorization)
        .header("api-version", Fixtures.API_VERSION)
        .header("Accept", "application/json");
  }

  private <T> T call(Request request, ObjectReader reader) {
    try (Response response = http.newCall(request).execute()) {
      ResponseBody body = response.body();
      if (!response.isSuccessful() || body == null) {
        throw new IOException("HTTP " + response.code());
      }
      return reader.readValue(body.byteStream());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

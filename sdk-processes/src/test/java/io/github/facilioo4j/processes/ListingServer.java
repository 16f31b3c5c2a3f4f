package io.github.facilioo4j.processes;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * A listing server for MockWebServer: it answers each GET with the page its {@code pageNumber}
 * query asks for, as a function of that number decides (a server that ignores the number, jumps or
 * never ends is one line), and any POST with a created process. A page the function has no answer
 * for ({@code null}) is a 500, so a walk that goes too far ends in a failure instead of running on.
 */
final class ListingServer extends Dispatcher {
  private final IntFunction<String> pages;

  ListingServer(IntFunction<String> pages) {
    this.pages = pages;
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    if ("POST".equals(request.getMethod())) {
      return json(201, ProcessesTestSupport.process(900, 77, "erp-4711", null));
    }
    String body = pages.apply(pageNumber(request));
    return body == null
        ? new MockResponse()
            .setResponseCode(500)
            .setHeader("Content-Type", "application/problem+json")
            .setBody("{\"title\":\"no such page in this test\",\"status\":500}")
        : json(200, body);
  }

  private static MockResponse json(int status, String body) {
    return new MockResponse()
        .setResponseCode(status)
        .setHeader("Content-Type", "application/json")
        .setBody(body);
  }

  private static int pageNumber(RecordedRequest request) {
    HttpUrl url = request.getRequestUrl();
    String number = url == null ? null : url.queryParameter("pageNumber");
    return number == null ? 0 : Integer.parseInt(number);
  }

  /**
   * Everything the server received, in order, as {@code "GET 1"} (the page number asked for) or
   * {@code "POST /api/processes"}. Takes the requests off the server's queue.
   */
  static List<String> received(MockWebServer server) throws InterruptedException {
    List<String> received = new ArrayList<>();
    for (int i = server.getRequestCount(); i > 0; i--) {
      RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
      received.add(
          "GET".equals(request.getMethod())
              ? "GET " + pageNumber(request)
              : request.getMethod() + " " + request.getPath());
    }
    return received;
  }

  /**
   * A consistent page: {@code totalPages} worked out from {@code totalCount} and {@code pageSize},
   * the flags from the numbers.
   */
  static String pageOf(int pageNumber, int pageSize, int totalCount, String... items) {
    int totalPages = (totalCount + pageSize - 1) / pageSize;
    return envelope(pageNumber, pageSize, totalPages, totalCount, pageNumber < totalPages, items);
  }

  /** A page with every member given as is. */
  static String envelope(
      int pageNumber,
      int pageSize,
      int totalPages,
      int totalCount,
      boolean hasNextPage,
      String... items) {
    return "{\"items\":["
        + String.join(",", items)
        + "],\"pageNumber\":"
        + pageNumber
        + ",\"pageSize\":"
        + pageSize
        + ",\"totalPages\":"
        + totalPages
        + ",\"totalCount\":"
        + totalCount
        + ",\"hasPreviousPage\":"
        + (pageNumber > 1)
        + ",\"hasNextPage\":"
        + hasNextPage
        + "}";
  }

  /** A page without any paging member: only its items. */
  static String itemsOnly(String... items) {
    return "{\"items\":[" + String.join(",", items) + "]}";
  }
}

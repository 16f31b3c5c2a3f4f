package io.github.facilioo4j.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okio.BufferedSink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SandboxRecordingTest {
  FaciliooSandbox sandbox;
  SandboxHttp http;

  @BeforeEach
  void start() {
    sandbox = FaciliooSandbox.builder().validToken("secret-token-42").start();
    http = new SandboxHttp(sandbox.baseUrl(), "secret-token-42");
  }

  @AfterEach
  void stop() {
    http.close();
    sandbox.close();
  }

  @Test
  void recordsMethodPathQueryHeadersAndBodyInArrivalOrder() throws Exception {
    http.get(
        "/api/units/5/processes?pageNumber=2&pageSize=3&q=a%20b", "x-client-name", "acme-erp-sync");
    http.post("/api/processes", SandboxProcessesTest.VALID, "api-version", "2.0");

    List<RecordedRequest> requests = sandbox.recordedRequests();
    assertEquals(2, requests.size());
    assertEquals(2, sandbox.requestCount());
    RecordedRequest list = requests.get(0);
    assertEquals(1, list.sequenceNumber());
    assertEquals("GET", list.method());
    assertEquals("/api/units/5/processes", list.path());
    assertEquals("pageNumber=2&pageSize=3&q=a%20b", list.query());
    assertEquals("2", list.queryParameter("pageNumber").get());
    assertEquals("a b", list.queryParameter("q").get());
    assertEquals("acme-erp-sync", list.header("X-Client-Name").get());
    assertEquals("Bearer secret-token-42", list.header("authorization").get());
    assertEquals("", list.body());

    RecordedRequest create = sandbox.takeRequest();
    assertEquals(list.toString(), create.toString());
    create = sandbox.takeRequest();
    assertEquals("POST", create.method());
    assertEquals(SandboxProcessesTest.VALID, create.body());
    assertEquals("2.0", create.header("api-version").get());
    assertFalse(sandbox.takeRequest(Duration.ofMillis(1)).isPresent());
  }

  @Test
  void toStringMasksTheAuthorizationHeaderAndOmitsTheBody() throws Exception {
    http.post("/api/auth/login", "{\"password\":\"hunter2\"}", "Cookie", "session=abc");

    String text = sandbox.takeRequest().toString();

    assertFalse(text.contains("secret-token-42"), text);
    assertFalse(text.contains("hunter2"), text);
    assertFalse(text.contains("session=abc"), text);
    assertTrue(text.contains("Authorization=[masked]"), text);
    assertTrue(text.contains("POST /api/auth/login"), text);
  }

  @Test
  void resetForgetsRecordedRequestsProcessesAndUnits() throws Exception {
    sandbox.seedUnit(501, 77);
    http.post("/api/processes", SandboxProcessesTest.VALID);

    sandbox.reset();

    assertTrue(sandbox.recordedRequests().isEmpty());
    assertTrue(sandbox.processes().isEmpty());
    // Units are forgotten too: any unit is accepted again, and ids start over.
    assertEquals(
        1,
        http.post("/api/processes", SandboxProcessesTest.VALID.replace("501", "9"))
            .json()
            .get("id")
            .asInt());
  }

  @Test
  void readsChunkedRequestBodies() throws Exception {
    RequestBody chunked =
        new RequestBody() {
          @Override
          public MediaType contentType() {
            return SandboxHttp.JSON;
          }

          @Override
          public long contentLength() {
            return -1; // unknown length: OkHttp streams it chunked
          }

          @Override
          public void writeTo(BufferedSink sink) throws java.io.IOException {
            sink.writeUtf8(SandboxProcessesTest.VALID.substring(0, 20));
            sink.flush();
            sink.writeUtf8(SandboxProcessesTest.VALID.substring(20));
          }
        };

    SandboxHttp.Result r =
        http.call(new Request.Builder().url(sandbox.baseUrl() + "/api/processes").post(chunked));

    assertEquals(200, r.status);
    RecordedRequest recorded = sandbox.takeRequest();
    assertEquals("chunked", recorded.header("Transfer-Encoding").get());
    assertEquals(SandboxProcessesTest.VALID, recorded.body());
  }

  @Test
  void servesSeveralRequestsOnOneKeptAliveConnectionIncludingExpectContinue() throws Exception {
    String body = "{\"subject\":\"s\"}";
    try (Socket socket = new Socket("127.0.0.1", sandbox.port())) {
      OutputStream out = socket.getOutputStream();
      String auth = "Authorization: Bearer secret-token-42\r\n";
      out.write(
          ("GET /api/processes HTTP/1.1\r\nHost: x\r\n"
                  + auth
                  + "\r\n"
                  + "PATCH /api/processes/1 HTTP/1.1\r\nHost: x\r\n"
                  + auth
                  + "Content-Type: application/json\r\nExpect: 100-continue\r\n"
                  + "Content-Length: "
                  + body.length()
                  + "\r\n\r\n"
                  + body
                  + "GET /api/processes/1 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
                  + auth
                  + "\r\n")
              .getBytes(StandardCharsets.UTF_8));
      out.flush();
      String all = readAll(socket.getInputStream());

      assertTrue(all.startsWith("HTTP/1.1 200 OK\r\n"), all);
      // The JDK server writes its interim 100 Continue with a Content-Length: 0 header line.
      int interim = all.indexOf("HTTP/1.1 100 Continue\r\n");
      assertTrue(interim > 0 && all.indexOf("HTTP/1.1 404 Not Found\r\n") > interim, all);
      // Three responses plus the interim 100 Continue.
      assertEquals(4, all.split("HTTP/1.1 ", -1).length - 1);
      assertTrue(all.contains("Connection: close"), all);
    }
    assertEquals(3, sandbox.requestCount());
    assertEquals(body, sandbox.recordedRequests().get(1).body());
  }

  @Test
  void answersMalformedRequestsWith400AndClosesTheConnection() throws Exception {
    try (Socket socket = new Socket("127.0.0.1", sandbox.port())) {
      socket.getOutputStream().write("NONSENSE\r\n\r\n".getBytes(StandardCharsets.UTF_8));
      String all = readAll(socket.getInputStream());
      assertTrue(all.startsWith("HTTP/1.1 400 Bad Request\r\n"), all);
      // The JDK server refuses it before the sandbox sees it, so it carries no x-request-id.
      assertTrue(all.contains("Connection: close"), all);
    }
    assertEquals(200, http.get("/api/processes").status);
  }

  static String readAll(InputStream in) throws java.io.IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    byte[] chunk = new byte[4096];
    for (int n; (n = in.read(chunk)) > 0; ) {
      buffer.write(chunk, 0, n);
    }
    return buffer.toString(StandardCharsets.UTF_8);
  }
}

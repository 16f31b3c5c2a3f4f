package io.github.facilioo4j.core.internal.mapping;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.facilioo4j.core.http.HttpHeaders;
import io.github.facilioo4j.core.http.HttpResponse;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Reading sizes its array from what the stream holds; the bytes and the bound stay as before. */
class BodiesTest {
  /**
   * A stream over data that says it holds {@code available} bytes and reads {@code chunk} at once.
   */
  private static final class Stream extends InputStream {
    private final byte[] data;
    private final int available;
    private final int chunk;
    private int at;

    Stream(byte[] data, int available, int chunk) {
      this.data = data;
      this.available = available;
      this.chunk = chunk;
    }

    @Override
    public int read() {
      return at < data.length ? data[at++] & 0xff : -1;
    }

    @Override
    public int read(byte[] into, int offset, int length) {
      if (at == data.length) {
        return -1;
      }
      int n = Math.min(Math.min(length, chunk), data.length - at);
      System.arraycopy(data, at, into, offset, n);
      at += n;
      return n;
    }

    @Override
    public int available() {
      return Math.min(available, data.length - at);
    }
  }

  @Test
  void everySizeComesBackExactlyHoweverTheStreamDeliversIt() throws Exception {
    Random random = new Random(7);
    for (int size : new int[] {0, 1, 255, 256, 257, 8191, 8192, 8193, 56_214, 100_000}) {
      byte[] data = new byte[size];
      random.nextBytes(data);
      // Says nothing; says all; says a part and trickles; says more than it has.
      int[][] modes = {{0, 8192}, {size, 8192}, {3, 7}, {size + 100, 1 << 20}};
      for (int[] mode : modes) {
        byte[] read = Bodies.read(new Stream(data, mode[0], mode[1]));
        assertArrayEquals(data, read, () -> size + " bytes, mode " + mode[0] + "/" + mode[1]);
      }
    }
  }

  @Test
  void anEndlessBodyStopsOneByteOverTheLimit() throws Exception {
    InputStream endless =
        new InputStream() {
          @Override
          public int read() {
            return 'x';
          }

          @Override
          public int available() {
            return 4096;
          }
        };

    assertEquals(Bodies.MAX_BYTES + 1, Bodies.read(endless).length);
  }

  @Test
  void aBodyAlreadyInMemoryIsReturnedWithoutASecondCopy() throws Exception {
    byte[] body = "{\"id\":42}".getBytes(StandardCharsets.UTF_8);
    InMemoryResponse buffered = new InMemoryResponse(200, HttpHeaders.empty(), body);

    assertSame(body, Bodies.read(buffered));
    assertArrayEquals(body, buffered.bodyBytes());
  }

  @Test
  void aStreamedBodyIsReadBounded() throws Exception {
    byte[] body = "{\"id\":42}".getBytes(StandardCharsets.UTF_8);
    HttpResponse streamed =
        new HttpResponse() {
          @Override
          public int statusCode() {
            return 200;
          }

          @Override
          public HttpHeaders headers() {
            return HttpHeaders.empty();
          }

          @Override
          public InputStream body() {
            return new Stream(body, 0, 4);
          }

          @Override
          public byte[] bodyBytes() {
            throw new AssertionError("the unbounded read must not be used");
          }

          @Override
          public void close() {}
        };

    assertArrayEquals(body, Bodies.read(streamed));
  }
}

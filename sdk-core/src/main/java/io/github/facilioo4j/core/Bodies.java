package io.github.facilioo4j.core;

import io.github.facilioo4j.core.http.HttpResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/** Reads response bodies with a bound, so that no answer can exhaust the heap. Thread-safe. */
final class Bodies {
  /**
   * The largest body the SDK reads: 32 MiB, far above a full page of 100 processes with long
   * reports, far below what would threaten a typical heap.
   */
  public static final int MAX_BYTES = 32 * 1024 * 1024;

  private Bodies() {}

  /**
   * Reads a response's body like {@link #read(InputStream)}; a body the SDK already holds in memory
   * (the retry layer reads idempotent answers ahead) is returned as it is instead of being copied a
   * second time. The caller must not change the returned array.
   *
   * @param response the response; not closed by this method
   * @return the bytes, at most {@link #MAX_BYTES} plus one
   * @throws IOException when reading fails
   */
  public static byte[] read(HttpResponse response) throws IOException {
    if (response instanceof InMemoryResponse) {
      return ((InMemoryResponse) response).bytes();
    }
    return read(response.body());
  }

  /**
   * Reads a stream to its end, but never more than {@link #MAX_BYTES} plus one byte; a longer body
   * comes back cut at that length, so callers can tell that it was over the limit.
   *
   * @param in the body; not closed by this method
   * @return the bytes read
   * @throws IOException when reading fails
   */
  public static byte[] read(InputStream in) throws IOException {
    // One array sized by what the stream already holds (usually the whole body), grown by doubling
    // only when more arrives, and returned without a copy when it fits exactly. A stream and an
    // 8 KiB buffer per call made reading the body most of what a call allocated.
    int limit = MAX_BYTES + 1;
    byte[] buffer = new byte[Math.min(Math.max(in.available(), 256), limit)];
    int size = 0;
    while (true) {
      if (size == buffer.length) {
        if (size == limit) {
          break;
        }
        int next = in.read();
        if (next == -1) {
          break;
        }
        buffer = Arrays.copyOf(buffer, (int) Math.min(2L * size, limit));
        buffer[size++] = (byte) next;
        continue;
      }
      int n = in.read(buffer, size, buffer.length - size);
      if (n == -1) {
        break;
      }
      size += n;
    }
    return size == buffer.length ? buffer : Arrays.copyOf(buffer, size);
  }
}

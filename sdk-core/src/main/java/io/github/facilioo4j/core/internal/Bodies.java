package io.github.facilioo4j.core.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads response bodies with a bound, so that no answer can exhaust the heap. Thread-safe. */
public final class Bodies {
  /**
   * The largest body the SDK reads: 32 MiB, far above a full page of 100 processes with long
   * reports, far below what would threaten a typical heap.
   */
  public static final int MAX_BYTES = 32 * 1024 * 1024;

  private Bodies() {}

  /**
   * Reads a stream to its end, but never more than {@link #MAX_BYTES} plus one byte; a longer body
   * comes back cut at that length, so callers can tell that it was over the limit.
   *
   * @param in the body; not closed by this method
   * @return the bytes read
   * @throws IOException when reading fails
   */
  public static byte[] read(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    long limit = MAX_BYTES + 1L;
    int n;
    while (out.size() < limit
        && (n = in.read(buffer, 0, (int) Math.min(buffer.length, limit - out.size()))) != -1) {
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }
}

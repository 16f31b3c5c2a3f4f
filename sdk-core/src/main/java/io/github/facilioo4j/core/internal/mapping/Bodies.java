package io.github.facilioo4j.core.internal.mapping;

import io.github.facilioo4j.core.http.HttpResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/** Reads response bodies with a bound, so that no answer can exhaust the heap. Thread-safe. */
public final class Bodies {
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
    HttpResponse unwrapped = Redaction.unwrap(response);
    if (unwrapped instanceof InMemoryResponse) {
      return ((InMemoryResponse) unwrapped).bytes();
    }
    return read(unwrapped.body());
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

  /**
   * Tells in which charset a body is written: the {@code charset} parameter of its {@code
   * Content-Type} when it names a supported charset; else a byte order mark (UTF-8, UTF-16,
   * UTF-32); else, for a body that starts like JSON in UTF-16 or UTF-32 (RFC 4627, section 3), that
   * encoding; else UTF-8.
   *
   * @param contentType the {@code Content-Type} header; may be {@code null}
   * @param body the body; must not be {@code null}
   * @return the charset; never {@code null}
   */
  public static Charset charset(@Nullable String contentType, byte[] body) {
    if (contentType != null) {
      for (String param : contentType.split(";")) {
        String p = param.trim();
        if (p.regionMatches(true, 0, "charset=", 0, 8)) {
          String name = p.substring(8).trim().replace("\"", "");
          try {
            return Charset.forName(name);
          } catch (RuntimeException e) { // illegal or unsupported name: look at the bytes
            break;
          }
        }
      }
    }
    return sniff(body);
  }

  private static Charset sniff(byte[] b) {
    int n = b.length;
    if (n >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xFF) == 0xFE && (b[3] & 0xFF) == 0xFF) {
      return named("UTF-32BE");
    }
    if (n >= 4 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE && b[2] == 0 && b[3] == 0) {
      return named("UTF-32LE");
    }
    if (n >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return StandardCharsets.UTF_16; // reads and drops the byte order mark
    }
    if (n >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return StandardCharsets.UTF_16;
    }
    if (n >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0 && b[3] != 0) {
      return named("UTF-32BE");
    }
    if (n >= 4 && b[0] != 0 && b[1] == 0 && b[2] == 0 && b[3] == 0) {
      return named("UTF-32LE");
    }
    if (n >= 2 && b[0] == 0 && b[1] != 0) {
      return StandardCharsets.UTF_16BE;
    }
    if (n >= 2 && b[0] != 0 && b[1] == 0) {
      return StandardCharsets.UTF_16LE;
    }
    return StandardCharsets.UTF_8;
  }

  private static Charset named(String name) {
    try {
      return Charset.forName(name);
    } catch (RuntimeException e) { // a JRE without the extended charsets
      return StandardCharsets.UTF_8;
    }
  }
}

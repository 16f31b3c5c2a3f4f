package io.github.facilioo4j.core.internal;

/**
 * Checks once per class loader that the Jackson and OkHttp on the class path are at least the
 * oldest versions the SDK is tested with, so that an old version fails when a client is created,
 * with a message naming the version needed, instead of with a {@code NoSuchMethodError} on the
 * first error response.
 *
 * <p>Stateless apart from the immutable result of the one check; thread-safe.
 */
public final class DependencyFloors {
  /** The oldest jackson-databind and jackson-core the SDK supports. */
  public static final String JACKSON_FLOOR = "2.13.0";

  /** The oldest OkHttp the SDK supports. */
  public static final String OKHTTP_FLOOR = "4.9.0";

  private static final String PROBLEM =
      problem(
          com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString(),
          com.fasterxml.jackson.core.json.PackageVersion.VERSION.toString(),
          okHttpVersion());

  private DependencyFloors() {}

  /**
   * Fails if a dependency on the class path is older than the SDK supports.
   *
   * @throws IllegalStateException naming the library, the version found and the version needed
   */
  public static void check() {
    if (PROBLEM != null) {
      throw new IllegalStateException(PROBLEM);
    }
  }

  /**
   * Describes what is too old, or returns {@code null} when all versions are supported. An
   * unreadable version counts as supported: only a version known to be too old fails.
   */
  static String problem(String databind, String jacksonCore, String okHttp) {
    StringBuilder out = new StringBuilder();
    tooOld(out, "com.fasterxml.jackson.core:jackson-databind", databind, JACKSON_FLOOR);
    tooOld(out, "com.fasterxml.jackson.core:jackson-core", jacksonCore, JACKSON_FLOOR);
    tooOld(out, "com.squareup.okhttp3:okhttp", okHttp, OKHTTP_FLOOR);
    return out.length() == 0 ? null : out.toString();
  }

  private static void tooOld(StringBuilder out, String library, String found, String floor) {
    if (found == null || compare(found, floor) >= 0) {
      return;
    }
    out.append(out.length() == 0 ? "The facilioo SDK needs " : "; it also needs ")
        .append(library)
        .append(' ')
        .append(floor)
        .append(" or newer, but the class path has ")
        .append(found);
  }

  /** Compares the leading numbers of two versions ("2.13.4.2", "4.9.0-RC1"): negative if a < b. */
  static int compare(String a, String b) {
    int[] x = numbers(a);
    int[] y = numbers(b);
    for (int i = 0; i < 3; i++) {
      if (x[i] != y[i]) {
        return Integer.compare(x[i], y[i]);
      }
    }
    return 0;
  }

  private static int[] numbers(String version) {
    int[] out = new int[3];
    int part = 0;
    for (int i = 0; i < version.length() && part < 3; i++) {
      char c = version.charAt(i);
      if (c >= '0' && c <= '9') {
        out[part] = Math.min(out[part] * 10 + (c - '0'), 1_000_000);
      } else if (c == '.') {
        part++;
      } else {
        break;
      }
    }
    return out;
  }

  /**
   * OkHttp 4 and 5 name their version in {@code okhttp3.OkHttp.VERSION}, a compile-time constant,
   * so it is read reflectively to see the version at run time rather than the one compiled against.
   * OkHttp 3 has no such class.
   */
  private static String okHttpVersion() {
    try {
      Object version = Class.forName("okhttp3.OkHttp").getField("VERSION").get(null);
      return version instanceof String ? (String) version : null;
    } catch (ClassNotFoundException e) {
      return "3.x";
    } catch (ReflectiveOperationException | LinkageError | SecurityException e) {
      return null;
    }
  }
}

package io.github.facilioo4j.core;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The SDK's own version, for the {@code User-Agent} header. */
final class SdkVersion {
  static final String VALUE = read();

  private SdkVersion() {}

  private static String read() {
    try (InputStream in = SdkVersion.class.getResourceAsStream("sdk.properties")) {
      if (in != null) {
        Properties properties = new Properties();
        properties.load(in);
        String version = properties.getProperty("version", "").trim();
        if (!version.isEmpty() && !version.startsWith("${")) {
          return version;
        }
      }
    } catch (IOException e) {
      // Fall through to the manifest.
    }
    Package pkg = SdkVersion.class.getPackage();
    String version = pkg == null ? null : pkg.getImplementationVersion();
    return version == null || version.trim().isEmpty() ? "unknown" : version.trim();
  }

  static String userAgent() {
    return "facilioo-java/" + VALUE;
  }
}

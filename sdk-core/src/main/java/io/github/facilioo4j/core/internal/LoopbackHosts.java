package io.github.facilioo4j.core.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The one rule for which hosts may be reached over plain {@code http}: {@code localhost}, a literal
 * address in {@code 127.0.0.0/8}, and {@code [::1]}. The rule is decided from the text alone, never
 * with a DNS lookup, so a name such as {@code api.localhost} or {@code 127.0.0.1.example.com},
 * which a resolver may map anywhere, is not loopback. Stateless and thread-safe.
 */
public final class LoopbackHosts {
  private LoopbackHosts() {}

  /**
   * Tells whether a host is a loopback host by the SDK's rule.
   *
   * @param host a host name or literal address, IPv6 with or without brackets; {@code null} is not
   *     loopback
   * @return whether the host is {@code localhost} (any case), a dotted-decimal {@code 127.x.y.z}
   *     without leading zeros, or {@code ::1}
   */
  public static boolean isLoopback(@Nullable String host) {
    if (host == null) {
      return false;
    }
    String h = host.toLowerCase(Locale.ROOT);
    if (h.startsWith("[") && h.endsWith("]")) {
      return isIpv6Loopback(h.substring(1, h.length() - 1));
    }
    return h.equals("localhost") || isIpv4Loopback(h) || isIpv6Loopback(h);
  }

  /**
   * Tells whether a host is the name {@code localhost}, which the SDK resolves itself.
   *
   * @param host a host name; {@code null} is not
   * @return whether it is {@code localhost}, in any case
   */
  public static boolean isLocalhostName(@Nullable String host) {
    return "localhost".equalsIgnoreCase(host);
  }

  /**
   * Returns the addresses {@code localhost} stands for, loopback addresses only: those the JVM's
   * own name service gives (the hosts file, in the JVM's order, as OkHttp would have used them),
   * without anything that is not loopback, or the JVM's loopback address when that leaves none. An
   * application's OkHttp resolver is never asked, and no answer can lead off this machine.
   *
   * @return one or more addresses in {@code 127.0.0.0/8} or {@code ::1}; never empty
   */
  public static List<InetAddress> localhostAddresses() {
    List<InetAddress> loopback = new ArrayList<>(2);
    try {
      for (InetAddress address : InetAddress.getAllByName("localhost")) {
        if (address.isLoopbackAddress()) {
          loopback.add(address);
        }
      }
    } catch (UnknownHostException e) {
      // No name service answer: the JVM's loopback address below.
    }
    if (loopback.isEmpty()) {
      loopback.add(InetAddress.getLoopbackAddress());
    }
    return loopback;
  }

  private static boolean isIpv4Loopback(String h) {
    String[] parts = h.split("\\.", -1);
    if (parts.length != 4 || !parts[0].equals("127")) {
      return false;
    }
    for (String part : parts) {
      if (!isOctet(part)) {
        return false;
      }
    }
    return true;
  }

  /**
   * A decimal 0-255 as a resolver reads it: no sign, no leading zero (which some read as octal).
   */
  private static boolean isOctet(String part) {
    if (part.isEmpty() || part.length() > 3 || (part.length() > 1 && part.charAt(0) == '0')) {
      return false;
    }
    for (int i = 0; i < part.length(); i++) {
      if (part.charAt(i) < '0' || part.charAt(i) > '9') {
        return false;
      }
    }
    return Integer.parseInt(part) <= 255;
  }

  private static boolean isIpv6Loopback(String h) {
    return h.equals("::1") || h.equals("0:0:0:0:0:0:0:1");
  }
}

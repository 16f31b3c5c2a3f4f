package io.github.facilioo4j.core;

import io.github.facilioo4j.core.internal.LoopbackHosts;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Collections;
import java.util.List;
import okhttp3.Dns;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * Makes a loopback base URL reach this machine, whatever the OkHttp client the SDK derives from is
 * set up with. Plain {@code http} is allowed for loopback hosts only ({@link LoopbackHosts}), so
 * the bearer token must not leave the machine on that path: {@code localhost} is answered without a
 * resolver (a custom {@link Dns}, such as DNS over HTTPS or a corporate resolver, could map it
 * anywhere), and no proxy is used for a loopback host. Other hosts use the client's own resolver
 * and proxy settings unchanged. Literal addresses never reach a resolver in OkHttp. Thread-safe.
 */
final class LoopbackRoutes {
  private LoopbackRoutes() {}

  /**
   * Installs the loopback rules on a builder.
   *
   * @param builder the builder of the SDK's client
   * @param source the client the builder came from, or {@code null} for OkHttp's defaults
   */
  static void apply(OkHttpClient.Builder builder, @Nullable OkHttpClient source) {
    Dns dns = source == null ? Dns.SYSTEM : source.dns();
    if (!(dns instanceof LocalhostDns)) {
      builder.dns(new LocalhostDns(dns));
    }
    Proxy fixed = source == null ? null : source.proxy();
    ProxySelector selector = source == null ? ProxySelector.getDefault() : source.proxySelector();
    if (fixed != null || !(selector instanceof DirectForLoopback)) {
      // A fixed proxy would override any selector, so it becomes the selector's answer instead.
      builder.proxy(null).proxySelector(new DirectForLoopback(fixed, selector));
    }
  }

  /** Answers {@code localhost} itself and asks the application's resolver for anything else. */
  static final class LocalhostDns implements Dns {
    private final Dns delegate;

    LocalhostDns(Dns delegate) {
      this.delegate = delegate;
    }

    @Override
    public List<InetAddress> lookup(String hostname) throws UnknownHostException {
      if (LoopbackHosts.isLocalhostName(hostname)) {
        return LoopbackHosts.localhostAddresses();
      }
      return delegate.lookup(hostname);
    }
  }

  /** Connects to loopback hosts directly; asks the application's proxy settings for the rest. */
  static final class DirectForLoopback extends ProxySelector {
    private static final List<Proxy> DIRECT = Collections.singletonList(Proxy.NO_PROXY);

    private final Proxy fixed;
    private final ProxySelector delegate;

    DirectForLoopback(Proxy fixed, ProxySelector delegate) {
      this.fixed = fixed;
      this.delegate = delegate;
    }

    @Override
    public List<Proxy> select(URI uri) {
      if (LoopbackHosts.isLoopback(uri.getHost())) {
        return DIRECT;
      }
      if (fixed != null) {
        return Collections.singletonList(fixed);
      }
      return delegate == null ? DIRECT : delegate.select(uri);
    }

    @Override
    public void connectFailed(URI uri, SocketAddress address, IOException failure) {
      if (fixed == null && delegate != null) {
        delegate.connectFailed(uri, address, failure);
      }
    }
  }
}

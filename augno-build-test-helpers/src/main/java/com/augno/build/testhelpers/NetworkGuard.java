package com.augno.build.testhelpers;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Refuses, before any socket opens, every connection a test JVM tries to make to a non-loopback
 * address.
 *
 * <p>It works without a {@code SecurityManager} (JDK 24 and later have none) by installing a default
 * {@link ProxySelector}. Every client that honours the default selector consults it before it
 * connects: {@code java.net.Socket} (through its SOCKS layer, for {@code socket://} URIs),
 * {@code HttpURLConnection} (the AWS SDK's url-connection client), OkHttp, and gRPC's proxy
 * detector. A host that is not {@code localhost} or a loopback literal makes {@link #select} throw
 * {@link NetworkGuardException}, so the call fails fast with the guard's message. Name resolution is
 * closed off separately: the test JVMs run with {@code -Djdk.net.hosts.file} pointing at a file that
 * maps only {@code localhost}, so a cloud-metadata host name cannot even be resolved.
 *
 * <p>What it cannot see: raw NIO {@code SocketChannel} connections that skip the proxy selector. The
 * SDK's clients do not use them; the disabled metadata probes ({@code aws.disableEc2Metadata},
 * {@code NO_GCE_CHECK}) are the second line for the cloud SDKs.
 */
public final class NetworkGuard extends ProxySelector {
    private static final Object LOCK = new Object();
    private static @Nullable NetworkGuard installed;

    private final ProxySelector delegate;

    private NetworkGuard(ProxySelector delegate) {
        this.delegate = delegate;
    }

    /** Installs the guard as the JVM's default proxy selector; calling it again does nothing. */
    public static void install() {
        synchronized (LOCK) {
            ProxySelector current = ProxySelector.getDefault();
            if (current instanceof NetworkGuard) {
                return;
            }
            NetworkGuard guard = new NetworkGuard(current != null ? current : NoProxy.INSTANCE);
            ProxySelector.setDefault(guard);
            installed = guard;
        }
    }

    /** Returns true when the guard is the JVM's default proxy selector. */
    public static boolean isInstalled() {
        synchronized (LOCK) {
            return installed != null && ProxySelector.getDefault() == installed;
        }
    }

    /**
     * Returns true when {@code host} is {@code localhost}, an IPv4 loopback literal
     * ({@code 127.0.0.0/8}) or the IPv6 loopback literal; no name is resolved to decide.
     */
    public static boolean isLoopback(@Nullable String host) {
        if (host == null || host.isEmpty()) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        if (h.equals("localhost") || h.endsWith(".localhost")) {
            return true;
        }
        if (!isIpLiteral(h)) {
            return false;
        }
        try {
            // A literal is parsed, never looked up.
            return InetAddress.getByName(h).isLoopbackAddress();
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isIpLiteral(String h) {
        if (h.indexOf(':') >= 0) {
            return h.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == ':' || c == '.');
        }
        return !h.isEmpty() && h.chars().allMatch(c -> (c >= '0' && c <= '9') || c == '.');
    }

    @Override
    public List<Proxy> select(URI uri) {
        String host = uri.getHost();
        if (host == null) {
            // socket://host:port URIs with odd hosts still carry an authority.
            String authority = uri.getAuthority();
            host = authority == null ? null : authority.replaceFirst(":\\d+$", "");
        }
        if (!isLoopback(host)) {
            throw new NetworkGuardException("Network guard: refused a connection to " + host + " (" + uri.getScheme()
                    + "): tests may only reach loopback (localhost, 127.0.0.0/8, [::1])");
        }
        return delegate.select(uri);
    }

    @Override
    public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
        delegate.connectFailed(uri, sa, ioe);
    }

    /** Thrown by the guard when a test tries to leave loopback. */
    public static final class NetworkGuardException extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        NetworkGuardException(String message) {
            super(message);
        }
    }

    private static final class NoProxy extends ProxySelector {
        static final NoProxy INSTANCE = new NoProxy();

        @Override
        public List<Proxy> select(URI uri) {
            return List.of(Proxy.NO_PROXY);
        }

        @Override
        public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {}
    }
}

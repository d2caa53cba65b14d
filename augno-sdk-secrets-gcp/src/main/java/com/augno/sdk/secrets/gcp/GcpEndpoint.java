package com.augno.sdk.secrets.gcp;

import com.augno.sdk.errors.ConfigurationException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * A Secret Manager endpoint other than the default: {@code https://host[:port]} (TLS, normal
 * credentials) or {@code http://<loopback>:port} (plaintext gRPC without credentials, for local
 * emulators and tests). Plain http anywhere but loopback is refused: it would send tokens and
 * secrets in clear text.
 */
final class GcpEndpoint {
    private final String text;
    private final String host;
    private final int port;
    private final boolean plaintext;

    private GcpEndpoint(String text, String host, int port, boolean plaintext) {
        this.text = text;
        this.host = host;
        this.port = port;
        this.plaintext = plaintext;
    }

    static GcpEndpoint parse(String text) {
        URI uri;
        try {
            uri = new URI(text.trim());
        } catch (URISyntaxException e) {
            throw invalid(text, "it is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            throw invalid(text, "it names no host");
        }
        if (uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw invalid(text, "it has user info, a query or a fragment");
        }
        String path = uri.getRawPath();
        if (path != null && !path.isEmpty() && !path.equals("/")) {
            throw invalid(text, "gRPC endpoints have no path");
        }
        switch (scheme) {
            case "https":
                return new GcpEndpoint(text.trim(), host, uri.getPort() < 0 ? 443 : uri.getPort(), false);
            case "http":
                if (!isLoopback(host)) {
                    throw invalid(text, "plain http (plaintext gRPC) is allowed on loopback only; use https");
                }
                if (uri.getPort() < 0) {
                    throw invalid(text, "a plaintext loopback endpoint needs a port");
                }
                return new GcpEndpoint(text.trim(), host, uri.getPort(), true);
            default:
                throw invalid(text, "use https://host[:port], or http://127.0.0.1:<port> for a local emulator");
        }
    }

    static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost")
                || h.equals("[::1]")
                || h.equals("::1")
                || h.matches("127\\.[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}");
    }

    private static ConfigurationException invalid(String text, String why) {
        return new ConfigurationException("The gcp-sm endpoint '" + text + "' is not usable: " + why + ".");
    }

    /** Returns {@code host:port}, the gRPC target. */
    String target() {
        return (host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host) + ":" + port;
    }

    /** Returns true for plaintext gRPC without credentials (loopback emulators). */
    boolean plaintext() {
        return plaintext;
    }

    @Override
    public String toString() {
        return text;
    }
}

package com.augno.sdk.secrets.gcp.internal;

import com.augno.sdk.errors.ConfigurationException;
import com.augno.sdk.internal.secrets.StoreEndpoints;
import java.net.URI;

/**
 * Not API. A Secret Manager endpoint other than the default: {@code https://host[:port]} (TLS, normal
 * credentials) or {@code http://<loopback>:port} (plaintext gRPC without credentials, for local
 * emulators and tests). Plain http anywhere but loopback is refused: it would send tokens and
 * secrets in clear text.
 */
public final class GcpEndpoint {
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

    /**
     * Parses an endpoint with the shared store-endpoint rule ({@code https}, or {@code http} on
     * loopback only), then adds gRPC's: no path, and a port for plaintext.
     */
    public static GcpEndpoint parse(String text, String reference) {
        URI uri = StoreEndpoints.parse(text, reference, StoreEndpoints.GCP_SECRET_MANAGER);
        String path = uri.getRawPath();
        if (path != null && !path.isEmpty() && !path.equals("/")) {
            throw invalid(text, "gRPC endpoints have no path");
        }
        String host = uri.getHost();
        if (uri.getScheme().equalsIgnoreCase("https")) {
            return new GcpEndpoint(text.trim(), host, uri.getPort() < 0 ? 443 : uri.getPort(), false);
        }
        if (uri.getPort() < 0) {
            throw invalid(text, "a plaintext loopback endpoint needs a port");
        }
        return new GcpEndpoint(text.trim(), host, uri.getPort(), true);
    }

    private static ConfigurationException invalid(String text, String why) {
        return new ConfigurationException("The gcp-sm endpoint '" + text + "' is not usable: " + why + ".");
    }

    /** Returns {@code host:port}, the gRPC target ({@code URI.getHost()} keeps IPv6 brackets). */
    public String target() {
        return host + ":" + port;
    }

    /** Returns true for plaintext gRPC without credentials (loopback emulators). */
    public boolean plaintext() {
        return plaintext;
    }

    @Override
    public String toString() {
        return text;
    }
}

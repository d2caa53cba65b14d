package com.augno.sdk.internal.secrets;

import com.augno.sdk.errors.ConfigurationException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Not API: the rule for a secret store's {@code endpoint=} parameter, shared by {@code aws-sm} and
 * {@code gcp-sm}: {@code https} to any host, or {@code http} to a loopback host only (local
 * emulators and tests; for {@code gcp-sm} it means plaintext gRPC without credentials).
 */
public final class StoreEndpoints {
    private StoreEndpoints() {}

    /**
     * Parses and checks an endpoint.
     *
     * @param endpoint the parameter's value
     * @param reference the reference it came from (log-safe), for the message
     * @return the endpoint as a URI with scheme and host
     * @throws ConfigurationException if it is not an absolute {@code https} or loopback {@code http}
     *     URL, or carries user info, a query or a fragment
     */
    public static URI parse(String endpoint, String reference) {
        URI uri;
        try {
            uri = new URI(endpoint.trim());
        } catch (URISyntaxException e) {
            throw new ConfigurationException("The endpoint of secret reference " + reference
                    + " is not a URL. Use https://host[:port] (or http://localhost:port for a local emulator).");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost();
        if (host == null || host.isEmpty() || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new ConfigurationException("The endpoint of secret reference " + reference
                    + " must be an absolute URL: https://host[:port] (or http://localhost:port for a local emulator).");
        }
        if (uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new ConfigurationException("The endpoint of secret reference " + reference
                    + " must not carry user info, a query or a fragment.");
        }
        if (scheme.equals("http") && !isLoopbackHost(host)) {
            throw new ConfigurationException("The endpoint of secret reference " + reference
                    + " uses plain http to a host that is not loopback (" + host
                    + "). Use https, or http only to localhost, 127.0.0.1 or [::1].");
        }
        return uri;
    }

    /**
     * Returns true for {@code localhost}, {@code *.localhost}, {@code 127.0.0.0/8} and {@code ::1},
     * judged from the text alone (no name lookup).
     */
    public static boolean isLoopbackHost(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        if (h.equals("localhost") || h.endsWith(".localhost")) {
            return true;
        }
        if (h.equals("::1") || h.equals("0:0:0:0:0:0:0:1")) {
            return true;
        }
        String[] parts = h.split("\\.", -1);
        if (parts.length != 4 || !parts[0].equals("127")) {
            return false;
        }
        for (String p : parts) {
            if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return false;
            }
            if (Integer.parseInt(p) > 255) {
                return false;
            }
        }
        return true;
    }
}

package com.augno.sdk.secrets.aws;

import com.augno.sdk.errors.ConfigurationException;
import java.net.URI;
import java.util.Locale;

/** Checks a store endpoint: {@code https}, or {@code http} on loopback only (DESIGN section 4). */
final class Endpoints {
    private Endpoints() {}

    /**
     * Returns {@code endpoint} when it is safe.
     *
     * @throws ConfigurationException if it is neither https nor loopback http, carries user info, a
     *     query or a fragment, or has no host
     */
    static URI requireSafe(URI endpoint) {
        String scheme = endpoint.getScheme() == null ? "" : endpoint.getScheme().toLowerCase(Locale.ROOT);
        String host = endpoint.getHost();
        if (host == null || host.isEmpty()) {
            throw new ConfigurationException(
                    "The AWS endpoint '" + endpoint + "' has no host; expected e.g. https://vpce-....amazonaws.com");
        }
        if (endpoint.getRawUserInfo() != null || endpoint.getRawQuery() != null || endpoint.getRawFragment() != null) {
            throw new ConfigurationException("The AWS endpoint for host " + host
                    + " must be scheme://host[:port][/path] without user info, query or fragment.");
        }
        if ("https".equals(scheme)) {
            return endpoint;
        }
        if ("http".equals(scheme) && isLoopback(host)) {
            return endpoint;
        }
        throw new ConfigurationException("The AWS endpoint '" + endpoint + "' must be https, or http on a loopback"
                + " host (localhost, 127.0.0.1, [::1]) for local emulators and tests.");
    }

    /** Decides on the text alone; no name is resolved. */
    static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        return "localhost".equals(h)
                || h.matches("127(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}")
                || "::1".equals(h)
                || "0:0:0:0:0:0:0:1".equals(h);
    }
}

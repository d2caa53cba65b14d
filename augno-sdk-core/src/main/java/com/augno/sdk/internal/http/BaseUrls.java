package com.augno.sdk.internal.http;

import com.augno.sdk.errors.ConfigurationException;
import java.net.UnknownHostException;
import java.util.Locale;
import okhttp3.HttpUrl;

/** Not API. Checks a configured base URL: https, or plain http on loopback only. */
public final class BaseUrls {
    private BaseUrls() {}

    /**
     * Parses and checks a base URL; the result ends with {@code /}.
     *
     * @throws ConfigurationException if it is not an absolute http(s) URL, carries user info, a
     *     query or a fragment, or is plain http on a host that is not loopback
     */
    public static HttpUrl parse(String value) {
        String v = value.trim();
        HttpUrl url = HttpUrl.parse(v);
        if (url == null) {
            throw new ConfigurationException(
                    "baseUrl is not an absolute http(s) URL: '" + v + "' (expected e.g. https://api.augno.com)");
        }
        if (!url.username().isEmpty() || !url.password().isEmpty()) {
            throw new ConfigurationException("baseUrl must not contain user info (user:password@); it is not shown"
                    + " here in case it holds a secret");
        }
        if (url.query() != null || url.fragment() != null) {
            throw new ConfigurationException("baseUrl must not have a query or fragment: " + url.host());
        }
        if (url.scheme().equals("http") && !isLoopback(url.host())) {
            throw new ConfigurationException("baseUrl must use https: " + v + " (plain http is allowed only for"
                    + " loopback hosts localhost, 127.0.0.0/8 and [::1], for local tests)");
        }
        if (!url.encodedPath().endsWith("/")) {
            url = url.newBuilder().encodedPath(url.encodedPath() + "/").build();
        }
        return url;
    }

    /** The API's two public hosts: the same API answers at both (it was renamed OpenMRP in 2026). */
    static final String AUGNO_HOST = "api.augno.com";

    static final String OPENMRP_HOST = "api.openmrp.ai";

    /**
     * Returns a hint for a failure that looks like a DNS failure ({@link UnknownHostException}
     * anywhere in the cause chain) on one of the API's two hosts, naming the other; else "".
     */
    static String otherHostHint(Throwable failure, String host) {
        String other = host.equalsIgnoreCase(AUGNO_HOST)
                ? OPENMRP_HOST
                : host.equalsIgnoreCase(OPENMRP_HOST) ? AUGNO_HOST : null;
        if (other == null) {
            return "";
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof UnknownHostException) {
                return ". The name " + host + " did not resolve (DNS); the same API answers at " + other
                        + ": set AUGNO_BASE_URL=https://" + other + " (or baseUrl(\"https://" + other + "\")) if "
                        + host + " stays unreachable";
            }
        }
        return "";
    }

    /** Returns true for {@code localhost}, {@code 127.0.0.0/8} and {@code ::1}. */
    static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.equals("localhost") || h.equals("::1")) {
            return true;
        }
        String[] parts = h.split("\\.", -1);
        if (parts.length != 4 || !parts[0].equals("127")) {
            return false;
        }
        for (String p : parts) {
            if (p.isEmpty() || p.length() > 3 || !allDigits(p) || Integer.parseInt(p) > 255) {
                return false;
            }
        }
        return true;
    }

    private static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}

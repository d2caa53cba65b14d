package com.augno.sdk.testing.internal;

import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** What the engine needs of an incoming HTTP request, independent of WireMock. */
public final class FakeRequest {
    final String method;
    final String path;
    final String rawQuery;
    final byte[] body;
    final String clientIp;
    private final Function<String, @Nullable String> headers;

    /**
     * Creates a request view.
     *
     * @param method the HTTP method, upper case
     * @param url the path and query string as received
     * @param headers looks a header up by name (case-insensitive), null when absent
     * @param body the body, empty when none
     * @param clientIp the peer address
     */
    public FakeRequest(
            String method, String url, Function<String, @Nullable String> headers, byte[] body, String clientIp) {
        this.method = method;
        int q = url.indexOf('?');
        this.path = q < 0 ? url : url.substring(0, q);
        this.rawQuery = q < 0 ? "" : url.substring(q + 1);
        this.headers = headers;
        this.body = body;
        this.clientIp = clientIp;
    }

    @Nullable
    String header(String name) {
        String v = headers.apply(name);
        return v == null || v.isEmpty() ? null : v;
    }
}

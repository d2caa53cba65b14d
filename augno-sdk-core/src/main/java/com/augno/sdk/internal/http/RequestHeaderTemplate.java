package com.augno.sdk.internal.http;

import com.augno.sdk.secrets.ApiKey;
import java.util.Map;
import okhttp3.Request;
import org.jspecify.annotations.Nullable;

/**
 * Not API. The request headers every call of one client sends, prepared once: {@code
 * Authorization}, then {@code OpenMRP-Version}, {@code Augno-Version}, {@code User-Agent}, {@code
 * Accept} and the optional account as both {@code OpenMRP-Account} and {@code Augno-Account}, then
 * the call's {@code Idempotency-Key} and its own headers, which replace any of these by name
 * (ignoring case). The same headers, in the same order, that each call used to assemble.
 *
 * <p>The {@code Authorization} value ({@code "Bearer "} and the key) is kept for the last key seen
 * and made again only when the key changes. It is never logged and not part of {@link
 * #toString()}. Thread-safe: the cached value is immutable and replaced whole.
 */
final class RequestHeaderTemplate {
    /** Names and values, alternating; distinct names, so each is added without a search. */
    private final String[] fixed;

    private volatile @Nullable Bearer bearer;

    RequestHeaderTemplate(ClientConfig config) {
        String account = config.account();
        // Both header brands with the same value: the API was renamed OpenMRP; whichever name the
        // gateway reads, it finds the version (and the account).
        String[] common = {
            "OpenMRP-Version", config.apiVersion(),
            "Augno-Version", config.apiVersion(),
            "User-Agent", config.userAgent(),
            "Accept", "application/json"
        };
        if (account == null) {
            fixed = common;
        } else {
            fixed = new String[common.length + 4];
            System.arraycopy(common, 0, fixed, 0, common.length);
            fixed[common.length] = "OpenMRP-Account";
            fixed[common.length + 1] = account;
            fixed[common.length + 2] = "Augno-Account";
            fixed[common.length + 3] = account;
        }
    }

    /**
     * Adds the headers of one attempt to {@code b}. OkHttp checks each name and value as it is added,
     * as before, so an unusable value still fails the call, not the client's construction.
     */
    void addTo(Request.Builder b, ApiKey key, @Nullable String idempotencyKey, Map<String, String> overrides) {
        b.header("Authorization", authorization(key));
        String[] f = fixed;
        for (int i = 0; i < f.length; i += 2) {
            b.addHeader(f[i], f[i + 1]);
        }
        if (idempotencyKey != null) {
            b.header("Idempotency-Key", idempotencyKey);
        }
        for (Map.Entry<String, String> h : overrides.entrySet()) {
            b.header(h.getKey(), h.getValue());
        }
    }

    /** Returns {@code "Bearer " + key}, made once per key. */
    String authorization(ApiKey key) {
        Bearer b = bearer;
        if (b == null || (b.key != key && !b.key.sameKeyAs(key))) {
            b = new Bearer(key);
            bearer = b;
        }
        return b.value;
    }

    /** Shows the header names only. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("RequestHeaderTemplate(Authorization");
        for (int i = 0; i < fixed.length; i += 2) {
            s.append(", ").append(fixed[i]);
        }
        return s.append(')').toString();
    }

    /** A key and its {@code Authorization} value. Not a record: its toString must not show either. */
    private static final class Bearer {
        final ApiKey key;
        final String value;

        Bearer(ApiKey key) {
            this.key = key;
            this.value = "Bearer " + key.reveal();
        }

        @Override
        public String toString() {
            return "Bearer(key=" + key.redacted() + ")";
        }
    }
}

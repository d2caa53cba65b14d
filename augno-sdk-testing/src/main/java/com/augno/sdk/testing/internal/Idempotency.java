package com.augno.sdk.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * {@code Idempotency-Key} as the server implements it. Only POST and PATCH take part. A key is
 * scoped to the actor, the target account, the method, the route and the key itself; the payload
 * hash covers the path, the query string and the body. The first request claims the key; while it
 * runs, the same key is {@code 409 idempotency_in_progress}; with another payload it is {@code 400
 * validation_failed} of type {@code idempotency_error}. A finished answer (status and body, at most
 * 64 KiB) is replayed with {@code Idempotent-Replayed: true}; a {@code 429}, a {@code 5xx} or a
 * larger body releases the key so that a retry runs again.
 */
final class Idempotency {
    /** The largest response body the server stores for replay. */
    static final int MAX_STORED_BODY = 64 * 1024;

    private final Map<String, Entry> entries = new HashMap<>();
    private volatile boolean replayRevealsKeySecret;

    /** A claimed key: in progress until {@link #finish}, then a stored answer. */
    static final class Entry {
        final String fingerprint;
        boolean done;
        int status;
        byte[] body = new byte[0];
        boolean hasKeySecret;

        Entry(String fingerprint) {
            this.fingerprint = fingerprint;
        }
    }

    Idempotency(boolean replayRevealsKeySecret) {
        this.replayRevealsKeySecret = replayRevealsKeySecret;
    }

    void setReplayRevealsKeySecret(boolean reveal) {
        this.replayRevealsKeySecret = reveal;
    }

    /** The scope a request's key lives in, or null when the request does not take part. */
    static @Nullable String scope(Ctx ctx, Route route) {
        String idemKey = ctx.idempotencyKey;
        String m = ctx.req.method;
        if (idemKey == null || !(m.equals("POST") || m.equals("PATCH"))) {
            return null;
        }
        return ctx.key().id + "\n" + ctx.account().id + "\n" + route.key + "\n" + idemKey;
    }

    /**
     * Claims {@code scope} for this request, or returns the stored answer to replay.
     *
     * @return null when the key is new (now claimed), else the finished entry
     * @throws ApiError if the key was used with another payload, or its first request still runs
     */
    synchronized @Nullable Entry claim(String scope, FakeRequest req) {
        String fp = fingerprint(req);
        Entry e = entries.get(scope);
        if (e == null) {
            entries.put(scope, new Entry(fp));
            return null;
        }
        if (!e.fingerprint.equals(fp)) {
            throw new ApiError(
                    400,
                    "validation_failed",
                    "This Idempotency-Key was already used with a different request payload.",
                    "Idempotency-Key",
                    false,
                    Map.of(),
                    "idempotency_error");
        }
        if (!e.done) {
            throw new ApiError(
                    409,
                    "idempotency_in_progress",
                    "A request with this Idempotency-Key is still being processed; retry shortly.",
                    "Idempotency-Key",
                    true);
        }
        return e;
    }

    /** Stores the answer of a claimed key, or releases it (429, 5xx, a body over 64 KiB). */
    synchronized void finish(String scope, int status, byte[] body, boolean hasKeySecret) {
        Entry e = entries.get(scope);
        if (e == null) {
            return;
        }
        if (status == 429 || status >= 500 || body.length > MAX_STORED_BODY) {
            entries.remove(scope);
            return;
        }
        e.status = status;
        e.body = body;
        e.hasKeySecret = hasKeySecret;
        e.done = true;
    }

    /** Releases a claimed key whose request ended without an answer to store. */
    synchronized void release(String scope) {
        Entry e = entries.get(scope);
        if (e != null && !e.done) {
            entries.remove(scope);
        }
    }

    /** The response a replay sends: the stored one, a key's secret nulled unless configured. */
    FakeResponse response(Entry r) {
        byte[] body = r.body;
        if (r.hasKeySecret && !replayRevealsKeySecret) {
            JsonNode node = Json.parse(body);
            if (node instanceof ObjectNode) {
                ((ObjectNode) node).set("api_key_secret", NullNode.getInstance());
                body = Json.bytes(node);
            }
        }
        FakeResponse out = new FakeResponse(r.status, body);
        out.headers.put("Content-Type", "application/json");
        out.headers.put("Idempotent-Replayed", "true");
        return out;
    }

    /** The payload hash: path, query string and body. */
    private static String fingerprint(FakeRequest req) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            d.update(req.path.getBytes(StandardCharsets.UTF_8));
            d.update((byte) '?');
            d.update(req.rawQuery.getBytes(StandardCharsets.UTF_8));
            d.update((byte) '\n');
            d.update(req.body);
            return Base64.getEncoder().encodeToString(d.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

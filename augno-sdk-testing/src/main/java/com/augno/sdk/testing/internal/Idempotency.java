package com.augno.sdk.testing.internal;

import com.augno.sdk.testing.internal.Model.Replay;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** {@code Idempotency-Key} handling: stored answers, replays, and reuse with another request. */
final class Idempotency {
    private final Map<String, Replay> replays = new HashMap<>();
    private volatile boolean replayRevealsKeySecret;

    Idempotency(boolean replayRevealsKeySecret) {
        this.replayRevealsKeySecret = replayRevealsKeySecret;
    }

    void setReplayRevealsKeySecret(boolean reveal) {
        this.replayRevealsKeySecret = reveal;
    }

    /** The scope a request's key is stored under, or null when the request is not idempotent. */
    static @Nullable String scope(Ctx ctx) {
        String idemKey = ctx.idempotencyKey;
        String m = ctx.req.method;
        if (idemKey == null || !(m.equals("POST") || m.equals("PATCH"))) {
            return null;
        }
        return ctx.account().id + "\n" + idemKey;
    }

    /**
     * Returns the stored answer for {@code scope}, or null when the key is new.
     *
     * @throws ApiError if the key was used with a different request
     */
    @Nullable
    Replay find(String scope, FakeRequest req) {
        Replay r = replays.get(scope);
        if (r == null) {
            return null;
        }
        if (!r.method.equals(req.method) || !r.path.equals(req.path) || !r.bodyFingerprint.equals(fingerprint(req))) {
            throw new ApiError(
                    400,
                    "parameter_invalid",
                    "This Idempotency-Key was already used with a different request.",
                    "Idempotency-Key",
                    false);
        }
        return r;
    }

    void remember(String scope, FakeRequest req, int status, byte[] body, boolean hasKeySecret) {
        replays.put(scope, new Replay(req.method, req.path, fingerprint(req), status, body, hasKeySecret));
    }

    /** The response a replay sends: the stored one, a key's secret nulled unless configured. */
    FakeResponse response(Replay r) {
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

    private static String fingerprint(FakeRequest req) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            d.update(req.body);
            return Base64.getEncoder().encodeToString(d.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package com.augno.sdk.testing.internal;

import com.augno.sdk.testing.internal.Model.Key;
import com.augno.sdk.testing.internal.Model.RequestLog;
import com.augno.sdk.testing.internal.Route.Result;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Writes the request log of every answered request, with secrets redacted: body fields named like
 * passwords, secrets or tokens, and the {@code api_key_secret} of a created key.
 */
final class RequestLogRecorder {
    private final Store store;

    RequestLogRecorder(Store store) {
        this.store = store;
    }

    void record(
            Ctx ctx,
            @Nullable Route route,
            int status,
            @Nullable ApiError error,
            @Nullable JsonNode responseBody,
            long startNanos) {
        RequestLog log = new RequestLog(ctx.logId, store.nextSeq());
        Key k = ctx.key;
        log.actor = k;
        log.account = k == null ? null : k.account;
        log.method = ctx.req.method;
        String host = ctx.req.header("Host");
        log.host = host == null ? "" : host;
        log.path = ctx.req.path;
        log.route = route == null ? ctx.req.path : route.template;
        log.listed = route == null || route.listed;
        log.status = status;
        log.apiVersion = Gatekeeper.apiVersion(ctx.req);
        log.clientIp = ctx.req.clientIp;
        log.userAgent = ctx.req.header("User-Agent");
        log.referrer = ctx.req.header("Referer");
        log.idempotencyKey = ctx.idempotencyKey;
        if (error != null) {
            log.errorCode = error.code;
            log.errorMessage = error.getMessage();
        }
        ObjectNode q = Json.object();
        for (String[] pair : ctx.query.rawPairs) {
            q.put(decode(pair[0]), decode(pair[1]));
        }
        log.queryParams = q;
        JsonNode raw = ctx.rawBody;
        log.requestBody = raw == null ? null : redactFields(raw.deepCopy());
        log.responseBody = responseBody;
        log.occurredAt = ctx.now;
        log.createdAt = ctx.now;
        log.latencyUs = Math.max(1, (System.nanoTime() - startNanos) / 1000);
        store.addRequestLog(log);
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    private static JsonNode redactFields(JsonNode node) {
        if (node instanceof ObjectNode) {
            ObjectNode o = (ObjectNode) node;
            List<String> names = new ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            for (String n : names) {
                String lower = n.toLowerCase(Locale.ROOT);
                if (lower.contains("password") || lower.contains("secret") || lower.contains("token")) {
                    o.put(n, "[REDACTED]");
                } else {
                    redactFields(o.get(n));
                }
            }
        } else if (node instanceof ArrayNode) {
            for (JsonNode c : node) {
                redactFields(c);
            }
        }
        return node;
    }

    /** The body to log for a handler's answer: a created key's secret redacted. */
    static JsonNode loggable(Result result) {
        return result.hasKeySecret ? redactSecret(result.body) : result.body;
    }

    /** Returns a copy of a created-key body whose {@code api_key_secret} is redacted. */
    static JsonNode redactSecret(JsonNode body) {
        JsonNode copy = body.deepCopy();
        if (copy instanceof ObjectNode) {
            JsonNode secret = copy.get("api_key_secret");
            if (secret != null && secret.isTextual()) {
                String s = secret.asText();
                ((ObjectNode) copy).put("api_key_secret", s.substring(0, 12) + "****" + s.substring(s.length() - 4));
            }
        }
        return copy;
    }
}

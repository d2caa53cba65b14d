package com.augno.sdk.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/** Reading and checking a request's JSON body: parsing, required and optional typed fields. */
final class BodyFields {
    private static final Set<String> ACTIONS = Set.of("create", "read", "update", "delete");

    private BodyFields() {}

    /** Parses the body into {@code ctx.body}; an absent body stays an empty object. */
    static void parse(Ctx ctx) {
        byte[] b = ctx.req.body;
        if (b.length == 0) {
            return;
        }
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(b);
        } catch (IOException e) {
            throw new ApiError(400, "invalid_format", "The request body is not valid JSON.", null, false);
        }
        if (node == null || node.isMissingNode()) {
            return;
        }
        if (!node.isObject()) {
            throw new ApiError(400, "invalid_format", "The request body must be a JSON object.", null, false);
        }
        ctx.body = (ObjectNode) node;
        ctx.rawBody = node;
    }

    static String requireString(ObjectNode body, String field) {
        JsonNode n = body.get(field);
        if (n == null || n.isNull()) {
            throw ApiError.missingField(field);
        }
        if (!n.isTextual() || n.asText().isBlank()) {
            throw ApiError.invalid(field, "it must be a non-empty string");
        }
        return n.asText();
    }

    static @Nullable String optString(ObjectNode body, String field) {
        JsonNode n = body.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isTextual()) {
            throw ApiError.invalid(field, "it must be a string");
        }
        return n.asText();
    }

    static @Nullable Instant optInstant(ObjectNode body, String field) {
        String s = optString(body, field);
        if (s == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            throw new ApiError(400, "invalid_format", field + " must be an RFC 3339 timestamp.", field, false);
        }
    }

    static String optEnum(ObjectNode body, String field, String dflt, Set<String> allowed) {
        String v = optString(body, field);
        if (v == null) {
            return dflt;
        }
        if (!allowed.contains(v)) {
            throw ApiError.invalid(field, "'" + v + "' is not one of " + new TreeSet<>(allowed));
        }
        return v;
    }

    /** A decimal string field; the empty string when optional and absent. */
    static String decimal(ObjectNode body, String field, boolean required, boolean nonZero) {
        String v = required ? requireString(body, field) : optString(body, field);
        if (v == null) {
            return "";
        }
        BigDecimal n;
        try {
            n = new BigDecimal(v);
        } catch (NumberFormatException e) {
            throw new ApiError(400, "invalid_format", field + " must be a decimal string.", field, false);
        }
        if (nonZero && n.signum() == 0) {
            throw ApiError.invalid(field, "it must not be zero");
        }
        return v;
    }

    /** Checks a {@code code:action} permission string against the catalog. */
    static void checkPermission(String p, String param) {
        int colon = p.indexOf(':');
        if (colon < 0
                || !ACTIONS.contains(p.substring(colon + 1))
                || !PermissionCatalog.CODES.contains(p.substring(0, colon))) {
            throw ApiError.invalid(
                    param, "'" + p + "' is not a permission (code:action, action one of create, read, update, delete)");
        }
    }
}

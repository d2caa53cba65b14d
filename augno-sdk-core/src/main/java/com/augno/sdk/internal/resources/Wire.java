package com.augno.sdk.internal.resources;

import com.augno.sdk.http.RequestInput;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Not API: encodes parameter values for the wire. Timestamps as RFC 3339, decimals as plain
 * strings (full precision), open enums and value types as their raw string. (Query values are
 * encoded by {@code ApiRequest.Builder.query}.)
 */
public final class Wire {
    private Wire() {}

    /** An input object nested in a request body (an address, a quantity). */
    public interface Encodable {
        /** Returns the fields that were set, keyed by wire name; explicit nulls for cleared ones. */
        Map<String, @Nullable Object> wireValues();
    }

    /**
     * Returns a JSON body from set values. Built as a tree so that an explicit {@code null} (PATCH
     * "clear") is written: the shared mapper leaves nulls out of maps and beans.
     */
    public static ObjectNode body(Map<String, @Nullable Object> values) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, @Nullable Object> e : values.entrySet()) {
            out.set(e.getKey(), encode(e.getValue()));
        }
        return out;
    }

    private static JsonNode encode(@Nullable Object value) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (value == null) {
            return f.nullNode();
        }
        if (value instanceof String) {
            return f.textNode((String) value);
        }
        if (value instanceof Boolean) {
            return f.booleanNode((Boolean) value);
        }
        if (value instanceof BigDecimal) {
            return f.textNode(((BigDecimal) value).toPlainString());
        }
        if (value instanceof Long || value instanceof Integer) {
            return f.numberNode(((Number) value).longValue());
        }
        if (value instanceof Instant) {
            return f.textNode(value.toString());
        }
        if (value instanceof List) {
            ArrayNode out = f.arrayNode();
            for (Object each : (List<?>) value) {
                out.add(encode(each));
            }
            return out;
        }
        if (value instanceof Encodable) {
            return body(((Encodable) value).wireValues());
        }
        if (value instanceof RequestInput) {
            return body(((RequestInput) value).wireValues());
        }
        if (value instanceof JsonNode) {
            return (JsonNode) value;
        }
        if (value instanceof Double || value instanceof Float) {
            return f.numberNode(((Number) value).doubleValue());
        }
        if (value instanceof Map) {
            ObjectNode out = f.objectNode();
            for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
                out.set(String.valueOf(e.getKey()), encode(e.getValue()));
            }
            return out;
        }
        return f.textNode(value.toString());
    }
}

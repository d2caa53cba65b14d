package com.augno.sdk.internal.resources;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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

    /** Returns a JSON body (maps, lists, strings, numbers, booleans, nulls) from set values. */
    public static Map<String, @Nullable Object> body(Map<String, @Nullable Object> values) {
        Map<String, @Nullable Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, @Nullable Object> e : values.entrySet()) {
            out.put(e.getKey(), encode(e.getValue()));
        }
        return out;
    }

    private static @Nullable Object encode(@Nullable Object value) {
        if (value == null || value instanceof String || value instanceof Boolean) {
            return value;
        }
        if (value instanceof BigDecimal) {
            return ((BigDecimal) value).toPlainString();
        }
        if (value instanceof Number) {
            return value;
        }
        if (value instanceof Instant) {
            return value.toString();
        }
        if (value instanceof List) {
            List<@Nullable Object> out = new ArrayList<>();
            for (Object each : (List<?>) value) {
                out.add(encode(each));
            }
            return out;
        }
        if (value instanceof Encodable) {
            return body(((Encodable) value).wireValues());
        }
        return value.toString();
    }
}

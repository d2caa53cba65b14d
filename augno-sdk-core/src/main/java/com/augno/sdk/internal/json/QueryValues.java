package com.augno.sdk.internal.json;

import com.augno.sdk.model.OpenEnum;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Not API. Turns query parameter values into the strings the live API expects (LIVE-API.md section
 * 0): arrays comma-joined under the bare name, maps as {@code name[key]}, timestamps RFC 3339,
 * open enums by their raw value, decimals in plain notation.
 */
public final class QueryValues {
    private QueryValues() {}

    /**
     * Appends the query pairs for {@code name} = {@code value} to {@code out}; a null, empty
     * optional or empty collection adds nothing.
     */
    public static void append(List<Map.Entry<String, String>> out, String name, @Nullable Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof Optional) {
            append(out, name, ((Optional<?>) value).orElse(null));
            return;
        }
        if (value instanceof Map) {
            for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
                append(out, name + "[" + e.getKey() + "]", e.getValue());
            }
            return;
        }
        if (value instanceof Collection || value instanceof Object[]) {
            Collection<?> items = value instanceof Collection ? (Collection<?>) value : List.of((Object[]) value);
            List<String> parts = new ArrayList<>(items.size());
            for (Object item : items) {
                if (item != null) {
                    parts.add(scalar(item));
                }
            }
            if (!parts.isEmpty()) {
                out.add(Map.entry(name, String.join(",", parts)));
            }
            return;
        }
        out.add(Map.entry(name, scalar(value)));
    }

    /** Returns the query string form of a single value. */
    public static String scalar(Object value) {
        if (value instanceof String) {
            return (String) value;
        }
        if (value instanceof OpenEnum) {
            return ((OpenEnum<?>) value).value();
        }
        if (value instanceof BigDecimal) {
            return ((BigDecimal) value).toPlainString();
        }
        if (value instanceof Number || value instanceof Boolean || value instanceof Character) {
            return value.toString();
        }
        if (value instanceof Instant) {
            return DateTimeFormatter.ISO_INSTANT.format((Instant) value);
        }
        if (value instanceof OffsetDateTime) {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format((OffsetDateTime) value);
        }
        if (value instanceof ZonedDateTime) {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(((ZonedDateTime) value).toOffsetDateTime());
        }
        if (value instanceof LocalDate) {
            return DateTimeFormatter.ISO_LOCAL_DATE.format((LocalDate) value);
        }
        // Enums and other value types: their JSON form (honours @JsonValue / @JsonProperty).
        JsonNode node = Json.mapper().valueToTree(value);
        return node.isValueNode() ? node.asText() : node.toString();
    }
}

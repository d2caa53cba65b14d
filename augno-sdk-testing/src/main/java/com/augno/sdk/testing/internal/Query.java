package com.augno.sdk.testing.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A parsed query string: {@code name[]} and {@code name} merge; lists are comma-joined. */
final class Query {
    private final Map<String, List<String>> values = new LinkedHashMap<>();
    /** Raw (still encoded) pairs in order, to rebuild page URLs. */
    final List<String[]> rawPairs = new ArrayList<>();

    Query(String rawQuery) {
        if (rawQuery.isEmpty()) {
            return;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String rawName = eq < 0 ? pair : pair.substring(0, eq);
            String rawValue = eq < 0 ? "" : pair.substring(eq + 1);
            rawPairs.add(new String[] {rawName, rawValue});
            String name = decode(rawName);
            if (name.endsWith("[]")) {
                name = name.substring(0, name.length() - 2);
            }
            values.computeIfAbsent(name, k -> new ArrayList<>()).add(decode(rawValue));
        }
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiError.invalid("query", "it is not properly URL-encoded");
        }
    }

    @Nullable
    String one(String name) {
        List<String> v = values.get(name);
        if (v == null || v.isEmpty() || v.get(0).isEmpty()) {
            return null;
        }
        return v.get(v.size() - 1);
    }

    /** Returns every value of a list parameter (repeated or comma-joined), without empties. */
    List<String> list(String name) {
        List<String> v = values.get(name);
        if (v == null) {
            return Collections.emptyList();
        }
        List<String> out = new ArrayList<>();
        for (String s : v) {
            for (String part : s.split(",")) {
                String t = part.trim();
                if (!t.isEmpty()) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    Set<String> set(String name) {
        return new LinkedHashSet<>(list(name));
    }

    /** The parameter names sent ({@code name[]} counted as {@code name}). */
    Set<String> names() {
        return values.keySet();
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    @Nullable
    Instant instant(String name) {
        String v = one(name);
        if (v == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException e) {
            throw new ApiError(400, "invalid_format", name + " must be an RFC 3339 timestamp.", name, false);
        }
    }

    @Nullable
    Long longValue(String name) {
        String v = one(name);
        if (v == null) {
            return null;
        }
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new ApiError(400, "invalid_format", name + " must be an integer.", name, false);
        }
    }
}

package com.augno.sdk.http;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;

/**
 * The headers of an Augno API response, with accessors for the ones the API documents: the
 * request id, {@code RateLimit-Limit}, {@code RateLimit-Remaining}, {@code RateLimit-Reset} and
 * {@code Idempotent-Replayed}. Names are case-insensitive. Immutable.
 */
public final class ResponseHeaders {
    private static final ResponseHeaders EMPTY = new ResponseHeaders(new TreeMap<>());

    private final Map<String, List<String>> values;

    private ResponseHeaders(TreeMap<String, List<String>> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    /** Returns headers with no entries. */
    public static ResponseHeaders empty() {
        return EMPTY;
    }

    /** Returns headers holding a copy of {@code headers} (names compared ignoring case). */
    public static ResponseHeaders of(Map<String, List<String>> headers) {
        Objects.requireNonNull(headers, "headers == null");
        TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Map.Entry<String, List<String>> e : headers.entrySet()) {
            List<String> values = List.copyOf(e.getValue());
            List<String> earlier = copy.putIfAbsent(e.getKey(), values);
            if (earlier != null) { // the same name in another case
                List<String> all = new ArrayList<>(earlier);
                all.addAll(values);
                copy.put(e.getKey(), List.copyOf(all));
            }
        }
        return new ResponseHeaders(copy);
    }

    /** Returns the first value of the header, if present. */
    public Optional<String> first(String name) {
        List<String> list = values.get(name);
        return list == null || list.isEmpty() ? Optional.empty() : Optional.of(list.get(0));
    }

    /** Returns every value of the header; empty if absent. */
    public List<String> all(String name) {
        List<String> list = values.get(name);
        return list == null ? List.of() : list;
    }

    /** Returns the header names. */
    public Set<String> names() {
        return values.keySet();
    }

    /** Returns every header, names compared ignoring case. */
    public Map<String, List<String>> asMap() {
        return values;
    }

    /**
     * Returns the request id, if present: {@code Request-ID} (the live API's name; names compare
     * ignoring case), else the older {@code X-Request-Id}, {@code OpenMRP-Request-Id} or
     * {@code Augno-Request-Id}.
     */
    public Optional<String> requestId() {
        for (String name : List.of("Request-ID", "X-Request-Id", "OpenMRP-Request-Id", "Augno-Request-Id")) {
            Optional<String> id = first(name);
            if (id.isPresent()) {
                return id;
            }
        }
        return Optional.empty();
    }

    /** Returns {@code RateLimit-Limit}: the requests allowed in the window. */
    public OptionalLong rateLimitLimit() {
        return longHeader("RateLimit-Limit");
    }

    /** Returns {@code RateLimit-Remaining}: the requests left in the window. */
    public OptionalLong rateLimitRemaining() {
        return longHeader("RateLimit-Remaining");
    }

    /** Returns {@code RateLimit-Reset}: seconds until the window resets. */
    public OptionalLong rateLimitReset() {
        return longHeader("RateLimit-Reset");
    }

    /** Returns true when {@code Idempotent-Replayed: true}: the response replays an earlier one. */
    public boolean idempotentReplayed() {
        Optional<String> v = first("Idempotent-Replayed");
        return v.isPresent() && v.get().trim().equalsIgnoreCase("true");
    }

    private OptionalLong longHeader(String name) {
        Optional<String> v = first(name);
        if (v.isEmpty()) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(v.get().trim()));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /** Shows the request id and the header names, not their values. */
    @Override
    public String toString() {
        return "ResponseHeaders(requestId=" + requestId().orElse(null) + ", names=" + values.keySet() + ")";
    }
}

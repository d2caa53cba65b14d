package com.augno.sdk.testing.internal;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.jspecify.annotations.Nullable;

/** The counters tests assert on: requests per route key, creations per {@code Idempotency-Key}. */
final class Counters {
    private final ConcurrentHashMap<String, LongAdder> requests = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, AtomicInteger> creations = new ConcurrentHashMap<>();

    void countRequest(String routeKey) {
        requests.computeIfAbsent(routeKey, k -> new LongAdder()).increment();
    }

    long requestCount(String routeKey) {
        LongAdder a = requests.get(routeKey);
        return a == null ? 0 : a.sum();
    }

    Map<String, Long> requestCounts() {
        Map<String, Long> out = new TreeMap<>();
        requests.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }

    /** Counts one created resource; creations without a key count under the empty string. */
    void countCreation(@Nullable String idempotencyKey) {
        creations
                .computeIfAbsent(idempotencyKey == null ? "" : idempotencyKey, x -> new AtomicInteger())
                .incrementAndGet();
    }

    int creationCount(String idempotencyKey) {
        AtomicInteger a = creations.get(idempotencyKey);
        return a == null ? 0 : a.get();
    }

    void reset() {
        requests.clear();
        creations.clear();
    }
}

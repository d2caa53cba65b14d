package com.augno.sdk.keys;

import com.augno.sdk.core.RequestLog;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Counts request logs per client IP and user agent. */
final class UsageTally {
    private static final class Acc {
        final Optional<String> ip;
        final Optional<String> userAgent;
        long count;
        Instant first;
        Instant last;

        Acc(RequestLog log) {
            this.ip = log.clientIp();
            this.userAgent = log.userAgent();
            this.first = log.occurredAt();
            this.last = log.occurredAt();
        }
    }

    private final Map<String, Acc> byCaller = new LinkedHashMap<>();
    private long total;

    void add(RequestLog log) {
        total++;
        String k = log.clientIp().orElse("") + "\u0000" + log.userAgent().orElse("");
        Acc acc = byCaller.computeIfAbsent(k, x -> new Acc(log));
        acc.count++;
        if (log.occurredAt().isBefore(acc.first)) {
            acc.first = log.occurredAt();
        }
        if (log.occurredAt().isAfter(acc.last)) {
            acc.last = log.occurredAt();
        }
    }

    long total() {
        return total;
    }

    /** Returns the usages, most recently seen first. */
    List<KeyUsage> usages() {
        List<KeyUsage> out = new ArrayList<>();
        for (Acc a : byCaller.values()) {
            out.add(KeyUsage.of(a.ip, a.userAgent, a.count, a.first, a.last));
        }
        out.sort(Comparator.comparing(KeyUsage::lastSeen).reversed());
        return out;
    }
}

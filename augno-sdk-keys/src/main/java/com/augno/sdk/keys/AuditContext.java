package com.augno.sdk.keys;

import com.augno.sdk.auth.ApiKeyInfo;
import com.augno.sdk.auth.ApiKeyStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** What every rule of one audit run sees: the reads, the audit's time and the thresholds. */
record AuditContext(
        AuditReads reads,
        Clock clock,
        Instant now,
        Instant since,
        Duration logWindow,
        Duration unusedAfter,
        Duration expiringWithin,
        int failureThreshold,
        IpAllowlist allowlist) {

    /** The items of a query (read without error: a failed read stops its rules first). */
    <T> List<T> items(AuditQuery<T> query) {
        return reads.get(query).items();
    }

    /** The keys active at the audit's time. */
    List<ApiKeyInfo> activeKeys() {
        return items(AuditQuery.API_KEYS).stream()
                .filter(k -> k.status(now).equals(ApiKeyStatus.ACTIVE))
                .toList();
    }
}

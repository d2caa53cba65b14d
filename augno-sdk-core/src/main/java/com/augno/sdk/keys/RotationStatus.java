package com.augno.sdk.keys;

import com.augno.sdk.auth.ApiKeyStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Who still uses a key being rotated out, so that ops can update every place before it dies. From
 * request logs filtered by the key's id.
 *
 * @param keyId the old key
 * @param keyName its name
 * @param keyRedacted its redacted value
 * @param status its status now
 * @param revokesAt when it stops (stopped) working, if a revocation is set
 * @param timeLeft how long it still works; empty when no revocation is set, zero when revoked
 * @param since the start of the log window
 * @param usages each client IP and user agent seen with the key, most recent first
 * @param requestCount all requests with the key in the window (that were read)
 * @param partial true when the page cap cut the log read short: there may be more users
 * @param checkedAt when this was read
 */
public record RotationStatus(
        String keyId,
        String keyName,
        String keyRedacted,
        ApiKeyStatus status,
        Optional<Instant> revokesAt,
        Optional<Duration> timeLeft,
        Instant since,
        List<KeyUsage> usages,
        long requestCount,
        boolean partial,
        Instant checkedAt) {

    /** Copies the usages. */
    public RotationStatus {
        usages = List.copyOf(usages);
    }

    /** Returns true when nothing used the key in the window (and the read was complete). */
    public boolean unused() {
        return usages.isEmpty() && !partial;
    }
}

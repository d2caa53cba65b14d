package com.augno.sdk.keys;

import static com.augno.sdk.keys.RotationSettings.PAGE_SIZE;

import com.augno.sdk.auth.ApiKeyInfo;
import com.augno.sdk.auth.ApiKeyService;
import com.augno.sdk.core.RequestLog;
import com.augno.sdk.core.RequestLogInclude;
import com.augno.sdk.core.RequestLogListParams;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Who still uses a key being rotated out: its request logs over a window, tallied by client IP
 * and user agent.
 */
final class RotationStatusReader {
    private final RotationSettings settings;

    RotationStatusReader(RotationSettings settings) {
        this.settings = settings;
    }

    /** See {@link KeyRotator#rotationStatus(String, Duration, int)}. */
    RotationStatus read(String oldKeyId, Duration window, int maxPages) {
        ApiKeyService.checkKeyId(oldKeyId);
        Instant now = settings.clock().instant();
        ApiKeyInfo info = settings.getKey(oldKeyId);
        Instant since = now.minus(window);
        RequestLogListParams params = RequestLogListParams.builder()
                .actorIds(oldKeyId)
                .startsAt(since)
                .limit(PAGE_SIZE)
                .include(RequestLogInclude.ACTOR, RequestLogInclude.ACTOR_ROLE)
                .build();
        Paging.Result<RequestLog> logs = Paging.read(
                () -> settings.client().requestLogs().list(params), maxPages, settings.sleeper(), pages -> {});
        UsageTally tally = new UsageTally();
        for (RequestLog log : logs.items()) {
            // The filter is server-side; this guards against a server that ignores it.
            if (log.actor().isPresent() && !log.actor().get().id().equals(oldKeyId)) {
                continue;
            }
            tally.add(log);
        }
        Optional<Instant> revokesAt = info.revokedAt();
        Optional<Duration> timeLeft = revokesAt.map(t -> t.isAfter(now) ? Duration.between(now, t) : Duration.ZERO);
        return RotationStatus.of(
                info.id(),
                info.name(),
                info.redactedValue(),
                info.status(now),
                revokesAt,
                timeLeft,
                since,
                tally.usages(),
                tally.total(),
                logs.partial(),
                now);
    }
}

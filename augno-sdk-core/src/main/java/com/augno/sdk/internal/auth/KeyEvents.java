package com.augno.sdk.internal.auth;

import com.augno.sdk.internal.observability.Listeners;
import com.augno.sdk.observability.KeyCacheEvent;
import com.augno.sdk.observability.KeyCacheEvent.Kind;
import com.augno.sdk.observability.KeyFailureKind;
import com.augno.sdk.secrets.ApiKey;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Not API. Builds the {@link KeyCache}'s events (redacted key and fingerprint only) and hands them
 * to the client's listeners; every method returns at once when there are none.
 */
final class KeyEvents {
    private final @Nullable Listeners listeners;
    private final String source;

    KeyEvents(@Nullable Listeners listeners, String source) {
        this.listeners = listeners;
        this.source = source;
    }

    void fetched(ApiKey key, @Nullable ApiKey previous) {
        Listeners l = listeners;
        if (l == null) {
            return;
        }
        l.onKeyCacheEvent(event(previous == null ? Kind.FETCHED : Kind.REFRESHED, key)
                .keyAge(Duration.ZERO)
                .build());
        if (previous != null && !previous.sameKeyAs(key)) {
            l.onKeyCacheEvent(event(Kind.KEY_CHANGED, key)
                    .previousRedactedKey(previous.redacted())
                    .build());
        }
    }

    void fetchFailed(RuntimeException failure, @Nullable ApiKey kept, int failures) {
        Listeners l = listeners;
        if (l != null) {
            l.onKeyCacheEvent(event(Kind.REFRESH_FAILED, kept)
                    .failureKind(KeyFailureKind.of(failure))
                    .consecutiveFailures(failures)
                    .build());
        }
    }

    void staleUsed(ApiKey key, @Nullable Instant fetchedAt, Instant now, int failures) {
        Listeners l = listeners;
        if (l != null) {
            l.onKeyCacheEvent(event(Kind.STALE_KEY_USED, key)
                    .keyAge(fetchedAt == null ? null : Duration.between(fetchedAt, now))
                    .consecutiveFailures(failures)
                    .build());
        }
    }

    void recoveryStarted(ApiKey rejected) {
        Listeners l = listeners;
        if (l != null) {
            l.onKeyCacheEvent(event(Kind.RECOVERY_STARTED, rejected).build());
        }
    }

    void recovered(ApiKey key, ApiKey rejected) {
        Listeners l = listeners;
        if (l != null) {
            l.onKeyCacheEvent(event(Kind.RECOVERY_SUCCEEDED, key)
                    .previousRedactedKey(rejected.redacted())
                    .build());
        }
    }

    /** {@code failure} is null when the store still holds the rejected key. */
    void recoveryFailed(ApiKey rejected, @Nullable Throwable failure) {
        Listeners l = listeners;
        if (l != null) {
            l.onKeyCacheEvent(event(Kind.RECOVERY_FAILED, rejected)
                    .failureKind(failure == null ? null : KeyFailureKind.of(failure))
                    .build());
        }
    }

    private KeyCacheEvent.Builder event(Kind kind, @Nullable ApiKey key) {
        return KeyCacheEvent.builder(kind, source)
                .key(key == null ? null : key.redacted(), key == null ? null : key.fingerprint());
    }
}

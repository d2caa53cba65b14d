package com.augno.spring.boot.health;

import com.augno.sdk.AugnoClient;
import com.augno.sdk.observability.KeyCacheStatus;
import java.util.Locale;
import java.util.Objects;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Reports the key cache of an {@link AugnoClient}, from memory: no probe ever calls the secret
 * store or the Augno API. {@code UP} while a key is usable (fresh, or stale within the stale
 * window, or none fetched yet), {@code DOWN} when the store fails and no usable key is left.
 * Details: {@code state} ({@code empty}, {@code fresh}, {@code stale}, {@code failing}), {@code
 * source}, {@code key} (redacted), {@code fingerprint}, {@code keyAgeSeconds}, {@code
 * staleForSeconds}, {@code consecutiveFailures}, {@code lastFailure}.
 */
public final class AugnoHealthIndicator implements HealthIndicator {
    private final AugnoClient client;

    /** Creates an indicator for {@code client}. */
    public AugnoHealthIndicator(AugnoClient client) {
        this.client = Objects.requireNonNull(client, "client == null");
    }

    @Override
    public Health health() {
        KeyCacheStatus s = client.keyCacheStatus();
        Health.Builder b = s.state() == KeyCacheStatus.State.FAILING ? Health.down() : Health.up();
        b.withDetail("state", s.state().name().toLowerCase(Locale.ROOT)).withDetail("source", s.source());
        s.redactedKey().ifPresent(k -> b.withDetail("key", k));
        s.fingerprint().ifPresent(f -> b.withDetail("fingerprint", f));
        s.keyAge().ifPresent(a -> b.withDetail("keyAgeSeconds", a.toSeconds()));
        if (!s.staleFor().isZero()) {
            b.withDetail("staleForSeconds", s.staleFor().toSeconds());
        }
        if (s.consecutiveFailures() > 0) {
            b.withDetail("consecutiveFailures", s.consecutiveFailures());
        }
        s.lastFailure().ifPresent(f -> b.withDetail("lastFailure", f.tagValue()));
        return b.build();
    }
}

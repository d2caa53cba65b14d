package com.augno.sdk.internal.http;

import com.augno.sdk.internal.auth.KeySource;
import com.augno.sdk.observability.KeyCacheStatus;
import com.augno.sdk.secrets.ApiKey;
import com.augno.sdk.secrets.SecretValue;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;

/** A key source with a current key and scripted replacements; records every rejected key. */
final class FakeKeySource implements KeySource {
    private ApiKey current;
    private final Deque<ApiKey> replacements = new ArrayDeque<>();
    final List<ApiKey> rejected = new CopyOnWriteArrayList<>();
    volatile boolean closed;

    FakeKeySource(String key) {
        this.current = key(key);
    }

    static ApiKey key(String value) {
        return ApiKey.parse(SecretValue.of(value), "fake-key-source");
    }

    /** The next replacementFor answers with this key. */
    synchronized FakeKeySource thenReplaceWith(String key) {
        replacements.add(key(key));
        return this;
    }

    @Override
    public synchronized ApiKey currentKey() {
        return current;
    }

    @Override
    public synchronized @Nullable ApiKey replacementFor(ApiKey rejectedKey) {
        rejected.add(rejectedKey);
        ApiKey next = replacements.poll();
        if (next != null) {
            current = next;
        }
        return next;
    }

    @Override
    public synchronized KeyCacheStatus status() {
        return new KeyCacheStatus(
                KeyCacheStatus.State.FRESH,
                "fake-key-source",
                current.redacted(),
                current.fingerprint(),
                null,
                null,
                Duration.ZERO,
                0,
                null);
    }

    @Override
    public void close() {
        closed = true;
    }
}

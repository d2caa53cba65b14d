package com.augno.sdk.internal.auth;

import com.augno.sdk.KeyMode;
import com.augno.sdk.errors.InvalidApiKeyException;
import com.augno.sdk.secrets.ApiKey;
import com.augno.sdk.secrets.SecretProvider;
import java.time.Clock;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The client's key cache: the {@link KeySource} behind every request. One per client.
 *
 * <p>Builder API is stable; the refresh-ahead, stale-serving and single-flight behaviour is
 * specified in DESIGN.md section 7.
 */
public final class KeyCache implements KeySource {
    private final SecretProvider provider;
    private final @Nullable KeyMode expectedMode;
    private final Object lock = new Object();
    private @Nullable ApiKey current;

    private KeyCache(Builder builder) {
        this.provider = builder.provider;
        this.expectedMode = builder.expectedMode;
    }

    /** Returns a builder for a cache over {@code provider}. */
    public static Builder builder(SecretProvider provider) {
        return new Builder(provider);
    }

    @Override
    public ApiKey currentKey() {
        synchronized (lock) {
            ApiKey key = current;
            if (key == null) {
                key = load();
                current = key;
            }
            return key;
        }
    }

    @Override
    public @Nullable ApiKey replacementFor(ApiKey rejected) {
        synchronized (lock) {
            ApiKey key = current;
            if (key != null && !key.sameKeyAs(rejected)) {
                return key;
            }
            ApiKey fresh = load();
            current = fresh;
            return fresh.sameKeyAs(rejected) ? null : fresh;
        }
    }

    private ApiKey load() {
        ApiKey key = ApiKey.parse(provider.fetch(), provider.description());
        if (expectedMode != null && key.mode() != expectedMode) {
            throw new InvalidApiKeyException(
                    provider.description(),
                    "it is a " + key.mode().configName() + " key but the client is configured for "
                            + expectedMode.configName() + " keys");
        }
        return key;
    }

    @Override
    public void close() {
        provider.close();
    }

    /** Builds a {@link KeyCache}. */
    public static final class Builder {
        private final SecretProvider provider;
        private @Nullable KeyMode expectedMode;
        private Clock clock = Clock.systemUTC();

        private Builder(SecretProvider provider) {
            this.provider = Objects.requireNonNull(provider, "provider == null");
        }

        /** Sets the mode every key must have; if not set, any mode is accepted and logged once. */
        public Builder keyMode(@Nullable KeyMode mode) {
            this.expectedMode = mode;
            return this;
        }

        /** Sets the clock (for tests). If not set, the system UTC clock. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock == null");
            return this;
        }

        /** Returns the clock set on this builder. */
        Clock clock() {
            return clock;
        }

        /** Builds the cache; nothing is fetched until the first {@link KeyCache#currentKey()}. */
        public KeyCache build() {
            return new KeyCache(this);
        }
    }
}

package com.augno.sdk.internal.auth;

import com.augno.sdk.observability.KeyCacheStatus;
import com.augno.sdk.secrets.ApiKey;
import org.jspecify.annotations.Nullable;

/**
 * Where the transport gets the key for each request attempt: the meeting point of the HTTP layer
 * and the key cache. Thread-safe.
 */
public interface KeySource extends AutoCloseable {

    /**
     * Returns the key to use now. Blocks (bounded) only when no usable key exists yet; otherwise
     * returns the cached key at once, a background refresh running if one is due.
     *
     * @throws com.augno.sdk.errors.SecretProviderException if no key can be had
     * @throws com.augno.sdk.errors.InvalidApiKeyException if the store holds something that is not
     *     a key of the configured mode
     */
    ApiKey currentKey();

    /**
     * Reports that the API refused {@code rejected} with a key error (401 {@code api_key_revoked},
     * {@code api_key_expired}, {@code invalid_credentials}) and returns a key with a different
     * value to retry with once, or null when the store still holds the rejected value after a
     * bounded number of refetches. Concurrent reports for the same key share one refetch.
     */
    @Nullable
    ApiKey replacementFor(ApiKey rejected);

    /** Returns a snapshot of the key state from memory, for health checks and gauges; never fetches. */
    KeyCacheStatus status();

    /** Stops background refreshes and closes the provider. */
    @Override
    void close();
}

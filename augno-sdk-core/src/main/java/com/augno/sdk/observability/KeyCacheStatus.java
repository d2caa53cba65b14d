package com.augno.sdk.observability;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A snapshot of a client's key cache, for health checks and gauges: taken from memory, it never
 * calls the store or the API. Immutable; shows the key only in its redacted form.
 */
public final class KeyCacheStatus {
    /** The state of the cache. */
    public enum State {
        /** No fetch has finished yet (the first request fetches). */
        EMPTY,
        /** A key is cached and its last fetch succeeded. */
        FRESH,
        /** The store is failing; the last good key is still served within the stale window. */
        STALE,
        /** The store is failing and no usable key is cached: requests fail. */
        FAILING
    }

    private final State state;
    private final String source;
    private final @Nullable String redactedKey;
    private final @Nullable String fingerprint;
    private final @Nullable Instant fetchedAt;
    private final @Nullable Duration keyAge;
    private final Duration staleFor;
    private final int consecutiveFailures;
    private final @Nullable KeyFailureKind lastFailure;

    /**
     * Creates a snapshot. Used by the SDK's key cache, and by tests of code that reads one.
     *
     * @param state the state
     * @param source the secret provider's log-safe description
     * @param redactedKey the redacted key in use, if any
     * @param fingerprint its fingerprint, if any
     * @param fetchedAt when it was fetched, if any
     * @param keyAge how long ago it was fetched, if any
     * @param staleFor how long the failing store has kept it from being refreshed (zero when not)
     * @param consecutiveFailures failed fetches in a row
     * @param lastFailure the kind of the last failure while failing, if any
     */
    public KeyCacheStatus(
            State state,
            String source,
            @Nullable String redactedKey,
            @Nullable String fingerprint,
            @Nullable Instant fetchedAt,
            @Nullable Duration keyAge,
            Duration staleFor,
            int consecutiveFailures,
            @Nullable KeyFailureKind lastFailure) {
        this.state = Objects.requireNonNull(state, "state == null");
        this.source = Objects.requireNonNull(source, "source == null");
        this.redactedKey = redactedKey;
        this.fingerprint = fingerprint;
        this.fetchedAt = fetchedAt;
        this.keyAge = keyAge;
        this.staleFor = Objects.requireNonNull(staleFor, "staleFor == null");
        this.consecutiveFailures = consecutiveFailures;
        this.lastFailure = lastFailure;
    }

    /** Returns the state. */
    public State state() {
        return state;
    }

    /** Returns the secret provider's log-safe description. */
    public String source() {
        return source;
    }

    /** Returns the redacted form of the key in use, if one is cached. */
    public Optional<String> redactedKey() {
        return Optional.ofNullable(redactedKey);
    }

    /** Returns the fingerprint of the key in use, if one is cached. */
    public Optional<String> fingerprint() {
        return Optional.ofNullable(fingerprint);
    }

    /** Returns when the key in use was fetched, if one is cached. */
    public Optional<Instant> fetchedAt() {
        return Optional.ofNullable(fetchedAt);
    }

    /** Returns how long ago the key in use was fetched, if one is cached. */
    public Optional<Duration> keyAge() {
        return Optional.ofNullable(keyAge);
    }

    /** Returns how long the key has been due for a refresh that the failing store did not give; zero when fresh. */
    public Duration staleFor() {
        return staleFor;
    }

    /** Returns the failed fetches in a row, 0 after a success. */
    public int consecutiveFailures() {
        return consecutiveFailures;
    }

    /** Returns the kind of the last failure while the store fails. */
    public Optional<KeyFailureKind> lastFailure() {
        return Optional.ofNullable(lastFailure);
    }

    @Override
    public String toString() {
        return "KeyCacheStatus(" + state + ", " + source
                + (redactedKey == null ? "" : ", key " + redactedKey)
                + (keyAge == null ? "" : ", age " + keyAge)
                + (staleFor.isZero() ? "" : ", stale for " + staleFor)
                + (consecutiveFailures == 0 ? "" : ", failures " + consecutiveFailures)
                + (lastFailure == null ? "" : ", last failure " + lastFailure.tagValue()) + ")";
    }
}

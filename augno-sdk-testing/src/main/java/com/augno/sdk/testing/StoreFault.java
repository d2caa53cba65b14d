package com.augno.sdk.testing;

import java.time.Duration;
import java.util.Objects;

/**
 * A failure that an {@link InMemorySecretStore} injects into its fetches or puts.
 *
 * <p>Immutable. By default a fault hits every call until
 * {@link InMemorySecretStore#clearFaults()}; {@link #times(int)} limits it to the next {@code n}
 * calls.
 */
public final class StoreFault {

    /** The kind of a store fault. */
    public enum Kind {
        /** The call waits (through the store's sleeper), then succeeds. */
        SLOW,
        /** {@link com.augno.sdk.errors.SecretUnavailableException} (transient). */
        UNAVAILABLE,
        /** {@link com.augno.sdk.errors.SecretAccessDeniedException}. */
        ACCESS_DENIED,
        /** {@link com.augno.sdk.errors.SecretNotFoundException}. */
        NOT_FOUND,
        /** A fetch returns a value that is not an API key (puts are unaffected). */
        GARBAGE,
        /**
         * The current version is disabled: {@link com.augno.sdk.errors.SecretProviderException}, not
         * transient (what the GCP provider throws for {@code FAILED_PRECONDITION}).
         */
        DISABLED_VERSION
    }

    private final Kind kind;
    private final Duration delay;
    private final int times;

    private StoreFault(Kind kind, Duration delay, int times) {
        this.kind = kind;
        this.delay = delay;
        this.times = times;
    }

    /**
     * Returns a fault that makes each call wait {@code delay} before it succeeds.
     *
     * @throws IllegalArgumentException if {@code delay} is negative
     */
    public static StoreFault slow(Duration delay) {
        Objects.requireNonNull(delay, "delay == null");
        if (delay.isNegative()) {
            throw new IllegalArgumentException("delay must not be negative: " + delay);
        }
        return new StoreFault(Kind.SLOW, delay, -1);
    }

    /** Returns a fault that throws {@link com.augno.sdk.errors.SecretUnavailableException}. */
    public static StoreFault unavailable() {
        return new StoreFault(Kind.UNAVAILABLE, Duration.ZERO, -1);
    }

    /** Returns a fault that throws {@link com.augno.sdk.errors.SecretAccessDeniedException}. */
    public static StoreFault accessDenied() {
        return new StoreFault(Kind.ACCESS_DENIED, Duration.ZERO, -1);
    }

    /** Returns a fault that throws {@link com.augno.sdk.errors.SecretNotFoundException}. */
    public static StoreFault notFound() {
        return new StoreFault(Kind.NOT_FOUND, Duration.ZERO, -1);
    }

    /**
     * Returns a fault that throws a non-transient {@link com.augno.sdk.errors.SecretProviderException}
     * as a disabled current version does (Google Secret Manager answers {@code FAILED_PRECONDITION};
     * {@link InMemorySecretStore#disableVersion(String)} models the state itself).
     */
    public static StoreFault disabledVersion() {
        return new StoreFault(Kind.DISABLED_VERSION, Duration.ZERO, -1);
    }

    /**
     * Returns a fault whose fetches return a value that is not an API key (text without the key
     * prefix), which {@link com.augno.sdk.secrets.ApiKey#parse} refuses.
     */
    public static StoreFault garbage() {
        return new StoreFault(Kind.GARBAGE, Duration.ZERO, -1);
    }

    /**
     * Returns a copy that hits only the next {@code n} calls.
     *
     * @throws IllegalArgumentException if {@code n} is less than 1
     */
    public StoreFault times(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1: " + n);
        }
        return new StoreFault(kind, delay, n);
    }

    /** Returns the kind of this fault. */
    public Kind kind() {
        return kind;
    }

    /** Returns the wait of a {@link Kind#SLOW} fault, zero otherwise. */
    public Duration delay() {
        return delay;
    }

    /** Returns how many calls this fault hits, or -1 for every call until cleared. */
    public int timesLimit() {
        return times;
    }

    @Override
    public String toString() {
        return "StoreFault(" + kind + (kind == Kind.SLOW ? " " + delay : "") + (times > 0 ? " times=" + times : "")
                + ")";
    }
}

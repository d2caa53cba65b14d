package com.augno.sdk.internal.auth;

import com.augno.sdk.errors.InvalidApiKeyException;
import com.augno.sdk.errors.SecretProviderException;
import com.augno.sdk.errors.SecretUnavailableException;
import com.augno.sdk.internal.observability.Listeners;
import com.augno.sdk.observability.KeyCacheStatus;
import com.augno.sdk.observability.KeyFailureKind;
import com.augno.sdk.secrets.ApiKey;
import com.augno.sdk.secrets.KeyMode;
import com.augno.sdk.secrets.SecretProvider;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * The client's key cache: the {@link KeySource} behind every request. One per client.
 *
 * <ul>
 *   <li>The first {@link #currentKey()} fetches (or {@link Builder#eagerCheck(boolean)} at build).
 *   <li>A key is refreshed {@link #DEFAULT_REFRESH_INTERVAL 5 minutes} (jittered by up to
 *       {@link #REFRESH_JITTER &plusmn;10 %}, uniformly, so the mean stays 5 minutes: 12 store calls
 *       an hour) after it was fetched, in the background: callers keep the current key meanwhile.
 *       The jitter spreads a fleet of clients started together over a minute. Callers
 *       wait only when no usable key exists, for at most {@link #DEFAULT_MAX_WAIT 30 seconds}.
 *   <li>At most one fetch is in flight; every fetch runs on the scheduler, never under a lock.
 *   <li>Transient store failures ({@link SecretProviderException#isTransient()}) keep the last good
 *       key usable for {@link #DEFAULT_STALE_WINDOW 1 hour} after its fetch; one WARN per failure
 *       streak; retries back off from 1 second, doubling, to 2 minutes. Other failures (not found,
 *       access denied, not a key, wrong mode) are surfaced to callers at once; retries continue
 *       with the same backoff.
 *   <li>Every fetched key is checked against the configured {@link KeyMode}; without one, the first
 *       key's mode is logged once at INFO and later keys must have the same mode.
 *   <li>{@link #replacementFor(ApiKey)}: concurrent reports share one refetch; the same value
 *       again is refetched up to {@link #DEFAULT_ROTATION_ATTEMPTS} times in all, with a backoff
 *       from 250 ms doubling, while a rotation may be writing the store.
 *   <li>A recovery that ends with the store still holding the rejected value starts a cool-down
 *       for that value, following the fetch backoff (1 second after the first such recovery,
 *       doubling to 2 minutes): during it, reports of the value return null at once, without
 *       fetching, so failing requests fail fast and a revoked key does not make the client poll
 *       its store. After it, the next report fetches once (the rotation window was already
 *       waited). A fetch that finds another value ends the cool-down.
 * </ul>
 *
 * <p>Values are compared, never version ids. Thread-safe.
 *
 * <p>Three parts behind this facade: {@link RefreshAheadCache} (generic: single flight, refresh
 * ahead, stale window, backoff, clock), {@link KeyPolicy} (what a key is: fetch, parse, mode check,
 * logs, events, errors) and {@link KeyRecovery} (401 recovery and its cool-down).
 */
public final class KeyCache implements KeySource {
    /**
     * If not specified, a key is refreshed 5 minutes (&plusmn; {@link #REFRESH_JITTER}) after its
     * fetch: 12 store calls an hour on average.
     */
    public static final Duration DEFAULT_REFRESH_INTERVAL = Duration.ofMinutes(5);
    /**
     * The refresh interval is multiplied by a uniform random factor in {@code [1 - REFRESH_JITTER,
     * 1 + REFRESH_JITTER)}: symmetric, so the mean interval is the configured one.
     */
    public static final double REFRESH_JITTER = RefreshAheadCache.JITTER;
    /** If not specified, the last good key is served for 1 hour after its fetch while the store fails. */
    public static final Duration DEFAULT_STALE_WINDOW = Duration.ofHours(1);
    /** If not specified, the first retry after a failed fetch waits 1 second. */
    public static final Duration DEFAULT_INITIAL_BACKOFF = Duration.ofSeconds(1);
    /** If not specified, retries after failed fetches wait at most 2 minutes. */
    public static final Duration DEFAULT_MAX_BACKOFF = Duration.ofMinutes(2);
    /** If not specified, a caller waits at most 30 seconds for a key. */
    public static final Duration DEFAULT_MAX_WAIT = Duration.ofSeconds(30);
    /** If not specified, a rejected key is refetched up to 4 times while the store returns it. */
    public static final int DEFAULT_ROTATION_ATTEMPTS = 4;
    /** If not specified, refetches of a rejected key wait 250 ms, doubling. */
    public static final Duration DEFAULT_ROTATION_BACKOFF = Duration.ofMillis(250);

    private static final AtomicInteger THREADS = new AtomicInteger();

    private final SecretProvider provider;
    private final String description;
    private final KeyRecovery recovery;
    private final RefreshAheadCache<ApiKey> cache;

    private KeyCache(Builder builder) {
        this.provider = builder.provider;
        this.description = builder.provider.description();
        KeyEvents events = new KeyEvents(builder.listeners, description);
        this.recovery = new KeyRecovery(
                description,
                events,
                builder.rotationAttempts,
                builder.rotationBackoff,
                builder.initialBackoff,
                builder.maxBackoff,
                builder.maxWait);
        KeyPolicy policy = new KeyPolicy(
                provider,
                description,
                builder.expectedMode,
                builder.initialBackoff,
                builder.maxBackoff,
                events,
                recovery);
        ScheduledExecutorService s = builder.scheduler;
        this.cache = new RefreshAheadCache<>(
                policy,
                builder.clock,
                s != null ? s : defaultScheduler(),
                s == null,
                builder.refreshInterval,
                builder.staleWindow,
                builder.initialBackoff,
                builder.maxBackoff,
                builder.maxWait,
                builder.random);
    }

    /** Returns a builder for a cache over {@code provider}. */
    public static Builder builder(SecretProvider provider) {
        return new Builder(provider);
    }

    private static ScheduledExecutorService defaultScheduler() {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "augno-key-cache-" + THREADS.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        executor.setRemoveOnCancelPolicy(true);
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        return executor;
    }

    /**
     * Returns the key to use now: the cached key at once (starting a background refresh when one
     * is due), or, when no usable key exists, the result of the one fetch in flight, waited for at
     * most the builder's {@code maxWait}.
     *
     * @throws SecretUnavailableException if the store is failing transiently and no key fetched
     *     within the stale window exists, or no key came within the wait
     * @throws SecretProviderException (a subclass) for a non-transient store failure
     * @throws InvalidApiKeyException if the store holds something that is not a key of the mode
     * @throws IllegalStateException if the cache is closed
     */
    @Override
    public ApiKey currentKey() {
        ensureOpen();
        return cache.get();
    }

    /**
     * Reports that the API refused {@code rejected} with a key error and returns a key with a
     * different value, or null when the store still holds the rejected value after the bounded
     * refetches. Concurrent reports of the same value share one refetch; a report of a value that
     * is no longer current returns the current key without fetching.
     *
     * @throws SecretProviderException (a subclass) if the store fails during the refetch
     * @throws InvalidApiKeyException if the store now holds something that is not a key of the mode
     * @throws IllegalStateException if the cache is closed
     */
    @Override
    public @Nullable ApiKey replacementFor(ApiKey rejected) {
        Objects.requireNonNull(rejected, "rejected == null");
        ensureOpen();
        return recovery.replacementFor(cache, rejected);
    }

    /** Returns a snapshot of the cache from memory: no fetch, no call. */
    @Override
    public KeyCacheStatus status() {
        RefreshAheadCache.State<ApiKey> s = cache.state();
        Instant now = cache.clock().instant();
        ApiKey key = cache.usable(s, now);
        RuntimeException failure = s.failure;
        KeyCacheStatus.State st;
        if (key == null) {
            st = failure == null ? KeyCacheStatus.State.EMPTY : KeyCacheStatus.State.FAILING;
        } else {
            st = failure == null ? KeyCacheStatus.State.FRESH : KeyCacheStatus.State.STALE;
        }
        Instant fetchedAt = key == null ? null : s.lastSuccess;
        Duration stale = key != null && failure != null && now.isAfter(s.refreshAt)
                ? Duration.between(s.refreshAt, now)
                : Duration.ZERO;
        return new KeyCacheStatus(
                st,
                description,
                key == null ? null : key.redacted(),
                key == null ? null : key.fingerprint(),
                fetchedAt,
                fetchedAt == null ? null : Duration.between(fetchedAt, now),
                stale,
                s.failures,
                failure == null ? null : KeyFailureKind.of(failure));
    }

    /** Returns the longest wait before a refresh for {@code interval}, jitter included. */
    public static Duration maxRefreshDelay(Duration interval) {
        return Duration.ofNanos((long) Math.ceil(interval.toNanos() * (1 + REFRESH_JITTER)));
    }

    private void ensureOpen() {
        if (cache.isClosed()) {
            throw KeyPolicy.closedException();
        }
    }

    /**
     * Stops background refreshes (shutting down the scheduler if the cache created it), fails
     * pending waits and closes the provider. Idempotent.
     */
    @Override
    public void close() {
        if (!cache.close()) {
            return;
        }
        recovery.close();
        provider.close();
    }

    @Override
    public String toString() {
        ApiKey key = cache.state().value;
        return "KeyCache(" + description + ", key=" + (key == null ? "none" : key.redacted()) + ")";
    }

    public static final class Builder {
        private final SecretProvider provider;
        private @Nullable KeyMode expectedMode;
        private Clock clock = Clock.systemUTC();
        private @Nullable ScheduledExecutorService scheduler;
        private Duration refreshInterval = DEFAULT_REFRESH_INTERVAL;
        private Duration staleWindow = DEFAULT_STALE_WINDOW;
        private Duration initialBackoff = DEFAULT_INITIAL_BACKOFF;
        private Duration maxBackoff = DEFAULT_MAX_BACKOFF;
        private Duration maxWait = DEFAULT_MAX_WAIT;
        private int rotationAttempts = DEFAULT_ROTATION_ATTEMPTS;
        private Duration rotationBackoff = DEFAULT_ROTATION_BACKOFF;
        private boolean eagerCheck;
        private @Nullable RandomGenerator random;
        private @Nullable Listeners listeners;

        private Builder(SecretProvider provider) {
            this.provider = Objects.requireNonNull(provider, "provider == null");
        }

        /**
         * Sets the mode every key must have, checked at the first fetch and at every refresh. If
         * not specified, the first key's mode is logged once at INFO and later keys must match it.
         */
        public Builder keyMode(@Nullable KeyMode mode) {
            this.expectedMode = mode;
            return this;
        }

        /** Sets the clock (for tests). If not specified, this is the system UTC clock. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock == null");
            return this;
        }

        /** Returns the clock set on this builder. */
        Clock clock() {
            return clock;
        }

        /**
         * Sets the scheduler that runs fetches and timers; the cache does not shut it down. If not
         * specified, the cache creates a one-thread scheduler of daemon threads and shuts it down
         * on {@link KeyCache#close()}.
         */
        public Builder scheduler(ScheduledExecutorService scheduler) {
            this.scheduler = Objects.requireNonNull(scheduler, "scheduler == null");
            return this;
        }

        /**
         * Sets how long after its fetch a key is refreshed in the background, on average; each
         * refresh comes at a uniformly random point within &plusmn;{@link #REFRESH_JITTER 10 %} of
         * it. If not specified, this is 5 minutes (so 4.5 to 5.5 minutes).
         */
        public Builder refreshInterval(Duration interval) {
            this.refreshInterval = positive(interval, "refreshInterval");
            return this;
        }

        /**
         * Sets how long after its fetch the last good key is still served while the store fails
         * transiently. If not specified, this is 1 hour.
         */
        public Builder staleWindow(Duration window) {
            this.staleWindow = positive(window, "staleWindow");
            return this;
        }

        /**
         * Sets the wait after the first failed fetch, doubled after each further failure up to
         * {@code max}. If not specified, this is 1 second up to 2 minutes.
         */
        public Builder backoff(Duration initial, Duration max) {
            this.initialBackoff = positive(initial, "initial backoff");
            this.maxBackoff = positive(max, "max backoff");
            if (max.compareTo(initial) < 0) {
                throw new IllegalArgumentException("max backoff < initial backoff");
            }
            return this;
        }

        /**
         * Sets how long a caller waits for a key when none is usable. If not specified, this is 30
         * seconds.
         */
        public Builder maxWait(Duration wait) {
            this.maxWait = positive(wait, "maxWait");
            return this;
        }

        /**
         * Sets how many fetches in all a rejected key gets while the store keeps returning it, and
         * the wait before the second (doubling after). If not specified, this is 4 fetches from 250
         * ms.
         */
        public Builder rotationRetries(int attempts, Duration backoff) {
            if (attempts < 1) {
                throw new IllegalArgumentException("attempts < 1");
            }
            this.rotationAttempts = attempts;
            this.rotationBackoff = positive(backoff, "rotation backoff");
            return this;
        }

        /**
         * Sets the random source of the refresh jitter (tests seed it for a deterministic
         * schedule); it is only used by the one fetch in flight. If not specified, this is {@link
         * ThreadLocalRandom}.
         */
        public Builder random(RandomGenerator random) {
            this.random = Objects.requireNonNull(random, "random == null");
            return this;
        }

        /** Sets who hears about fetches, refreshes, stale use and recoveries. If not specified, no one. */
        public Builder listeners(@Nullable Listeners listeners) {
            this.listeners = listeners;
            return this;
        }

        /**
         * Sets whether {@link #build()} fetches and checks the key at once, so that a bad
         * configuration fails at start-up. If not specified, this is false: the first request
         * fetches.
         */
        public Builder eagerCheck(boolean eagerCheck) {
            this.eagerCheck = eagerCheck;
            return this;
        }

        private static Duration positive(Duration d, String name) {
            Objects.requireNonNull(d, name + " == null");
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(name + " must be positive");
            }
            return d;
        }

        /**
         * Builds the cache. Nothing is fetched until the first {@link KeyCache#currentKey()}, unless
         * {@link #eagerCheck(boolean)} is set.
         *
         * @throws SecretProviderException, InvalidApiKeyException with {@code eagerCheck}, as
         *     {@link KeyCache#currentKey()} does; the provider is then left open for the caller
         */
        public KeyCache build() {
            KeyCache cache = new KeyCache(this);
            if (eagerCheck) {
                try {
                    cache.currentKey();
                } catch (RuntimeException e) {
                    cache.cache.abandon();
                    throw e;
                }
            }
            return cache;
        }
    }
}

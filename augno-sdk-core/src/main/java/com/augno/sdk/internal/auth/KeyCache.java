package com.augno.sdk.internal.auth;

import com.augno.sdk.KeyMode;
import com.augno.sdk.errors.AugnoException;
import com.augno.sdk.errors.InvalidApiKeyException;
import com.augno.sdk.errors.SecretProviderException;
import com.augno.sdk.errors.SecretUnavailableException;
import com.augno.sdk.internal.observability.Listeners;
import com.augno.sdk.observability.KeyCacheStatus;
import com.augno.sdk.observability.KeyFailureKind;
import com.augno.sdk.secrets.ApiKey;
import com.augno.sdk.secrets.SecretProvider;
import com.augno.sdk.secrets.SecretValue;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
    public static final double REFRESH_JITTER = 0.10;
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

    private static final Logger LOG = LoggerFactory.getLogger(KeyCache.class);
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final SecretProvider provider;
    private final String description;
    private final @Nullable KeyMode expectedMode;
    private final Clock clock;
    private final ScheduledExecutorService scheduler;
    private final boolean ownsScheduler;
    private final Duration refreshInterval;
    private final Duration staleWindow;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final Duration maxWait;
    private final int rotationAttempts;
    private final Duration rotationBackoff;
    private final @Nullable RandomGenerator random;
    private final KeyEvents events;

    // Written only by the one fetch in flight; read everywhere.
    private volatile State state = State.EMPTY;
    private final AtomicReference<@Nullable CompletableFuture<ApiKey>> inFlight = new AtomicReference<>();
    private final AtomicReference<@Nullable Recovery> recovery = new AtomicReference<>();
    private final AtomicReference<@Nullable CoolDown> coolDown = new AtomicReference<>();
    private final AtomicReference<@Nullable ScheduledFuture<?>> timer = new AtomicReference<>();
    private final AtomicReference<@Nullable KeyMode> firstMode = new AtomicReference<>();
    private volatile boolean closed;

    private KeyCache(Builder builder) {
        this.provider = builder.provider;
        this.description = builder.provider.description();
        this.expectedMode = builder.expectedMode;
        this.clock = builder.clock;
        ScheduledExecutorService s = builder.scheduler;
        this.ownsScheduler = s == null;
        this.scheduler = s != null ? s : defaultScheduler();
        this.refreshInterval = builder.refreshInterval;
        this.staleWindow = builder.staleWindow;
        this.initialBackoff = builder.initialBackoff;
        this.maxBackoff = builder.maxBackoff;
        this.maxWait = builder.maxWait;
        this.rotationAttempts = builder.rotationAttempts;
        this.rotationBackoff = builder.rotationBackoff;
        this.random = builder.random;
        this.events = new KeyEvents(builder.listeners, description);
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
        State s = state;
        Instant now = clock.instant();
        ApiKey key = usableKey(s, now);
        if (key != null) {
            if (s.failure != null) {
                events.staleUsed(key, s.lastSuccess, now, s.failures);
            }
            if (!now.isBefore(s.refreshAt) && !now.isBefore(s.nextAttemptAt)) {
                fetch(s.generation); // background; callers keep the current key
            }
            return key;
        }
        RuntimeException failure = s.failure;
        if (failure != null && now.isBefore(s.nextAttemptAt)) {
            throw surfaced(s, failure, now);
        }
        return await(fetch(s.generation));
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
        Instant now = clock.instant();
        ApiKey current = usableKey(state, now);
        if (current != null && !current.sameKeyAs(rejected)) {
            return current;
        }
        CoolDown cooling = coolDown.get();
        boolean sameValueFailedBefore = cooling != null && cooling.rejected.sameKeyAs(rejected);
        if (cooling != null && sameValueFailedBefore && now.isBefore(cooling.until)) {
            // Fail fast: the store was just checked and still holds this value.
            LOG.debug(
                    "Key {} was refused again; {} held it at the last check, next check after {}",
                    rejected.redacted(),
                    description,
                    cooling.until);
            return null;
        }
        while (true) {
            Recovery running = recovery.get();
            if (running != null && !running.result.isDone() && running.rejected.sameKeyAs(rejected)) {
                return awaitRecovery(running.result);
            }
            // After a cool-down, one fetch: the rotation window was already waited for.
            Recovery mine = new Recovery(rejected, sameValueFailedBefore ? 1 : rotationAttempts);
            if (recovery.compareAndSet(running, mine)) {
                LOG.info(
                        "The Augno API rejected key {} (fingerprint {}); refetching it from {}",
                        rejected.redacted(),
                        rejected.fingerprint(),
                        description);
                events.recoveryStarted(rejected);
                attempt(mine, 1);
                return awaitRecovery(mine.result);
            }
        }
    }

    private void attempt(Recovery rec, int attempt) {
        fetch(state.generation).whenComplete((key, error) -> {
            if (error != null) {
                events.recoveryFailed(rec.rejected, error);
                rec.result.completeExceptionally(error);
            } else if (!key.sameKeyAs(rec.rejected)) {
                events.recovered(key, rec.rejected);
                rec.result.complete(key);
            } else if (attempt >= rec.attempts || closed) {
                Duration pause = startCoolDown(rec.rejected);
                LOG.warn(
                        "{} still holds the rejected key {} after {} fetch(es); requests with it fail at once"
                                + " for the next {} ms, then the store is checked again",
                        description,
                        rec.rejected.redacted(),
                        attempt,
                        pause.toMillis());
                events.recoveryFailed(rec.rejected, null);
                rec.result.complete(null);
            } else {
                Duration wait = doubled(rotationBackoff, attempt - 1, maxBackoff);
                try {
                    scheduler.schedule(() -> attempt(rec, attempt + 1), wait.toNanos(), TimeUnit.NANOSECONDS);
                } catch (RejectedExecutionException e) {
                    rec.result.completeExceptionally(closedException());
                }
            }
        });
    }

    /** Starts (or lengthens) the cool-down for {@code rejected}; returns its length. */
    private Duration startCoolDown(ApiKey rejected) {
        CoolDown previous = coolDown.get();
        int failed = previous != null && previous.rejected.sameKeyAs(rejected) ? previous.failedRecoveries + 1 : 1;
        Duration pause = doubled(initialBackoff, failed - 1, maxBackoff);
        coolDown.set(new CoolDown(rejected, failed, clock.instant().plus(pause)));
        return pause;
    }

    /** Joins the fetch in flight or starts one, unless a fetch finished since {@code observed}. */
    private CompletableFuture<ApiKey> fetch(long observedGeneration) {
        while (true) {
            CompletableFuture<ApiKey> running = inFlight.get();
            if (running != null) {
                return running;
            }
            CompletableFuture<ApiKey> mine = new CompletableFuture<>();
            if (!inFlight.compareAndSet(null, mine)) {
                continue;
            }
            State s = state;
            if (s.generation != observedGeneration) {
                // A fetch finished after the caller looked: its outcome answers the caller.
                inFlight.compareAndSet(mine, null);
                completeFrom(s, mine);
                return mine;
            }
            try {
                scheduler.execute(() -> runFetch(mine));
            } catch (RejectedExecutionException e) {
                inFlight.compareAndSet(mine, null);
                mine.completeExceptionally(closedException());
            }
            return mine;
        }
    }

    private static void completeFrom(State s, CompletableFuture<ApiKey> future) {
        ApiKey key = s.key;
        RuntimeException failure = s.failure;
        if (failure != null) {
            future.completeExceptionally(failure);
        } else if (key != null) {
            future.complete(key);
        } else {
            future.completeExceptionally(new IllegalStateException("no fetch has finished"));
        }
    }

    private void runFetch(CompletableFuture<ApiKey> mine) {
        ApiKey key = null;
        RuntimeException failure = null;
        try {
            SecretValue secret = provider.fetch();
            ApiKey parsed = ApiKey.parse(secret, description);
            checkMode(parsed);
            key = parsed;
        } catch (RuntimeException e) {
            failure = normalise(e);
        } catch (Error e) {
            inFlight.compareAndSet(mine, null);
            mine.completeExceptionally(e);
            throw e;
        }
        if (key != null) {
            onSuccess(key);
            inFlight.compareAndSet(mine, null);
            mine.complete(key);
        } else {
            RuntimeException f = Objects.requireNonNull(failure);
            onFailure(f);
            inFlight.compareAndSet(mine, null);
            mine.completeExceptionally(f);
        }
    }

    private RuntimeException normalise(RuntimeException e) {
        if (e instanceof AugnoException) {
            return e;
        }
        // A provider bug: its message is not known to be free of secrets, so keep it only as the cause.
        return new SecretProviderException(
                description,
                "the secret provider failed unexpectedly (" + e.getClass().getName() + ")",
                e);
    }

    private void checkMode(ApiKey key) {
        if (expectedMode != null) {
            if (key.mode() != expectedMode) {
                throw new InvalidApiKeyException(
                        description,
                        "it is a " + key.mode().configName() + " key but the client is configured for "
                                + expectedMode.configName() + " keys (keyMode / AUGNO_KEY_MODE). Store a "
                                + expectedMode.configName() + " key there, or fix the configured mode.");
            }
            return;
        }
        KeyMode first = firstMode.get();
        if (first != null && key.mode() != first) {
            throw new InvalidApiKeyException(
                    description,
                    "it is a " + key.mode().configName() + " key but this client started with a "
                            + first.configName() + " key, and a client never switches modes. Restore a "
                            + first.configName() + " key, or restart the application to switch (set"
                            + " AUGNO_KEY_MODE to assert the mode).");
        }
    }

    private void onSuccess(ApiKey key) {
        Instant now = clock.instant();
        State old = state;
        Duration untilRefresh = jittered(refreshInterval);
        state = new State(old.generation + 1, key, now, now.plus(untilRefresh), null, 0, Instant.EPOCH);
        CoolDown cooling = coolDown.get();
        if (cooling != null && !cooling.rejected.sameKeyAs(key)) {
            coolDown.compareAndSet(cooling, null); // the store holds another value now
        }
        if (firstMode.compareAndSet(null, key.mode())) {
            if (expectedMode == null) {
                LOG.info(
                        "Augno API key loaded from {}: {} key {} (fingerprint {}). Set AUGNO_KEY_MODE to assert"
                                + " the mode.",
                        description,
                        key.mode().configName(),
                        key.redacted(),
                        key.fingerprint());
            } else {
                LOG.debug(
                        "Augno API key loaded from {}: {} key {}",
                        description,
                        key.mode().configName(),
                        key.redacted());
            }
        } else if (old.key != null && !old.key.sameKeyAs(key)) {
            LOG.info(
                    "Augno API key from {} changed: now {} (fingerprint {}), was {}",
                    description,
                    key.redacted(),
                    key.fingerprint(),
                    old.key.redacted());
        }
        if (old.failures > 0) {
            LOG.info("Fetched the Augno API key from {} again after {} failed attempts", description, old.failures);
        }
        events.fetched(key, old.key);
        scheduleTimer(untilRefresh);
    }

    private void onFailure(RuntimeException failure) {
        Instant now = clock.instant();
        State old = state;
        boolean isTransient =
                failure instanceof SecretProviderException && ((SecretProviderException) failure).isTransient();
        int failures = old.failures + 1;
        Duration backoff = doubled(initialBackoff, failures - 1, maxBackoff);
        ApiKey kept = isTransient ? old.key : null;
        State next = new State(
                old.generation + 1, kept, old.lastSuccess, old.refreshAt, failure, failures, now.plus(backoff));
        state = next;
        if (failures == 1) {
            ApiKey usable = usableKey(next, now);
            if (usable != null) {
                LOG.warn(
                        "Could not refresh the Augno API key: {} Serving the last good key {} until {} at the latest;"
                                + " retrying with backoff from {} up to {}.",
                        failure.getMessage(),
                        usable.redacted(),
                        staleDeadline(next),
                        initialBackoff,
                        maxBackoff);
            } else {
                LOG.warn(
                        "Could not load the Augno API key: {} Retrying with backoff from {} up to {}.",
                        failure.getMessage(),
                        initialBackoff,
                        maxBackoff);
            }
        }
        LOG.debug("Fetch {} from {} failed", failures, description, failure);
        events.fetchFailed(failure, kept, failures);
        scheduleTimer(backoff);
    }

    private void scheduleTimer(Duration delay) {
        if (closed) {
            return;
        }
        // Cancel first, so that no moment has two timers pending.
        ScheduledFuture<?> old = timer.getAndSet(null);
        if (old != null) {
            old.cancel(false);
        }
        ScheduledFuture<?> next;
        try {
            next = scheduler.schedule(this::onTimer, delay.toNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            return;
        }
        ScheduledFuture<?> previous = timer.getAndSet(next);
        if (previous != null) {
            previous.cancel(false);
        }
    }

    private void onTimer() {
        if (!closed) {
            fetch(state.generation);
        }
    }

    /** Returns a snapshot of the cache from memory: no fetch, no call. */
    @Override
    public KeyCacheStatus status() {
        State s = state;
        Instant now = clock.instant();
        ApiKey key = usableKey(s, now);
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

    private @Nullable ApiKey usableKey(State s, Instant now) {
        ApiKey key = s.key;
        if (key == null || s.lastSuccess == null) {
            return null;
        }
        return now.isBefore(staleDeadline(s)) ? key : null;
    }

    private Instant staleDeadline(State s) {
        Instant last = s.lastSuccess;
        return last == null ? Instant.EPOCH : last.plus(staleWindow);
    }

    /** The exception a caller gets while a failure is being backed off. */
    private RuntimeException surfaced(State s, RuntimeException failure, Instant now) {
        boolean isTransient =
                failure instanceof SecretProviderException && ((SecretProviderException) failure).isTransient();
        if (!isTransient) {
            return failure;
        }
        Duration retryIn = Duration.between(now, s.nextAttemptAt);
        String lastKey = s.key == null
                ? "no key was ever fetched"
                : "the last good key " + s.key.redacted() + " expired from the cache at " + staleDeadline(s);
        return new SecretUnavailableException(
                description,
                "no usable Augno API key: the store has failed " + s.failures + " time(s) in a row (" + lastKey
                        + "); next attempt in " + retryIn.toMillis() + " ms",
                failure);
    }

    private ApiKey await(CompletableFuture<ApiKey> future) {
        try {
            return future.get(maxWait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            throw new SecretUnavailableException(
                    description, "no Augno API key within " + maxWait + ": the store has not answered yet");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SecretUnavailableException(description, "interrupted while waiting for the Augno API key", e);
        } catch (ExecutionException e) {
            Throwable cause = Objects.requireNonNull(e.getCause());
            ApiKey key = usableKey(state, clock.instant());
            if (key != null) {
                return key; // a transient failure while a good key is still within its stale window
            }
            State s = state;
            if (cause instanceof RuntimeException) {
                RuntimeException r = (RuntimeException) cause;
                throw s.failure == r ? surfaced(s, r, clock.instant()) : r;
            }
            if (cause instanceof Error) {
                throw (Error) cause;
            }
            throw new SecretProviderException(description, "the fetch failed", cause);
        }
    }

    private @Nullable ApiKey awaitRecovery(CompletableFuture<@Nullable ApiKey> future) {
        try {
            return future.get(maxWait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            throw new SecretUnavailableException(
                    description, "no replacement Augno API key within " + maxWait + ": the store has not answered");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SecretUnavailableException(description, "interrupted while refetching the Augno API key", e);
        } catch (ExecutionException e) {
            Throwable cause = Objects.requireNonNull(e.getCause());
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            if (cause instanceof Error) {
                throw (Error) cause;
            }
            throw new SecretProviderException(description, "the refetch failed", cause);
        }
    }

    /** {@code interval} times a uniform factor in [0.9, 1.1): mean {@code interval}. */
    private Duration jittered(Duration interval) {
        RandomGenerator r = random;
        // Only the one fetch in flight calls this, so an injected generator is never used concurrently.
        double u = r != null ? r.nextDouble() : ThreadLocalRandom.current().nextDouble();
        double factor = 1 - REFRESH_JITTER + 2 * REFRESH_JITTER * u;
        return Duration.ofNanos(Math.max(1, (long) (interval.toNanos() * factor)));
    }

    /** Returns the longest wait before a refresh for {@code interval}, jitter included. */
    public static Duration maxRefreshDelay(Duration interval) {
        return Duration.ofNanos((long) Math.ceil(interval.toNanos() * (1 + REFRESH_JITTER)));
    }

    private static Duration doubled(Duration base, int doublings, Duration cap) {
        Duration d = base;
        for (int i = 0; i < doublings && d.compareTo(cap) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(cap) > 0 ? cap : d;
    }

    private void ensureOpen() {
        if (closed) {
            throw closedException();
        }
    }

    private static IllegalStateException closedException() {
        return new IllegalStateException("The Augno client's key cache is closed");
    }

    /**
     * Stops background refreshes (shutting down the scheduler if the cache created it), fails
     * pending waits and closes the provider. Idempotent.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        ScheduledFuture<?> t = timer.getAndSet(null);
        if (t != null) {
            t.cancel(false);
        }
        if (ownsScheduler) {
            scheduler.shutdownNow();
        }
        CompletableFuture<ApiKey> running = inFlight.getAndSet(null);
        if (running != null) {
            running.completeExceptionally(closedException());
        }
        Recovery rec = recovery.getAndSet(null);
        if (rec != null) {
            rec.result.completeExceptionally(closedException());
        }
        provider.close();
    }

    @Override
    public String toString() {
        ApiKey key = state.key;
        return "KeyCache(" + description + ", key=" + (key == null ? "none" : key.redacted()) + ")";
    }

    /** An immutable snapshot; replaced, never changed, by the one fetch in flight. */
    private static final class State {
        static final State EMPTY = new State(0, null, null, Instant.EPOCH, null, 0, Instant.EPOCH);

        final long generation;
        final @Nullable ApiKey key;
        final @Nullable Instant lastSuccess;
        final Instant refreshAt;
        final @Nullable RuntimeException failure;
        final int failures;
        final Instant nextAttemptAt;

        State(
                long generation,
                @Nullable ApiKey key,
                @Nullable Instant lastSuccess,
                Instant refreshAt,
                @Nullable RuntimeException failure,
                int failures,
                Instant nextAttemptAt) {
            this.generation = generation;
            this.key = key;
            this.lastSuccess = lastSuccess;
            this.refreshAt = refreshAt;
            this.failure = failure;
            this.failures = failures;
            this.nextAttemptAt = nextAttemptAt;
        }
    }

    /** One rotation recovery: the rejected value, its fetch budget and its shared outcome. */
    private static final class Recovery {
        final ApiKey rejected;
        final int attempts;
        final CompletableFuture<@Nullable ApiKey> result = new CompletableFuture<>();

        Recovery(ApiKey rejected, int attempts) {
            this.rejected = rejected;
            this.attempts = attempts;
        }
    }

    /** After failed recoveries of one value: until when its reports fail fast. */
    private static final class CoolDown {
        final ApiKey rejected;
        final int failedRecoveries;
        final Instant until;

        CoolDown(ApiKey rejected, int failedRecoveries, Instant until) {
            this.rejected = rejected;
            this.failedRecoveries = failedRecoveries;
            this.until = until;
        }
    }

    /** Builds a {@link KeyCache}. */
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
                    cache.closed = true;
                    if (cache.ownsScheduler) {
                        cache.scheduler.shutdownNow();
                    }
                    throw e;
                }
            }
            return cache;
        }
    }
}

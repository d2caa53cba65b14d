package com.augno.sdk.internal.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * Not API. A generic refresh-ahead cache of one value (the model is the AWS SDK's {@code
 * CachedSupplier}: a value with a prefetch time and a stale time, one refresh at a time): what the
 * value means, how it is loaded, logged and reported is its {@link Policy}'s job; this class only
 * knows when to load and whom to answer.
 *
 * <ul>
 *   <li>Single flight: at most one load is in flight; every load runs on the scheduler, never under
 *       a lock, and every waiting caller shares its outcome.
 *   <li>Refresh ahead: a loaded value is reloaded in the background after the refresh interval
 *       (jittered &plusmn;{@link #JITTER}, uniformly); callers keep the current value meanwhile.
 *   <li>Stale window: after a transient failure ({@link Policy#isTransient}) the last value is served
 *       until the stale window after its load; any other failure drops it at once.
 *   <li>Backoff: failed loads are retried from the initial backoff, doubling, up to the maximum;
 *       callers that come during a backoff get the failure without a load.
 *   <li>Time is the injected {@link Clock}; timers run on the injected scheduler.
 * </ul>
 *
 * <p>Thread-safe.
 *
 * @param <T> the cached value
 */
final class RefreshAheadCache<T> {
    /** The refresh interval is multiplied by a uniform random factor in {@code [1 - JITTER, 1 + JITTER)}. */
    static final double JITTER = 0.10;

    /**
     * What the cached value means: how it is loaded, which failures are transient, what is logged
     * and reported, and which exceptions callers see. Called only by the one load in flight, except
     * for {@link #staleUsed} and the exception factories.
     */
    interface Policy<T> {
        /** Loads the value; any exception is a failed load. */
        T load();

        /** Returns the failure callers see for an exception thrown by {@link #load()}. */
        RuntimeException normalise(RuntimeException e);

        /** Whether {@code failure} keeps the last value usable within the stale window. */
        boolean isTransient(RuntimeException failure);

        /** After a successful load, before the next refresh is scheduled. */
        void loaded(T value, @Nullable T previous, int previousFailures);

        /**
         * After a failed load: {@code kept} is the value kept for the stale window (null after a
         * permanent failure), {@code usable} the one still served now.
         */
        void failed(RuntimeException failure, @Nullable T kept, int failures, @Nullable T usable, Instant staleUntil);

        /** A caller is served {@code value} while loads fail. */
        void staleUsed(T value, @Nullable Instant loadedAt, Instant now, int failures);

        /** The exception for a caller during a transient failure's backoff with no usable value. */
        RuntimeException unavailable(
                @Nullable T last, Instant staleUntil, int failures, Duration retryIn, RuntimeException failure);

        /** The exception for a caller that waited {@code maxWait} for a load. */
        RuntimeException notInTime(Duration maxWait);

        /** The exception for a caller interrupted while waiting for a load. */
        RuntimeException interrupted(InterruptedException e);

        /** The exception for a load that failed with a checked throwable. */
        RuntimeException loadFailed(Throwable cause);

        /** The exception for a caller of a closed cache. */
        RuntimeException closed();
    }

    private final Policy<T> policy;
    private final Clock clock;
    private final ScheduledExecutorService scheduler;
    private final boolean ownsScheduler;
    private final Duration refreshInterval;
    private final Duration staleWindow;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final Duration maxWait;
    private final @Nullable RandomGenerator random;

    // Written only by the one load in flight; read everywhere.
    private volatile State<T> state = State.empty();
    private final AtomicReference<@Nullable CompletableFuture<T>> inFlight = new AtomicReference<>();
    private final AtomicReference<@Nullable ScheduledFuture<?>> timer = new AtomicReference<>();
    private volatile boolean closed;

    RefreshAheadCache(
            Policy<T> policy,
            Clock clock,
            ScheduledExecutorService scheduler,
            boolean ownsScheduler,
            Duration refreshInterval,
            Duration staleWindow,
            Duration initialBackoff,
            Duration maxBackoff,
            Duration maxWait,
            @Nullable RandomGenerator random) {
        this.policy = policy;
        this.clock = clock;
        this.scheduler = scheduler;
        this.ownsScheduler = ownsScheduler;
        this.refreshInterval = refreshInterval;
        this.staleWindow = staleWindow;
        this.initialBackoff = initialBackoff;
        this.maxBackoff = maxBackoff;
        this.maxWait = maxWait;
        this.random = random;
    }

    /**
     * Returns the value to use now: the cached one at once (starting a background refresh when one
     * is due), or, when no usable value exists, the result of the one load in flight, waited for at
     * most {@code maxWait}.
     */
    T get() {
        State<T> s = state;
        Instant now = clock.instant();
        T value = usable(s, now);
        if (value != null) {
            if (s.failure != null) {
                policy.staleUsed(value, s.lastSuccess, now, s.failures);
            }
            if (!now.isBefore(s.refreshAt) && !now.isBefore(s.nextAttemptAt)) {
                load(s.generation); // background; callers keep the current value
            }
            return value;
        }
        RuntimeException failure = s.failure;
        if (failure != null && now.isBefore(s.nextAttemptAt)) {
            throw surfaced(s, failure, now);
        }
        return await(load(s.generation));
    }

    /** Joins the load in flight or starts one now, whatever the schedule says. */
    CompletableFuture<T> loadNow() {
        return load(state.generation);
    }

    /**
     * Like {@link #loadNow()}, but a load that finished after the caller saw {@code observed}
     * answers instead of a new fetch: the caller's look and its call here are not atomic.
     */
    CompletableFuture<T> loadSince(State<T> observed) {
        return load(observed.generation);
    }

    /** Returns the current snapshot. */
    State<T> state() {
        return state;
    }

    Clock clock() {
        return clock;
    }

    ScheduledExecutorService scheduler() {
        return scheduler;
    }

    boolean isClosed() {
        return closed;
    }

    /** Returns the value of {@code s} if it is still within its stale window at {@code now}. */
    @Nullable
    T usable(State<T> s, Instant now) {
        T value = s.value;
        if (value == null || s.lastSuccess == null) {
            return null;
        }
        return now.isBefore(staleDeadline(s)) ? value : null;
    }

    /** Returns when the value of {@code s} stops being served. */
    Instant staleDeadline(State<T> s) {
        Instant last = s.lastSuccess;
        return last == null ? Instant.EPOCH : last.plus(staleWindow);
    }

    /** Joins the load in flight or starts one, unless a load finished since {@code observed}. */
    private CompletableFuture<T> load(long observedGeneration) {
        while (true) {
            CompletableFuture<T> running = inFlight.get();
            if (running != null) {
                return running;
            }
            CompletableFuture<T> mine = new CompletableFuture<>();
            if (!inFlight.compareAndSet(null, mine)) {
                continue;
            }
            State<T> s = state;
            if (s.generation != observedGeneration) {
                // A load finished after the caller looked: its outcome answers the caller.
                inFlight.compareAndSet(mine, null);
                completeFrom(s, mine);
                return mine;
            }
            try {
                scheduler.execute(() -> runLoad(mine));
            } catch (RejectedExecutionException e) {
                inFlight.compareAndSet(mine, null);
                mine.completeExceptionally(policy.closed());
            }
            return mine;
        }
    }

    private static <T> void completeFrom(State<T> s, CompletableFuture<T> future) {
        T value = s.value;
        RuntimeException failure = s.failure;
        if (failure != null) {
            future.completeExceptionally(failure);
        } else if (value != null) {
            future.complete(value);
        } else {
            future.completeExceptionally(new IllegalStateException("no fetch has finished"));
        }
    }

    private void runLoad(CompletableFuture<T> mine) {
        T value = null;
        RuntimeException failure = null;
        try {
            value = policy.load();
        } catch (RuntimeException e) {
            failure = policy.normalise(e);
        } catch (Error e) {
            inFlight.compareAndSet(mine, null);
            mine.completeExceptionally(e);
            throw e;
        }
        if (value != null) {
            onSuccess(value);
            inFlight.compareAndSet(mine, null);
            mine.complete(value);
        } else {
            RuntimeException f = Objects.requireNonNull(failure);
            onFailure(f);
            inFlight.compareAndSet(mine, null);
            mine.completeExceptionally(f);
        }
    }

    private void onSuccess(T value) {
        Instant now = clock.instant();
        State<T> old = state;
        Duration untilRefresh = jittered(refreshInterval);
        state = new State<>(old.generation + 1, value, now, now.plus(untilRefresh), null, 0, Instant.EPOCH);
        policy.loaded(value, old.value, old.failures);
        scheduleTimer(untilRefresh);
    }

    private void onFailure(RuntimeException failure) {
        Instant now = clock.instant();
        State<T> old = state;
        int failures = old.failures + 1;
        Duration backoff = doubled(initialBackoff, failures - 1, maxBackoff);
        T kept = policy.isTransient(failure) ? old.value : null;
        State<T> next = new State<>(
                old.generation + 1, kept, old.lastSuccess, old.refreshAt, failure, failures, now.plus(backoff));
        state = next;
        policy.failed(failure, kept, failures, usable(next, now), staleDeadline(next));
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
            load(state.generation);
        }
    }

    /** The exception a caller gets while a failure is being backed off. */
    private RuntimeException surfaced(State<T> s, RuntimeException failure, Instant now) {
        if (!policy.isTransient(failure)) {
            return failure;
        }
        return policy.unavailable(
                s.value, staleDeadline(s), s.failures, Duration.between(now, s.nextAttemptAt), failure);
    }

    private T await(CompletableFuture<T> future) {
        try {
            return future.get(maxWait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            throw policy.notInTime(maxWait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw policy.interrupted(e);
        } catch (ExecutionException e) {
            Throwable cause = Objects.requireNonNull(e.getCause());
            T value = usable(state, clock.instant());
            if (value != null) {
                return value; // a transient failure while a good value is still within its stale window
            }
            State<T> s = state;
            if (cause instanceof RuntimeException) {
                RuntimeException r = (RuntimeException) cause;
                throw s.failure == r ? surfaced(s, r, clock.instant()) : r;
            }
            if (cause instanceof Error) {
                throw (Error) cause;
            }
            throw policy.loadFailed(cause);
        }
    }

    /** {@code interval} times a uniform factor in [0.9, 1.1): mean {@code interval}. */
    private Duration jittered(Duration interval) {
        RandomGenerator r = random;
        // Only the one load in flight calls this, so an injected generator is never used concurrently.
        double u = r != null ? r.nextDouble() : ThreadLocalRandom.current().nextDouble();
        double factor = 1 - JITTER + 2 * JITTER * u;
        return Duration.ofNanos(Math.max(1, (long) (interval.toNanos() * factor)));
    }

    /** Returns {@code base} doubled {@code doublings} times, at most {@code cap}. */
    static Duration doubled(Duration base, int doublings, Duration cap) {
        Duration d = base;
        for (int i = 0; i < doublings && d.compareTo(cap) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(cap) > 0 ? cap : d;
    }

    /**
     * Stops the timer and, if this cache created the scheduler, the scheduler; fails the load in
     * flight with {@link Policy#closed()}. Idempotent; returns false when already closed.
     */
    boolean close() {
        if (closed) {
            return false;
        }
        closed = true;
        ScheduledFuture<?> t = timer.getAndSet(null);
        if (t != null) {
            t.cancel(false);
        }
        if (ownsScheduler) {
            scheduler.shutdownNow();
        }
        CompletableFuture<T> running = inFlight.getAndSet(null);
        if (running != null) {
            running.completeExceptionally(policy.closed());
        }
        return true;
    }

    /** Marks the cache closed and stops a scheduler it created, without failing anything (a build that failed). */
    void abandon() {
        closed = true;
        if (ownsScheduler) {
            scheduler.shutdownNow();
        }
    }

    /** An immutable snapshot; replaced, never changed, by the one load in flight. */
    static final class State<T> {
        final long generation;
        final @Nullable T value;
        final @Nullable Instant lastSuccess;
        final Instant refreshAt;
        final @Nullable RuntimeException failure;
        final int failures;
        final Instant nextAttemptAt;

        State(
                long generation,
                @Nullable T value,
                @Nullable Instant lastSuccess,
                Instant refreshAt,
                @Nullable RuntimeException failure,
                int failures,
                Instant nextAttemptAt) {
            this.generation = generation;
            this.value = value;
            this.lastSuccess = lastSuccess;
            this.refreshAt = refreshAt;
            this.failure = failure;
            this.failures = failures;
            this.nextAttemptAt = nextAttemptAt;
        }

        static <T> State<T> empty() {
            return new State<>(0, null, null, Instant.EPOCH, null, 0, Instant.EPOCH);
        }
    }
}

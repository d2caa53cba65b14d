package com.augno.sdk.internal.auth;

import com.augno.sdk.errors.SecretProviderException;
import com.augno.sdk.errors.SecretUnavailableException;
import com.augno.sdk.secrets.ApiKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Not API. The {@link KeyCache}'s answer to a 401 key error: concurrent reports of one rejected
 * value share one bounded refetch (a rotation may be writing the store), and a recovery that ends
 * with the store still holding the value starts a cool-down for it, following the fetch backoff,
 * during which reports fail fast. See {@link KeyCache} for the figures.
 */
final class KeyRecovery {
    // The cache's logger name, kept for every part of it: users' logging configurations name it.
    private static final Logger LOG = LoggerFactory.getLogger(KeyCache.class);

    private final String description;
    private final KeyEvents events;
    private final int rotationAttempts;
    private final Duration rotationBackoff;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final Duration maxWait;
    private final AtomicReference<@Nullable Recovery> recovery = new AtomicReference<>();
    private final AtomicReference<@Nullable CoolDown> coolDown = new AtomicReference<>();

    KeyRecovery(
            String description,
            KeyEvents events,
            int rotationAttempts,
            Duration rotationBackoff,
            Duration initialBackoff,
            Duration maxBackoff,
            Duration maxWait) {
        this.description = description;
        this.events = events;
        this.rotationAttempts = rotationAttempts;
        this.rotationBackoff = rotationBackoff;
        this.initialBackoff = initialBackoff;
        this.maxBackoff = maxBackoff;
        this.maxWait = maxWait;
    }

    /** See {@link KeyCache#replacementFor(ApiKey)}. */
    @Nullable
    ApiKey replacementFor(RefreshAheadCache<ApiKey> cache, ApiKey rejected) {
        Instant now = cache.clock().instant();
        ApiKey current = cache.usable(cache.state(), now);
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
                return await(running.result);
            }
            // Look again: a recovery may have finished since the first look. It stores the new key
            // before it completes, so a finished recovery is always seen here and not fetched twice.
            RefreshAheadCache.State<ApiKey> seen = cache.state();
            ApiKey replaced = cache.usable(seen, cache.clock().instant());
            if (replaced != null && !replaced.sameKeyAs(rejected)) {
                return replaced;
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
                // A load (a background refresh, say) that ends after the look above answers the
                // first attempt instead of a fetch of its own; if it still brings the rejected
                // value, the next attempts fetch again after the rotation backoff.
                attempt(cache, mine, 1, cache.loadSince(seen));
                return await(mine.result);
            }
        }
    }

    private void attempt(RefreshAheadCache<ApiKey> cache, Recovery rec, int attempt, CompletableFuture<ApiKey> fetch) {
        fetch.whenComplete((key, error) -> {
            if (error != null) {
                events.recoveryFailed(rec.rejected, error);
                rec.result.completeExceptionally(error);
            } else if (!key.sameKeyAs(rec.rejected)) {
                events.recovered(key, rec.rejected);
                rec.result.complete(key);
            } else if (attempt >= rec.attempts || cache.isClosed()) {
                Duration pause = startCoolDown(cache, rec.rejected);
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
                Duration wait = RefreshAheadCache.doubled(rotationBackoff, attempt - 1, maxBackoff);
                try {
                    cache.scheduler()
                            .schedule(
                                    () -> attempt(cache, rec, attempt + 1, cache.loadNow()),
                                    wait.toNanos(),
                                    TimeUnit.NANOSECONDS);
                } catch (RejectedExecutionException e) {
                    rec.result.completeExceptionally(KeyPolicy.closedException());
                }
            }
        });
    }

    /** Starts (or lengthens) the cool-down for {@code rejected}; returns its length. */
    private Duration startCoolDown(RefreshAheadCache<ApiKey> cache, ApiKey rejected) {
        CoolDown previous = coolDown.get();
        int failed = previous != null && previous.rejected.sameKeyAs(rejected) ? previous.failedRecoveries + 1 : 1;
        Duration pause = RefreshAheadCache.doubled(initialBackoff, failed - 1, maxBackoff);
        coolDown.set(new CoolDown(rejected, failed, cache.clock().instant().plus(pause)));
        return pause;
    }

    /** A fetch found {@code key} in the store: a cool-down for another value ends. */
    void storeHolds(ApiKey key) {
        CoolDown cooling = coolDown.get();
        if (cooling != null && !cooling.rejected.sameKeyAs(key)) {
            coolDown.compareAndSet(cooling, null); // the store holds another value now
        }
    }

    /** Fails a recovery in flight: the cache is closing. */
    void close() {
        Recovery rec = recovery.getAndSet(null);
        if (rec != null) {
            rec.result.completeExceptionally(KeyPolicy.closedException());
        }
    }

    private @Nullable ApiKey await(CompletableFuture<@Nullable ApiKey> future) {
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
}

package com.augno.sdk.api.core;

import com.augno.sdk.errors.ApiConnectionException;
import com.augno.sdk.errors.ApiServerException;
import com.augno.sdk.errors.AugnoException;
import com.augno.sdk.errors.RateLimitException;
import com.augno.sdk.http.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Waits for a {@link Job} to finish: the ten operations that answer {@code 202 Accepted} (the bulk
 * upserts and {@code sales.accountPrices.actions.exportPriceList}) return a job, which this reads
 * again with {@code GET /v1/core/jobs/{id}} until its status is final.
 *
 * <pre>{@code
 * Job started = client.catalog().units().bulkUpsert(params);
 * Job done = JobWaiter.of(client.core().jobs()).await(started, Duration.ofMinutes(5));
 * }</pre>
 *
 * <p>Between reads it waits with exponential backoff: {@linkplain Builder#initialDelay(Duration)
 * 500 ms} first, doubled after each read up to {@linkplain Builder#maxDelay(Duration) 10 s}, and
 * never past the deadline; it never reads twice without waiting. A read that fails transiently (no
 * answer, a timeout, a {@code 5xx}, a {@code 429}, each after the client's own retries) is noted and
 * the wait goes on until the deadline; any other error (a {@code 404}, a refused key) is thrown at
 * once.
 *
 * <p>Outcomes: {@code completed} returns the job ({@code completed} means the job ran to the end,
 * not that every row succeeded: look at {@link Job#results()}); {@code failed} or {@code cancelled}
 * throws {@link JobFailedException}; a passed deadline throws {@link JobTimeoutException}, holding
 * the last job read. A status this SDK version does not know counts as still running.
 *
 * <p>Immutable and thread-safe; the clock and the sleeper are injectable so that tests wait for
 * nothing.
 */
public final class JobWaiter {
    private static final Logger LOG = LoggerFactory.getLogger(JobWaiter.class);

    /** The first wait between reads (500 ms). */
    public static final Duration DEFAULT_INITIAL_DELAY = Duration.ofMillis(500);

    /** The longest wait between reads (10 s). */
    public static final Duration DEFAULT_MAX_DELAY = Duration.ofSeconds(10);

    private final JobService jobs;
    private final Duration initialDelay;
    private final Duration maxDelay;
    private final Clock clock;
    private final Sleeper sleeper;

    private JobWaiter(Builder b) {
        this.jobs = b.jobs;
        this.initialDelay = b.initialDelay;
        this.maxDelay = b.maxDelay;
        this.clock = b.clock;
        this.sleeper = b.sleeper;
    }

    /**
     * Returns a waiter with the defaults (500 ms first wait, 10 s longest, the system clock, a
     * sleeping thread).
     *
     * @param jobs {@code client.core().jobs()}
     * @return the waiter
     * @throws NullPointerException if {@code jobs} is null
     */
    public static JobWaiter of(JobService jobs) {
        return builder(jobs).build();
    }

    /**
     * Returns a builder.
     *
     * @param jobs {@code client.core().jobs()}
     * @return the builder
     * @throws NullPointerException if {@code jobs} is null
     */
    public static Builder builder(JobService jobs) {
        return new Builder(jobs);
    }

    /**
     * Waits for {@code job} to finish, reading it again until its status is final.
     *
     * @param job the job a {@code 202} operation returned (or one read since)
     * @param timeout how long to wait at most, from now; must be positive
     * @return the completed job
     * @throws JobFailedException when the job failed or was cancelled
     * @throws JobTimeoutException when the deadline passed first (the job may still finish)
     * @throws com.augno.sdk.errors.AugnoApiException when a read fails for a reason waiting does not
     *     cure (for example {@code 404} or {@code 403})
     * @throws ApiConnectionException when the thread is interrupted while waiting (the interrupt
     *     flag is restored)
     * @throws IllegalArgumentException if {@code timeout} is not positive
     */
    public Job await(Job job, Duration timeout) {
        Objects.requireNonNull(job, "job == null");
        return await(job.id(), job, timeout);
    }

    /**
     * Waits for the job {@code jobId} to finish; reads it first.
     *
     * @param jobId the job's id
     * @param timeout how long to wait at most, from now; must be positive
     * @return the completed job
     * @throws JobFailedException when the job failed or was cancelled
     * @throws JobTimeoutException when the deadline passed first
     * @throws com.augno.sdk.errors.AugnoApiException when a read fails for a reason waiting does not cure
     * @throws ApiConnectionException when the thread is interrupted while waiting
     * @throws IllegalArgumentException if {@code timeout} is not positive
     */
    public Job await(String jobId, Duration timeout) {
        Objects.requireNonNull(jobId, "jobId == null");
        return await(jobId, null, timeout);
    }

    private Job await(String jobId, @Nullable Job known, Duration timeout) {
        Objects.requireNonNull(timeout, "timeout == null");
        if (timeout.isZero() || timeout.isNegative()) {
            throw new IllegalArgumentException("timeout must be positive, got " + timeout);
        }
        Instant start = clock.instant();
        Instant deadline = start.plus(timeout);
        @Nullable AugnoException lastFailure = null;
        int reads = 0;
        Job last;
        if (known != null) {
            last = known;
        } else {
            // Only an id: read it once straight away.
            last = jobs.get(jobId);
            reads++;
        }
        Duration delay = initialDelay;
        while (true) {
            Optional<JobStatus.Known> status = last.status().known();
            if (status.isPresent()) {
                switch (status.get()) {
                    case COMPLETED:
                        return last;
                    case FAILED:
                    case CANCELLED:
                        throw JobFailedException.of(last);
                    default:
                        break;
                }
            }
            Instant now = clock.instant();
            Duration left = Duration.between(now, deadline);
            if (left.isZero() || left.isNegative()) {
                throw new JobTimeoutException(jobId, timeout, reads, last, lastFailure);
            }
            // Never sleep past the deadline, and never poll without waiting.
            Duration wait = delay.compareTo(left) < 0 ? delay : left;
            try {
                sleeper.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ApiConnectionException("Interrupted while waiting for job " + jobId, null);
            }
            delay = next(delay);
            if (!clock.instant().isBefore(deadline)) {
                throw new JobTimeoutException(jobId, timeout, reads, last, lastFailure);
            }
            try {
                reads++;
                last = jobs.get(jobId);
            } catch (ApiConnectionException | ApiServerException | RateLimitException e) {
                // Transient (the client's transport already retried it): waiting may cure it.
                lastFailure = e;
                LOG.debug(
                        "Reading job {} failed transiently ({}); waiting on",
                        jobId,
                        e.getClass().getSimpleName());
            }
        }
    }

    private Duration next(Duration delay) {
        Duration doubled = delay.multipliedBy(2);
        return doubled.compareTo(maxDelay) > 0 ? maxDelay : doubled;
    }

    /** Builds a {@link JobWaiter}. */
    public static final class Builder {
        private final JobService jobs;
        private Duration initialDelay = DEFAULT_INITIAL_DELAY;
        private Duration maxDelay = DEFAULT_MAX_DELAY;
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.system();

        private Builder(JobService jobs) {
            this.jobs = Objects.requireNonNull(jobs, "jobs == null");
        }

        /**
         * Sets the first wait between reads; default 500 ms.
         *
         * @param initialDelay a positive duration
         * @return this builder
         * @throws IllegalArgumentException if not positive
         */
        public Builder initialDelay(Duration initialDelay) {
            this.initialDelay = positive(initialDelay, "initialDelay");
            return this;
        }

        /**
         * Sets the longest wait between reads; default 10 s.
         *
         * @param maxDelay a positive duration
         * @return this builder
         * @throws IllegalArgumentException if not positive
         */
        public Builder maxDelay(Duration maxDelay) {
            this.maxDelay = positive(maxDelay, "maxDelay");
            return this;
        }

        /**
         * Sets the clock the deadline is measured with; default the system clock.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock == null");
            return this;
        }

        /**
         * Sets what waits between reads; default {@link Sleeper#system()}.
         *
         * @param sleeper the sleeper
         * @return this builder
         */
        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper, "sleeper == null");
            return this;
        }

        /**
         * Builds the waiter.
         *
         * @return the waiter
         * @throws IllegalArgumentException if {@code maxDelay} is shorter than {@code initialDelay}
         */
        public JobWaiter build() {
            if (maxDelay.compareTo(initialDelay) < 0) {
                throw new IllegalArgumentException(
                        "maxDelay (" + maxDelay + ") is shorter than initialDelay (" + initialDelay + ")");
            }
            return new JobWaiter(this);
        }

        private static Duration positive(Duration d, String name) {
            Objects.requireNonNull(d, name + " == null");
            if (d.isZero() || d.isNegative()) {
                throw new IllegalArgumentException(name + " must be positive, got " + d);
            }
            return d;
        }
    }
}

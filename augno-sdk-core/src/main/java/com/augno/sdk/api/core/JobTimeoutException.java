package com.augno.sdk.api.core;

import com.augno.sdk.errors.AugnoException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * {@link JobWaiter} gave up: the deadline passed before the job finished. The job may still finish;
 * read it again later with {@code client.core().jobs().get(id)}. {@link #lastRead()} is the job as
 * last read (empty when no read succeeded); a transient failure of the last reads is the cause.
 */
public final class JobTimeoutException extends AugnoException {
    private static final long serialVersionUID = 1L;

    private final String jobId;
    private final Duration timeout;
    private final transient @Nullable Job lastRead;

    JobTimeoutException(
            String jobId, Duration timeout, int reads, @Nullable Job lastRead, @Nullable AugnoException lastFailure) {
        super(
                "Job " + jobId + " did not finish within " + timeout + " (" + reads + " read(s); last status "
                        + (lastRead == null ? "unknown" : lastRead.status().value()) + ")"
                        + (lastFailure == null
                                ? ""
                                : "; the last read failed: "
                                        + lastFailure.getClass().getSimpleName())
                        + ". It may still finish: read it again later.",
                lastFailure);
        this.jobId = Objects.requireNonNull(jobId, "jobId == null");
        this.timeout = Objects.requireNonNull(timeout, "timeout == null");
        this.lastRead = lastRead;
    }

    /** Returns the job's id. */
    public String jobId() {
        return jobId;
    }

    /** Returns how long was waited. */
    public Duration timeout() {
        return timeout;
    }

    /** Returns the job as last read, if a read succeeded. */
    public Optional<Job> lastRead() {
        return Optional.ofNullable(lastRead);
    }
}

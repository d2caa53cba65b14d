package com.augno.sdk.api.core;

import com.augno.sdk.errors.AugnoException;
import com.augno.sdk.secrets.KeyShapes;
import java.util.Objects;

/**
 * A job that {@link JobWaiter} waited for ended {@code failed} or {@code cancelled}. {@link #job()}
 * is the job as last read (its {@link Job#error()}, {@link Job#results()}). The message names the
 * job, its status and the API's error code; the API's error text is redacted of anything key-shaped.
 */
public final class JobFailedException extends AugnoException {
    private static final long serialVersionUID = 1L;

    private final transient Job job;

    private JobFailedException(String message, Job job) {
        super(message);
        this.job = job;
    }

    static JobFailedException of(Job job) {
        Objects.requireNonNull(job, "job == null");
        String detail = job.error()
                .map(e -> ": " + e.code().value() + " (" + KeyShapes.redactAll(e.message()) + ")")
                .orElse("");
        return new JobFailedException(
                "Job " + job.id() + " (" + job.type().value() + " of "
                        + job.resourceType().value() + ") ended " + job.status().value() + detail,
                job);
    }

    /** Returns the job as last read. */
    public Job job() {
        return job;
    }

    /** Returns the final status ({@code failed} or {@code cancelled}). */
    public JobStatus status() {
        return job.status();
    }
}

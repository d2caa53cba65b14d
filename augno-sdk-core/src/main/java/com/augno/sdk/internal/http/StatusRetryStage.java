package com.augno.sdk.internal.http;

import com.augno.sdk.errors.ApiError;
import com.augno.sdk.errors.AugnoApiException;
import com.augno.sdk.http.ResponseHeaders;
import com.augno.sdk.observability.RetryReason;
import java.time.Duration;
import java.util.Objects;
import org.slf4j.Logger;

/**
 * Not API. The last stage for an error answer: retries a retryable status ({@link
 * RetryPolicy#shouldRetry}) within the call's budget and deadline, waiting {@code Retry-After} when
 * the server sent one (refusing a wait longer than {@link RetryPolicy#MAX_RETRY_AFTER}) or else the
 * backoff; otherwise ends the call with the mapped exception.
 */
final class StatusRetryStage implements Stage {
    static final StatusRetryStage INSTANCE = new StatusRetryStage();
    private static final Logger LOG = AttemptStage.LOG;

    private StatusRetryStage() {}

    @Override
    public Verdict handle(Exchange x) {
        int status = x.status;
        ApiError error = Objects.requireNonNull(x.error);
        AugnoApiException failure = Objects.requireNonNull(x.failure);
        ResponseHeaders headers = x.headers();
        Duration retryAfter = x.retryAfter;
        if (x.retries < x.maxRetries && RetryPolicy.shouldRetry(status, error, headers)) {
            if (retryAfter != null && retryAfter.compareTo(RetryPolicy.MAX_RETRY_AFTER) > 0) {
                LOG.warn(
                        "{} {} -> {}: the server asked to wait {} s, longer than the SDK waits; not retrying",
                        x.method,
                        x.path(),
                        status,
                        retryAfter.toSeconds());
                x.finished(status, headers, x.errorCode(), null);
                throw failure;
            }
            Duration wait = retryAfter != null ? retryAfter : RetryPolicy.backoff(x.retries);
            if (x.fitsDeadline(wait)) {
                x.retries++;
                LOG.warn(
                        "Retrying {} {} in {} ms after HTTP {} {} (request {}); retry {} of {}",
                        x.method,
                        x.path(),
                        wait.toMillis(),
                        status,
                        error.code().orElse("-"),
                        headers.requestId().orElse("-"),
                        x.retries,
                        x.maxRetries);
                x.finished(status, headers, x.errorCode(), RetryReason.RETRYABLE_STATUS);
                x.sleep(wait);
                return Verdict.RETRY;
            }
        }
        x.finished(status, headers, x.errorCode(), null);
        LOG.warn("{} {} failed after {} attempt(s): {}", x.method, x.path(), x.attempt, failure.getMessage());
        throw failure;
    }
}

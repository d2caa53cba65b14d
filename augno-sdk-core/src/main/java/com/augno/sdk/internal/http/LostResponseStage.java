package com.augno.sdk.internal.http;

import com.augno.sdk.errors.ApiConnectionException;
import com.augno.sdk.errors.ApiTimeoutException;
import com.augno.sdk.errors.AugnoException;
import com.augno.sdk.observability.RetryReason;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import org.slf4j.Logger;

/**
 * Not API. The retry decision for an attempt without a usable answer: no response at all
 * (connection failure, timeout) or a 2xx whose body broke off or timed out while read. Retries by
 * {@link RetryPolicy#backoff(int)} within the call's budget and deadline; otherwise ends the call
 * with {@link ApiTimeoutException} (a passed timeout, as the error table promises) or {@link
 * ApiConnectionException}. Passes answered attempts on.
 */
final class LostResponseStage implements Stage {
    static final LostResponseStage INSTANCE = new LostResponseStage();
    private static final Logger LOG = AttemptStage.LOG;

    private LostResponseStage() {}

    @Override
    public Verdict handle(Exchange x) {
        IOException none = x.noResponse;
        if (none != null) {
            return noResponse(x, none);
        }
        IOException broke = x.bodyBroke;
        if (broke != null) {
            return truncated(x, broke);
        }
        return Verdict.NEXT;
    }

    private static Verdict noResponse(Exchange x, IOException e) {
        long ms = AttemptStage.elapsedMillis(x.startedNanos);
        boolean timeout = e instanceof InterruptedIOException;
        String what = timeout
                ? "timed out after " + ms + " ms"
                : "failed: " + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : ": " + e.getMessage())
                        + BaseUrls.otherHostHint(e, x.url.host());
        LOG.debug(
                "{} {} -> no response ({}; attempt {}/{}, {} ms, key {})",
                x.method,
                x.path(),
                Redactor.redact(what),
                x.attempt,
                x.maxRetries + 1,
                ms,
                x.key.redacted());
        AugnoException failure = timeout
                ? new ApiTimeoutException(x.method + " " + x.path() + " " + what + " (attempt " + x.attempt + ")", null)
                : new ApiConnectionException(
                        x.method + " " + x.path() + " " + Redactor.redact(what) + " (attempt " + x.attempt + ")", null);
        if (x.retries < x.maxRetries) {
            Duration wait = RetryPolicy.backoff(x.retries);
            if (x.fitsDeadline(wait)) {
                x.retries++;
                LOG.warn(
                        "Retrying {} {} in {} ms after no response ({}); retry {} of {}",
                        x.method,
                        x.path(),
                        wait.toMillis(),
                        timeout ? "timeout" : e.getClass().getSimpleName(),
                        x.retries,
                        x.maxRetries);
                x.finished(0, null, null, timeout ? RetryReason.TIMEOUT : RetryReason.CONNECTION_FAILURE);
                x.sleep(wait);
                return Verdict.RETRY;
            }
        }
        x.finished(0, null, null, null);
        LOG.warn("{} {} failed after {} attempt(s): {}", x.method, x.path(), x.attempt, failure.getMessage());
        throw failure;
    }

    private static Verdict truncated(Exchange x, IOException e) {
        int status = x.status;
        boolean timeout = e instanceof InterruptedIOException;
        String what = timeout
                ? ": the response body did not arrive in time (timed out after "
                        + AttemptStage.elapsedMillis(x.startedNanos) + " ms, attempt " + x.attempt + ")"
                : ": the response body broke off (" + e.getClass().getSimpleName() + ")";
        AugnoException failure = timeout
                ? new ApiTimeoutException(x.method + " " + x.path() + " -> " + status + what, null)
                : new ApiConnectionException(x.method + " " + x.path() + " -> " + status + what, null);
        if (x.retries < x.maxRetries && x.fitsDeadline(RetryPolicy.backoff(x.retries))) {
            Duration wait = RetryPolicy.backoff(x.retries);
            x.retries++;
            LOG.warn(
                    "Retrying {} {} in {} ms after a truncated response; retry {} of {}",
                    x.method,
                    x.path(),
                    wait.toMillis(),
                    x.retries,
                    x.maxRetries);
            x.finished(status, x.headers, null, RetryReason.TRUNCATED_BODY);
            x.sleep(wait);
            return Verdict.RETRY;
        }
        x.finished(status, x.headers, null, null);
        LOG.warn("{} {} failed after {} attempt(s): {}", x.method, x.path(), x.attempt, failure.getMessage());
        throw failure;
    }
}

package com.augno.sdk.internal.http;

import com.augno.sdk.errors.ApiError;
import com.augno.sdk.errors.AugnoApiException;
import com.augno.sdk.internal.auth.KeySource;
import com.augno.sdk.observability.RetryReason;
import com.augno.sdk.secrets.ApiKey;
import java.util.Objects;
import org.slf4j.Logger;

/**
 * Not API. The 401 key path, at most once per call: for a key error ({@link
 * ErrorMapper#isKeyError}) it asks the {@link KeySource} for a replacement and, when the store now
 * holds another value, retries once with it (not counted against the retry budget). When the store
 * still holds the refused value, or refetching fails (added as suppressed), the call ends with the
 * mapped 401. Passes other answers on.
 */
final class KeyRefetchStage implements Stage {
    private static final Logger LOG = AttemptStage.LOG;

    private final KeySource keys;

    KeyRefetchStage(KeySource keys) {
        this.keys = keys;
    }

    @Override
    public Verdict handle(Exchange x) {
        ApiError error = Objects.requireNonNull(x.error);
        if (x.keyRefetched || !ErrorMapper.isKeyError(x.status, error)) {
            return Verdict.NEXT;
        }
        x.keyRefetched = true;
        AugnoApiException failure = Objects.requireNonNull(x.failure);
        ApiKey key = x.key;
        ApiKey replacement;
        try {
            replacement = keys.replacementFor(key);
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
            x.finished(x.status, x.headers, x.errorCode(), null);
            LOG.warn(
                    "{} {} -> 401 {}: the key {} was refused and refetching it failed ({})",
                    x.method,
                    x.path(),
                    error.code().orElse("-"),
                    key.redacted(),
                    e.getClass().getSimpleName());
            throw failure;
        }
        if (replacement != null && !replacement.sameKeyAs(key)) {
            LOG.warn(
                    "{} {} -> 401 {}: the key {} was refused; retrying once with the refetched key {}",
                    x.method,
                    x.path(),
                    error.code().orElse("-"),
                    key.redacted(),
                    replacement.redacted());
            x.finished(x.status, x.headers, x.errorCode(), RetryReason.KEY_REJECTED);
            x.key = replacement;
            return Verdict.RETRY;
        }
        LOG.warn(
                "{} {} -> 401 {}: the key {} was refused and the secret store still holds it",
                x.method,
                x.path(),
                error.code().orElse("-"),
                key.redacted());
        x.finished(x.status, x.headers, x.errorCode(), null);
        throw failure;
    }
}

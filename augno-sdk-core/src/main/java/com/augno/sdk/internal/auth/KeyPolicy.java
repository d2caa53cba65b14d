package com.augno.sdk.internal.auth;

import com.augno.sdk.errors.AugnoException;
import com.augno.sdk.errors.InvalidApiKeyException;
import com.augno.sdk.errors.SecretProviderException;
import com.augno.sdk.errors.SecretUnavailableException;
import com.augno.sdk.secrets.ApiKey;
import com.augno.sdk.secrets.KeyMode;
import com.augno.sdk.secrets.SecretProvider;
import com.augno.sdk.secrets.SecretValue;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Not API. What the {@link KeyCache}'s cached value means: a key fetched from the store, parsed,
 * checked against the key mode (the configured one, or else the first key's), logged redacted and
 * reported to the listeners; which failures are transient; the errors callers see.
 */
final class KeyPolicy implements RefreshAheadCache.Policy<ApiKey> {
    // The cache's logger name, kept for every part of it: users' logging configurations name it.
    private static final Logger LOG = LoggerFactory.getLogger(KeyCache.class);

    private final SecretProvider provider;
    private final String description;
    private final @Nullable KeyMode expectedMode;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final KeyEvents events;
    private final KeyRecovery recovery;
    private final AtomicReference<@Nullable KeyMode> firstMode = new AtomicReference<>();

    KeyPolicy(
            SecretProvider provider,
            String description,
            @Nullable KeyMode expectedMode,
            Duration initialBackoff,
            Duration maxBackoff,
            KeyEvents events,
            KeyRecovery recovery) {
        this.provider = provider;
        this.description = description;
        this.expectedMode = expectedMode;
        this.initialBackoff = initialBackoff;
        this.maxBackoff = maxBackoff;
        this.events = events;
        this.recovery = recovery;
    }

    @Override
    public ApiKey load() {
        SecretValue secret = provider.fetch();
        ApiKey parsed = ApiKey.parse(secret, description);
        checkMode(parsed);
        return parsed;
    }

    @Override
    public RuntimeException normalise(RuntimeException e) {
        if (e instanceof AugnoException) {
            return e;
        }
        // A provider bug: its message is not known to be free of secrets, so keep it only as the cause.
        return new SecretProviderException(
                description,
                "the secret provider failed unexpectedly (" + e.getClass().getName() + ")",
                e);
    }

    @Override
    public boolean isTransient(RuntimeException failure) {
        return failure instanceof SecretProviderException && ((SecretProviderException) failure).isTransient();
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

    @Override
    public void loaded(ApiKey key, @Nullable ApiKey previous, int previousFailures) {
        recovery.storeHolds(key);
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
        } else if (previous != null && !previous.sameKeyAs(key)) {
            LOG.info(
                    "Augno API key from {} changed: now {} (fingerprint {}), was {}",
                    description,
                    key.redacted(),
                    key.fingerprint(),
                    previous.redacted());
        }
        if (previousFailures > 0) {
            LOG.info("Fetched the Augno API key from {} again after {} failed attempts", description, previousFailures);
        }
        events.fetched(key, previous);
    }

    @Override
    public void failed(
            RuntimeException failure,
            @Nullable ApiKey kept,
            int failures,
            @Nullable ApiKey usable,
            Instant staleUntil) {
        if (failures == 1) {
            if (usable != null) {
                LOG.warn(
                        "Could not refresh the Augno API key: {} Serving the last good key {} until {} at the latest;"
                                + " retrying with backoff from {} up to {}.",
                        failure.getMessage(),
                        usable.redacted(),
                        staleUntil,
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
    }

    @Override
    public void staleUsed(ApiKey key, @Nullable Instant loadedAt, Instant now, int failures) {
        events.staleUsed(key, loadedAt, now, failures);
    }

    @Override
    public RuntimeException unavailable(
            @Nullable ApiKey last, Instant staleUntil, int failures, Duration retryIn, RuntimeException failure) {
        String lastKey = last == null
                ? "no key was ever fetched"
                : "the last good key " + last.redacted() + " expired from the cache at " + staleUntil;
        return new SecretUnavailableException(
                description,
                "no usable Augno API key: the store has failed " + failures + " time(s) in a row (" + lastKey
                        + "); next attempt in " + retryIn.toMillis() + " ms",
                failure);
    }

    @Override
    public RuntimeException notInTime(Duration maxWait) {
        return new SecretUnavailableException(
                description, "no Augno API key within " + maxWait + ": the store has not answered yet");
    }

    @Override
    public RuntimeException interrupted(InterruptedException e) {
        return new SecretUnavailableException(description, "interrupted while waiting for the Augno API key", e);
    }

    @Override
    public RuntimeException loadFailed(Throwable cause) {
        return new SecretProviderException(description, "the fetch failed", cause);
    }

    @Override
    public RuntimeException closed() {
        return closedException();
    }

    static IllegalStateException closedException() {
        return new IllegalStateException("The Augno client's key cache is closed");
    }
}

package com.augno.sdk.keys;

import com.augno.sdk.errors.ConfigurationException;
import com.augno.sdk.errors.SecretProviderException;
import com.augno.sdk.secrets.PutOptions;
import com.augno.sdk.secrets.WritableSecretStore;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the new secret into the store, with the rotation id as request token; retries a failed
 * write with backoff unless the store calls the failure permanent, then hands the secret back in a
 * {@link RotationIncompleteException}.
 */
final class RotationStoreWriter {
    // Logged under KeyRotator, the name operators configure: the parts are not API.
    private static final Logger LOG = LoggerFactory.getLogger(KeyRotator.class);

    private final RotationSettings settings;
    private final WritableSecretStore store;
    private final int storeWriteAttempts;

    RotationStoreWriter(RotationSettings settings) {
        this.settings = settings;
        this.store = settings.store();
        this.storeWriteAttempts = settings.storeWriteAttempts();
    }

    /**
     * Writes the new secret (see {@link #writeStore}) so that nothing but the store's version
     * comes out of it without the secret: any failure on the way, also a bug such as a
     * NullPointerException from a field Augno's answer lacked, ends in a {@link
     * RotationIncompleteException} that holds the secret, with that failure as its cause.
     */
    String writeHoldingSecret(
            RotationMint.Created secret,
            String rotationId,
            String oldKeyId,
            Instant oldDies,
            List<String> recovery,
            int[] attempts) {
        try {
            return writeStore(secret, rotationId, secret.id(), oldKeyId, oldDies, recovery, attempts);
        } catch (RotationIncompleteException e) {
            return rethrowHolding(e, secret);
        } catch (RuntimeException e) {
            throw unexpected(e, secret, rotationId, oldKeyId, oldDies, recovery);
        }
    }

    /** An incomplete rotation without the secret (cannot happen today) gets it added. */
    private static String rethrowHolding(RotationIncompleteException e, RotationMint.Created secret) {
        if (e.unstoredSecretValue().isPresent()) {
            throw e;
        }
        throw new RotationIncompleteException(
                Objects.requireNonNullElse(e.getMessage(), "the rotation is incomplete"),
                e.state(),
                secret.secretValue(),
                e);
    }

    private RotationIncompleteException unexpected(
            RuntimeException e,
            RotationMint.Created secret,
            String rotationId,
            String oldKeyId,
            Instant oldDies,
            List<String> recovery) {
        // Every value below is read defensively: this path must not fail itself.
        String newKeyId = secret.id();
        String redacted = safely(secret::redactedSecret, "(redacted form unavailable)");
        String where = safely(store::description, "the store");
        String error = "writing the store failed unexpectedly: " + e.getClass().getSimpleName();
        RotationState state = RotationState.of(
                rotationId,
                oldKeyId,
                Optional.of(newKeyId),
                Optional.of(redacted),
                Optional.of(oldDies),
                where,
                error,
                recovery);
        LOG.error(
                "Rotation {} incomplete: key {} rotated into {} ({}), old key dies at {}; {}. The new secret is held"
                        + " by the RotationIncompleteException: write it to the store before the old key dies.",
                rotationId,
                oldKeyId,
                newKeyId,
                redacted,
                oldDies,
                error);
        return new RotationIncompleteException(
                "Rotation of " + oldKeyId + " is incomplete: new key " + newKeyId + " (" + redacted
                        + ") may not be in " + where + " (" + error + "); the old key dies at " + oldDies
                        + ". The exception holds the new secret: write it to the store (never print it).",
                state,
                secret.secretValue(),
                e);
    }

    private static String safely(Supplier<@Nullable String> read, String otherwise) {
        try {
            String value = read.get();
            return value == null ? otherwise : value;
        } catch (RuntimeException e) {
            return otherwise;
        }
    }

    String writeStore(
            RotationMint.Created secret,
            String rotationId,
            String newKeyId,
            String oldKeyId,
            Instant oldDies,
            List<String> recovery,
            int[] attempts) {
        PutOptions options = PutOptions.withRequestToken(rotationId);
        RuntimeException last = null;
        for (int attempt = 1; attempt <= storeWriteAttempts; attempt++) {
            attempts[0] = attempt;
            try {
                String version = store.put(secret.secretValue(), options);
                if (attempt > 1) {
                    recovery.add("store write succeeded on attempt " + attempt);
                }
                return version;
            } catch (ConfigurationException e) {
                // A reference that cannot be written does not get better by retrying.
                last = e;
                recovery.add("store write refused: " + e.getMessage());
                break;
            } catch (RuntimeException e) {
                last = e;
                // A store that says the failure is permanent (access denied, version quota, secret
                // scheduled for deletion) will refuse again: stop and hand the secret back now.
                boolean permanent = e instanceof SecretProviderException spe && !spe.isTransient();
                recovery.add("store write attempt " + attempt + " failed: "
                        + e.getClass().getSimpleName() + (permanent ? " (permanent, not retried)" : ""));
                LOG.warn(
                        "Rotation {}: writing {} failed (attempt {} of {}): {}",
                        rotationId,
                        store.description(),
                        attempt,
                        storeWriteAttempts,
                        e.getMessage());
                if (permanent) {
                    break;
                }
                if (attempt < storeWriteAttempts) {
                    pause(attempt);
                }
            }
        }
        String error = "writing the store failed: " + (last == null ? "unknown" : last.getMessage());
        RotationState state = RotationState.of(
                rotationId,
                oldKeyId,
                Optional.of(newKeyId),
                Optional.of(secret.redactedSecret()),
                Optional.of(oldDies),
                store.description(),
                error,
                recovery);
        LOG.error(
                "Rotation {} incomplete: key {} rotated into {} ({}), old key dies at {}; {}. The new secret is held"
                        + " by the RotationIncompleteException: write it to the store before the old key dies.",
                rotationId,
                oldKeyId,
                newKeyId,
                secret.redactedSecret(),
                oldDies,
                error);
        throw new RotationIncompleteException(
                "Rotation of " + oldKeyId + " is incomplete: new key " + newKeyId + " (" + secret.redactedSecret()
                        + ") could not be written to " + store.description() + " after " + attempts[0]
                        + " attempt(s); the old key dies at " + oldDies + ". The exception holds the new secret:"
                        + " write it to the store (never print it).",
                state,
                secret.secretValue(),
                last);
    }

    private void pause(int attempt) {
        settings.pause(attempt);
    }
}

package com.augno.sdk.keys;

import static com.augno.sdk.keys.RotationSettings.idOf;

import com.augno.sdk.AugnoClient;
import com.augno.sdk.auth.ApiKeyRotateParams;
import com.augno.sdk.auth.ApiKeySecretNotReturnedException;
import com.augno.sdk.auth.CreatedApiKey;
import com.augno.sdk.errors.ApiServerException;
import com.augno.sdk.errors.AugnoApiException;
import com.augno.sdk.errors.AugnoException;
import com.augno.sdk.errors.IdempotencyException;
import com.augno.sdk.errors.RateLimitException;
import com.augno.sdk.errors.ResponseDecodingException;
import com.augno.sdk.http.RequestOptions;
import com.augno.sdk.secrets.SecretValue;
import com.augno.sdk.secrets.WritableSecretStore;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rotate call: made with the rotation's idempotency key and repeated while its outcome is
 * unknown. Says what it achieved; the orphan search ({@link OrphanRecovery}) takes over when no
 * answer held the secret.
 */
final class RotationMint {
    // Logged under KeyRotator, the name operators configure: the parts are not API.
    private static final Logger LOG = LoggerFactory.getLogger(KeyRotator.class);

    private final RotationSettings settings;
    private final AugnoClient client;
    private final WritableSecretStore store;
    private final int rotateAttempts;

    RotationMint(RotationSettings settings) {
        this.settings = settings;
        this.client = settings.client();
        this.store = settings.store();
        this.rotateAttempts = settings.rotateAttempts();
    }

    /**
     * A new key: its id ({@code MISSING_ID} when Augno's answer lacked it) and its secret. Only what
     * the store write, the verification and the report need, so that an answer whose record is
     * incomplete still yields the secret.
     */
    record Created(String id, SecretValue secretValue, String redactedSecret, boolean recognized) {
        static Created of(CreatedApiKey c) {
            return new Created(idOf(c.info()), c.secretValue(), c.redactedSecret(), c.recognized());
        }
    }

    /**
     * What the rotate calls achieved: the new key, or nothing (then the orphan search decides) with
     * the refusal Augno answered, if it refused.
     */
    record Attempted(@Nullable Created created, @Nullable AugnoApiException refusal) {}

    /**
     * Calls rotate, retrying with the same idempotency key while the outcome is unknown. Without a
     * secret in any answer the caller looks for the orphaned new key: even a refusal of the first
     * call proves nothing, since the admin client's transport may already have sent it once (a
     * lost answer to a self-rotation ends in {@code 401 api_key_revoked} on the resend).
     *
     * @throws KeyRotationException when the call was refused before it was sent (nothing changed)
     */
    Attempted rotateWithReplay(String keyId, @Nullable Instant revokeAt, String idempotencyKey, List<String> recovery) {
        ApiKeyRotateParams.Builder pb = ApiKeyRotateParams.builder();
        if (revokeAt != null) {
            pb.revokeAt(revokeAt);
        }
        ApiKeyRotateParams params = pb.build();
        RequestOptions options =
                RequestOptions.builder().idempotencyKey(idempotencyKey).build();
        for (int attempt = 1; attempt <= rotateAttempts; attempt++) {
            try {
                CreatedApiKey created = client.apiKeys().rotate(keyId, params, options);
                if (attempt > 1) {
                    recovery.add("rotate call " + attempt + " (same idempotency key) returned the new secret");
                }
                return new Attempted(Created.of(created), null);
            } catch (ApiKeySecretNotReturnedException e) {
                recovery.add("rotate call " + attempt + " answered without the new secret (an idempotent replay)");
                LOG.warn("Rotation {}: the rotate answer has no usable secret (replay)", idempotencyKey);
                return new Attempted(null, null);
            } catch (ResponseDecodingException e) {
                // An empty or foreign 2xx body: the rotation may have happened; ask again.
                recovery.add("rotate call " + attempt + " answered without a key record: outcome unknown");
                if (attempt < rotateAttempts) {
                    pause(attempt);
                }
            } catch (IllegalArgumentException e) {
                // Refused before sending (e.g. revoke_at beyond Augno's limit by the client's clock).
                if (attempt == 1) {
                    throw refused(keyId, idempotencyKey, recovery, e);
                }
                recovery.add("rotate call " + attempt + " refused before sending: " + e.getMessage());
                return new Attempted(null, null);
            } catch (ApiServerException | IdempotencyException | RateLimitException e) {
                unknownOutcome(idempotencyKey, attempt, recovery, e);
            } catch (AugnoApiException e) {
                // Only the server's state can prove nothing changed: the orphan search reads it.
                recovery.add("rotate call " + attempt + " refused (" + e.statusCode()
                        + e.code().map(c -> " " + c).orElse("")
                        + "); the transport may have sent it before, so the outcome is checked");
                return new Attempted(null, e);
            } catch (AugnoException e) {
                // No answer, a timeout, or an answer that does not decode: the key may have been rotated.
                unknownOutcome(idempotencyKey, attempt, recovery, e);
            }
        }
        return new Attempted(null, null);
    }

    /** Notes a rotate call whose outcome is unknown and waits before the next one. */
    private void unknownOutcome(String rotationId, int attempt, List<String> recovery, AugnoException e) {
        recovery.add(
                "rotate call " + attempt + " outcome unknown: " + e.getClass().getSimpleName());
        LOG.warn(
                "Rotation {}: rotate call {} of {} has an unknown outcome: {}",
                rotationId,
                attempt,
                rotateAttempts,
                e.getMessage());
        if (attempt < rotateAttempts) {
            pause(attempt);
        }
    }

    private KeyRotationException refused(String keyId, String rotationId, List<String> recovery, RuntimeException e) {
        RotationState state = RotationState.of(
                rotationId,
                keyId,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                store.description(),
                e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(),
                recovery);
        return new KeyRotationException(
                "Augno refused to rotate " + keyId + "; nothing was changed: " + e.getMessage(), state, e);
    }

    private void pause(int attempt) {
        settings.pause(attempt);
    }
}

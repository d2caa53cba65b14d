package com.augno.sdk.keys;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where a rotation stood when it stopped: enough to finish it by hand. Holds no secret.
 *
 * @param rotationId the rotation's id (idempotency key and store request token)
 * @param oldKeyId the key being rotated
 * @param newKeyId the replacement's id, when one was created
 * @param newKeyRedacted the replacement's redacted value, when one was created
 * @param oldKeyRevokesAt when the old key stops working, when a rotate call took effect
 * @param store the log-safe description of the secret store
 * @param error what failed, without secrets
 * @param recovery what was tried
 */
public record RotationState(
        String rotationId,
        String oldKeyId,
        Optional<String> newKeyId,
        Optional<String> newKeyRedacted,
        Optional<Instant> oldKeyRevokesAt,
        String store,
        String error,
        List<String> recovery) {

    /** Copies the recovery notes. */
    public RotationState {
        recovery = List.copyOf(recovery);
    }

    @Override
    public String toString() {
        return "rotation " + rotationId + ": old key " + oldKeyId
                + newKeyId.map(id -> ", new key " + id
                                + newKeyRedacted.map(r -> " (" + r + ")").orElse(""))
                        .orElse(", no new key")
                + oldKeyRevokesAt.map(t -> ", old key revokes at " + t).orElse("")
                + ", store " + store + ", error: " + error
                + (recovery.isEmpty() ? "" : ", recovery: " + String.join("; ", recovery));
    }
}

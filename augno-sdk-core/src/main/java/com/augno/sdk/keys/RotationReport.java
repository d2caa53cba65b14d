package com.augno.sdk.keys;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a finished rotation did: the old and new key, the store version, when the old key dies, and
 * whether the new key was verified. Holds no secret.
 *
 * @param rotationId this rotation's id: the idempotency key of the rotate call and the request
 *     token of the store write
 * @param kind scheduled (overlap) or emergency
 * @param keyName the key's name (the replacement keeps it)
 * @param oldKeyId the rotated key's id
 * @param oldKeyRedacted the rotated key's redacted value
 * @param newKeyId the replacement's id: the key the store now holds
 * @param newKeyRedacted the replacement's redacted value
 * @param store the log-safe description of the secret store
 * @param storeVersion the store's id of the new version (empty when the store has none)
 * @param storeWriteAttempts how many writes it took
 * @param oldKeyRevokesAt when the old key stops (stopped) working
 * @param verification whether the stored key authenticates
 * @param verificationDetail what the verification saw
 * @param recovery what went wrong on the way and how it was recovered (empty on a clean run)
 * @param startedAt when the rotation started
 * @param finishedAt when it finished
 */
public record RotationReport(
        String rotationId,
        RotationKind kind,
        String keyName,
        String oldKeyId,
        String oldKeyRedacted,
        String newKeyId,
        String newKeyRedacted,
        String store,
        String storeVersion,
        int storeWriteAttempts,
        Instant oldKeyRevokesAt,
        Verification verification,
        String verificationDetail,
        List<String> recovery,
        Instant startedAt,
        Instant finishedAt) {

    /** Copies the recovery notes and checks the components are present. */
    public RotationReport {
        Objects.requireNonNull(rotationId, "rotationId == null");
        Objects.requireNonNull(newKeyId, "newKeyId == null");
        recovery = List.copyOf(recovery);
    }

    /** Returns true when the new key is stored and authenticates. */
    public boolean verified() {
        return verification != Verification.FAILED;
    }
}

package com.augno.sdk.keys;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a finished rotation did: the old and new key, the store version, when the old key dies, and
 * whether the new key was verified. Immutable; built by {@link KeyRotator}. Holds no secret: keys
 * appear only by id and redacted form.
 */
public final class RotationReport {
    private final String rotationId;
    private final RotationKind kind;
    private final String keyName;
    private final String oldKeyId;
    private final String oldKeyRedacted;
    private final String newKeyId;
    private final String newKeyRedacted;
    private final String store;
    private final String storeVersion;
    private final int storeWriteAttempts;
    private final Instant oldKeyRevokesAt;
    private final Verification verification;
    private final String verificationDetail;
    private final List<String> recovery;
    private final Instant startedAt;
    private final Instant finishedAt;

    RotationReport(
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
        this.rotationId = Objects.requireNonNull(rotationId, "rotationId == null");
        this.kind = Objects.requireNonNull(kind, "kind == null");
        this.keyName = Objects.requireNonNull(keyName, "keyName == null");
        this.oldKeyId = Objects.requireNonNull(oldKeyId, "oldKeyId == null");
        this.oldKeyRedacted = Objects.requireNonNull(oldKeyRedacted, "oldKeyRedacted == null");
        this.newKeyId = Objects.requireNonNull(newKeyId, "newKeyId == null");
        this.newKeyRedacted = Objects.requireNonNull(newKeyRedacted, "newKeyRedacted == null");
        this.store = Objects.requireNonNull(store, "store == null");
        this.storeVersion = Objects.requireNonNull(storeVersion, "storeVersion == null");
        this.storeWriteAttempts = storeWriteAttempts;
        this.oldKeyRevokesAt = Objects.requireNonNull(oldKeyRevokesAt, "oldKeyRevokesAt == null");
        this.verification = Objects.requireNonNull(verification, "verification == null");
        this.verificationDetail = Objects.requireNonNull(verificationDetail, "verificationDetail == null");
        this.recovery = List.copyOf(recovery);
        this.startedAt = Objects.requireNonNull(startedAt, "startedAt == null");
        this.finishedAt = Objects.requireNonNull(finishedAt, "finishedAt == null");
    }

    /** Returns this rotation's id: the idempotency key of the rotate call and the request token of the store write. */
    public String rotationId() {
        return rotationId;
    }

    /** Returns scheduled (overlap) or emergency. */
    public RotationKind kind() {
        return kind;
    }

    /** Returns the key's name (the replacement keeps it). */
    public String keyName() {
        return keyName;
    }

    /** Returns the rotated key's id. */
    public String oldKeyId() {
        return oldKeyId;
    }

    /** Returns the rotated key's redacted value. */
    public String oldKeyRedacted() {
        return oldKeyRedacted;
    }

    /** Returns the replacement's id: the key the store now holds. */
    public String newKeyId() {
        return newKeyId;
    }

    /** Returns the replacement's redacted value. */
    public String newKeyRedacted() {
        return newKeyRedacted;
    }

    /** Returns the log-safe description of the secret store. */
    public String store() {
        return store;
    }

    /** Returns the store's id of the new version (empty when the store has none). */
    public String storeVersion() {
        return storeVersion;
    }

    /** Returns how many store writes it took. */
    public int storeWriteAttempts() {
        return storeWriteAttempts;
    }

    /** Returns when the old key stops (stopped) working. */
    public Instant oldKeyRevokesAt() {
        return oldKeyRevokesAt;
    }

    /** Returns whether the stored key authenticates. */
    public Verification verification() {
        return verification;
    }

    /** Returns what the verification saw. */
    public String verificationDetail() {
        return verificationDetail;
    }

    /** Returns what went wrong on the way and how it was recovered (empty on a clean run). */
    public List<String> recovery() {
        return recovery;
    }

    /** Returns when the rotation started. */
    public Instant startedAt() {
        return startedAt;
    }

    /** Returns when it finished. */
    public Instant finishedAt() {
        return finishedAt;
    }

    /** Returns true when the new key is stored and authenticates. */
    public boolean verified() {
        return verification != Verification.FAILED;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof RotationReport r
                && r.rotationId.equals(rotationId)
                && r.kind == kind
                && r.keyName.equals(keyName)
                && r.oldKeyId.equals(oldKeyId)
                && r.oldKeyRedacted.equals(oldKeyRedacted)
                && r.newKeyId.equals(newKeyId)
                && r.newKeyRedacted.equals(newKeyRedacted)
                && r.store.equals(store)
                && r.storeVersion.equals(storeVersion)
                && r.storeWriteAttempts == storeWriteAttempts
                && r.oldKeyRevokesAt.equals(oldKeyRevokesAt)
                && r.verification == verification
                && r.verificationDetail.equals(verificationDetail)
                && r.recovery.equals(recovery)
                && r.startedAt.equals(startedAt)
                && r.finishedAt.equals(finishedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                rotationId,
                kind,
                keyName,
                oldKeyId,
                oldKeyRedacted,
                newKeyId,
                newKeyRedacted,
                store,
                storeVersion,
                storeWriteAttempts,
                oldKeyRevokesAt,
                verification,
                verificationDetail,
                recovery,
                startedAt,
                finishedAt);
    }

    /** Returns the report in one line; keys only by id and redacted form. */
    @Override
    public String toString() {
        return "RotationReport{rotationId=" + rotationId + ", kind=" + kind + ", keyName=" + keyName
                + ", oldKey=" + oldKeyId + " " + oldKeyRedacted + ", newKey=" + newKeyId + " " + newKeyRedacted
                + ", store=" + store + ", storeVersion=" + storeVersion + ", storeWriteAttempts="
                + storeWriteAttempts + ", oldKeyRevokesAt=" + oldKeyRevokesAt + ", verification=" + verification
                + " (" + verificationDetail + "), recovery=" + recovery + ", startedAt=" + startedAt
                + ", finishedAt=" + finishedAt + "}";
    }
}

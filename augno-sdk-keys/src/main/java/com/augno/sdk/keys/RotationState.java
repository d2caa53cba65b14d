package com.augno.sdk.keys;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where a rotation stood when it stopped: enough to finish it by hand. Immutable; built by {@link
 * KeyRotator}. Holds no secret: the new key appears only by id and redacted form.
 */
public final class RotationState {
    private final String rotationId;
    private final String oldKeyId;
    private final @Nullable String newKeyId;
    private final @Nullable String newKeyRedacted;
    private final @Nullable Instant oldKeyRevokesAt;
    private final String store;
    private final String error;
    private final List<String> recovery;

    private RotationState(
            String rotationId,
            String oldKeyId,
            @Nullable String newKeyId,
            @Nullable String newKeyRedacted,
            @Nullable Instant oldKeyRevokesAt,
            String store,
            String error,
            List<String> recovery) {
        this.rotationId = Objects.requireNonNull(rotationId, "rotationId == null");
        this.oldKeyId = Objects.requireNonNull(oldKeyId, "oldKeyId == null");
        this.newKeyId = newKeyId;
        this.newKeyRedacted = newKeyRedacted;
        this.oldKeyRevokesAt = oldKeyRevokesAt;
        this.store = Objects.requireNonNull(store, "store == null");
        this.error = Objects.requireNonNull(error, "error == null");
        this.recovery = List.copyOf(recovery);
    }

    static RotationState of(
            String rotationId,
            String oldKeyId,
            Optional<String> newKeyId,
            Optional<String> newKeyRedacted,
            Optional<Instant> oldKeyRevokesAt,
            String store,
            String error,
            List<String> recovery) {
        return new RotationState(
                rotationId,
                oldKeyId,
                newKeyId.orElse(null),
                newKeyRedacted.orElse(null),
                oldKeyRevokesAt.orElse(null),
                store,
                error,
                recovery);
    }

    /** Returns the rotation's id (idempotency key and store request token). */
    public String rotationId() {
        return rotationId;
    }

    /** Returns the key being rotated. */
    public String oldKeyId() {
        return oldKeyId;
    }

    /** Returns the replacement's id, when one was created. */
    public Optional<String> newKeyId() {
        return Optional.ofNullable(newKeyId);
    }

    /** Returns the replacement's redacted value, when one was created. */
    public Optional<String> newKeyRedacted() {
        return Optional.ofNullable(newKeyRedacted);
    }

    /** Returns when the old key stops working, when a rotate call took effect. */
    public Optional<Instant> oldKeyRevokesAt() {
        return Optional.ofNullable(oldKeyRevokesAt);
    }

    /** Returns the log-safe description of the secret store. */
    public String store() {
        return store;
    }

    /** Returns what failed, without secrets. */
    public String error() {
        return error;
    }

    /** Returns what was tried, in order. */
    public List<String> recovery() {
        return recovery;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof RotationState s
                && s.rotationId.equals(rotationId)
                && s.oldKeyId.equals(oldKeyId)
                && Objects.equals(s.newKeyId, newKeyId)
                && Objects.equals(s.newKeyRedacted, newKeyRedacted)
                && Objects.equals(s.oldKeyRevokesAt, oldKeyRevokesAt)
                && s.store.equals(store)
                && s.error.equals(error)
                && s.recovery.equals(recovery);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rotationId, oldKeyId, newKeyId, newKeyRedacted, oldKeyRevokesAt, store, error, recovery);
    }

    /** Returns the state in one line, as logged; the new key only by id and redacted form. */
    @Override
    public String toString() {
        return "rotation " + rotationId + ": old key " + oldKeyId
                + (newKeyId == null
                        ? ", no new key"
                        : ", new key " + newKeyId + (newKeyRedacted == null ? "" : " (" + newKeyRedacted + ")"))
                + (oldKeyRevokesAt == null ? "" : ", old key revokes at " + oldKeyRevokesAt)
                + ", store " + store + ", error: " + error
                + (recovery.isEmpty() ? "" : ", recovery: " + String.join("; ", recovery));
    }
}

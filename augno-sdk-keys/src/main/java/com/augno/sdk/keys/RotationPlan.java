package com.augno.sdk.keys;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a rotation would do, and the outcome of its pre-checks: the result of a dry run ({@link
 * KeyRotator#plan(String, Duration)}), and what a refused rotation reports. Immutable; built by
 * {@link KeyRotator}. Holds no secret (keys appear only in redacted form).
 */
public final class RotationPlan {
    private final String keyId;
    private final @Nullable String keyName;
    private final @Nullable String keyRedacted;
    private final RotationKind kind;
    private final @Nullable Duration overlap;
    private final Instant plannedRevokeAt;
    private final String store;
    private final List<RotationCheck> checks;
    private final List<String> steps;
    private final Instant checkedAt;

    RotationPlan(
            String keyId,
            @Nullable String keyName,
            @Nullable String keyRedacted,
            RotationKind kind,
            @Nullable Duration overlap,
            Instant plannedRevokeAt,
            String store,
            List<RotationCheck> checks,
            List<String> steps,
            Instant checkedAt) {
        this.keyId = Objects.requireNonNull(keyId, "keyId == null");
        this.keyName = keyName;
        this.keyRedacted = keyRedacted;
        this.kind = Objects.requireNonNull(kind, "kind == null");
        this.overlap = overlap;
        this.plannedRevokeAt = Objects.requireNonNull(plannedRevokeAt, "plannedRevokeAt == null");
        this.store = Objects.requireNonNull(store, "store == null");
        this.checks = List.copyOf(checks);
        this.steps = List.copyOf(steps);
        this.checkedAt = Objects.requireNonNull(checkedAt, "checkedAt == null");
    }

    /** Returns the key to rotate. */
    public String keyId() {
        return keyId;
    }

    /** Returns the key's name, when it could be read. */
    public Optional<String> keyName() {
        return Optional.ofNullable(keyName);
    }

    /** Returns the key's redacted value, when it could be read. */
    public Optional<String> keyRedacted() {
        return Optional.ofNullable(keyRedacted);
    }

    /** Returns scheduled (overlap) or emergency. */
    public RotationKind kind() {
        return kind;
    }

    /** Returns the overlap window; empty for an emergency rotation. */
    public Optional<Duration> overlap() {
        return Optional.ofNullable(overlap);
    }

    /** Returns when the old key would stop working, had the rotation started at {@link #checkedAt()}. */
    public Instant plannedRevokeAt() {
        return plannedRevokeAt;
    }

    /** Returns the log-safe description of the secret store. */
    public String store() {
        return store;
    }

    /** Returns every pre-check and its outcome, in the order they ran. */
    public List<RotationCheck> checks() {
        return checks;
    }

    /** Returns the steps a rotation takes, in order, in words. */
    public List<String> steps() {
        return steps;
    }

    /** Returns when the checks ran. */
    public Instant checkedAt() {
        return checkedAt;
    }

    /** Returns true when no check failed (an unknown outcome does not stop a rotation). */
    public boolean ok() {
        return failedChecks().isEmpty();
    }

    /** Returns the checks that failed. */
    public List<RotationCheck> failedChecks() {
        return checks.stream()
                .filter(c -> c.outcome() == RotationCheck.Outcome.FAILED)
                .toList();
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof RotationPlan p
                && p.keyId.equals(keyId)
                && Objects.equals(p.keyName, keyName)
                && Objects.equals(p.keyRedacted, keyRedacted)
                && p.kind == kind
                && Objects.equals(p.overlap, overlap)
                && p.plannedRevokeAt.equals(plannedRevokeAt)
                && p.store.equals(store)
                && p.checks.equals(checks)
                && p.steps.equals(steps)
                && p.checkedAt.equals(checkedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                keyId, keyName, keyRedacted, kind, overlap, plannedRevokeAt, store, checks, steps, checkedAt);
    }

    /** Returns the plan in one line; keys only in redacted form. */
    @Override
    public String toString() {
        return "RotationPlan{keyId=" + keyId + ", keyName=" + keyName + ", key=" + keyRedacted + ", kind=" + kind
                + ", overlap=" + overlap + ", plannedRevokeAt=" + plannedRevokeAt + ", store=" + store
                + ", ok=" + ok() + ", checks=" + checks + ", steps=" + steps + ", checkedAt=" + checkedAt + "}";
    }
}

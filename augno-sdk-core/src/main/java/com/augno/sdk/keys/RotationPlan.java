package com.augno.sdk.keys;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a rotation would do, and the outcome of its pre-checks: the result of a dry run ({@link
 * KeyRotator#plan(String, Duration)}), and what a refused rotation reports.
 *
 * @param keyId the key to rotate
 * @param keyName the key's name, when it could be read
 * @param keyRedacted the key's redacted value, when it could be read
 * @param kind scheduled (overlap) or emergency
 * @param overlap the overlap window; empty for an emergency rotation
 * @param plannedRevokeAt when the old key would stop working, had the rotation started at {@code
 *     checkedAt}
 * @param store the log-safe description of the secret store
 * @param checks every pre-check and its outcome
 * @param steps the steps a rotation takes, in order, in words
 * @param checkedAt when the checks ran
 */
public record RotationPlan(
        String keyId,
        Optional<String> keyName,
        Optional<String> keyRedacted,
        RotationKind kind,
        Optional<Duration> overlap,
        Instant plannedRevokeAt,
        String store,
        List<RotationCheck> checks,
        List<String> steps,
        Instant checkedAt) {

    /** Copies the lists and checks the components are present. */
    public RotationPlan {
        Objects.requireNonNull(keyId, "keyId == null");
        Objects.requireNonNull(kind, "kind == null");
        checks = List.copyOf(checks);
        steps = List.copyOf(steps);
    }

    static RotationPlan of(
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
        return new RotationPlan(
                keyId,
                Optional.ofNullable(keyName),
                Optional.ofNullable(keyRedacted),
                kind,
                Optional.ofNullable(overlap),
                plannedRevokeAt,
                store,
                checks,
                steps,
                checkedAt);
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
}

package com.augno.sdk.keys;

import java.util.stream.Collectors;

/** A rotation refused by its pre-checks. Nothing was changed: no key rotated, no store written. */
public final class RotationPrecheckException extends KeyRotationException {
    private static final long serialVersionUID = 1L;

    private final transient RotationPlan plan;

    RotationPrecheckException(RotationPlan plan, RotationState state) {
        super(
                "Rotation of " + plan.keyId() + " refused, nothing was changed: "
                        + plan.failedChecks().stream()
                                .map(c -> c.name() + ": " + c.detail())
                                .collect(Collectors.joining("; ")),
                state,
                null);
        this.plan = plan;
    }

    /** Returns the plan with every check and its outcome. */
    public RotationPlan plan() {
        return plan;
    }
}

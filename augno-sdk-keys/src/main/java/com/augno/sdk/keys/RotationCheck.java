package com.augno.sdk.keys;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One pre-check of a rotation and its outcome. Immutable; built by {@link KeyRotator}. Holds no
 * secret, so {@code toString} is log-safe.
 */
public final class RotationCheck {
    /** The outcome of a check. */
    public enum Outcome {
        /** The check passed. */
        PASSED,
        /** The check failed: the rotation is refused and nothing is changed. */
        FAILED,
        /** The check could not tell (e.g. a store that cannot check write access without writing). */
        UNKNOWN
    }

    private final String name;
    private final Outcome outcome;
    private final String detail;

    private RotationCheck(String name, Outcome outcome, String detail) {
        this.name = Objects.requireNonNull(name, "name == null");
        this.outcome = Objects.requireNonNull(outcome, "outcome == null");
        this.detail = Objects.requireNonNull(detail, "detail == null");
    }

    static RotationCheck passed(String name, String detail) {
        return new RotationCheck(name, Outcome.PASSED, detail);
    }

    static RotationCheck failed(String name, String detail) {
        return new RotationCheck(name, Outcome.FAILED, detail);
    }

    static RotationCheck unknown(String name, String detail) {
        return new RotationCheck(name, Outcome.UNKNOWN, detail);
    }

    /** Returns what was checked, e.g. {@code store holds this key}. */
    public String name() {
        return name;
    }

    /** Returns passed, failed, or unknown (the store cannot tell without writing). */
    public Outcome outcome() {
        return outcome;
    }

    /** Returns what was found, and what to do when it failed; never a secret. */
    public String detail() {
        return detail;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof RotationCheck c && c.name.equals(name) && c.outcome == outcome && c.detail.equals(detail);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, outcome, detail);
    }

    /** Returns {@code name: OUTCOME (detail)}; holds no secret. */
    @Override
    public String toString() {
        return name + ": " + outcome + " (" + detail + ")";
    }
}

package com.augno.sdk.keys;

import java.util.Objects;

/**
 * One pre-check of a rotation and its outcome.
 *
 * @param name what was checked, e.g. {@code store holds this key}
 * @param outcome passed, failed, or unknown (the store cannot tell without writing)
 * @param detail what was found, and what to do when it failed; never a secret
 */
public record RotationCheck(String name, Outcome outcome, String detail) {
    /** The outcome of a check. */
    public enum Outcome {
        /** The check passed. */
        PASSED,
        /** The check failed: the rotation is refused and nothing is changed. */
        FAILED,
        /** The check could not tell (e.g. a store that cannot check write access without writing). */
        UNKNOWN
    }

    /** Checks the components are present. */
    public RotationCheck {
        Objects.requireNonNull(name, "name == null");
        Objects.requireNonNull(outcome, "outcome == null");
        Objects.requireNonNull(detail, "detail == null");
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
}

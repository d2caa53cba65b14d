package com.augno.sdk.keys;

import com.augno.sdk.errors.AugnoException;
import org.jspecify.annotations.Nullable;

/**
 * A rotation that did not complete. {@link #state()} says exactly where it stopped. The subclasses
 * say more: {@link RotationPrecheckException} (refused, nothing changed) and {@link
 * RotationIncompleteException} (a new key exists but is not stored; the exception holds it).
 */
public class KeyRotationException extends AugnoException {
    private static final long serialVersionUID = 1L;

    private final transient RotationState state;

    /**
     * Creates the exception.
     *
     * @param message what happened and what to do, never a secret
     * @param state where the rotation stopped
     * @param cause the underlying failure, if any
     */
    public KeyRotationException(String message, RotationState state, @Nullable Throwable cause) {
        super(message, cause);
        this.state = state;
    }

    /** Returns where the rotation stopped. */
    public RotationState state() {
        return state;
    }
}

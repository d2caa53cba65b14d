package com.augno.keys.rotation.aws;

import com.augno.sdk.errors.AugnoException;
import org.jspecify.annotations.Nullable;

/**
 * A rotation step that failed; the function rethrows it so that Secrets Manager records the step
 * as failed, retries it, and finally reports {@code RotationFailed}. The message says what failed
 * and what to do, never a secret.
 */
public final class RotationStepException extends AugnoException {
    private static final long serialVersionUID = 1L;

    RotationStepException(String message) {
        super(message);
    }

    RotationStepException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}

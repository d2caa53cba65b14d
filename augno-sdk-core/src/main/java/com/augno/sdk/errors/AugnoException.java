package com.augno.sdk.errors;

import org.jspecify.annotations.Nullable;

/**
 * The root of every exception the SDK throws. Unchecked; messages never contain a secret.
 */
public class AugnoException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Creates an exception with a message. */
    public AugnoException(String message) {
        super(message);
    }

    /** Creates an exception with a message and a cause. */
    public AugnoException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}

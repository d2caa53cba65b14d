package com.augno.sdk.errors;

import org.jspecify.annotations.Nullable;

/**
 * No response came back: the connection failed, was reset or was refused, or the call was
 * interrupted. Retried by the SDK (with the same {@code Idempotency-Key}) before it is thrown, so a
 * POST may have reached the server; sending it again with the same idempotency key is safe.
 */
public class ApiConnectionException extends AugnoException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception. */
    public ApiConnectionException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}

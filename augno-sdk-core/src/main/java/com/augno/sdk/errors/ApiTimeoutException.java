package com.augno.sdk.errors;

import org.jspecify.annotations.Nullable;

/**
 * An attempt, or the whole call, took longer than its timeout (per attempt 60 seconds by default;
 * see {@code AugnoClient.Builder.timeout} and {@code RequestOptions}).
 */
public class ApiTimeoutException extends ApiConnectionException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception. */
    public ApiTimeoutException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}

package com.augno.sdk.errors;

import org.jspecify.annotations.Nullable;

/**
 * The store could not be reached or answered with a transient failure (outage, throttling, timeout). The key cache keeps serving the last good key for a while; retrying later may succeed.
 */
public class SecretUnavailableException extends SecretProviderException {
    private static final long serialVersionUID = 1L;

    /** Creates an exception for the store described by {@code source}. */
    public SecretUnavailableException(String source, String message) {
        super(source, message);
    }

    /** Creates an exception for the store described by {@code source}, with a cause. */
    public SecretUnavailableException(String source, String message, @Nullable Throwable cause) {
        super(source, message, cause);
    }

    /** Returns true: a transient failure. */
    @Override
    public boolean isTransient() {
        return true;
    }
}

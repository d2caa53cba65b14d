package com.augno.sdk.errors;

import org.jspecify.annotations.Nullable;

/**
 * The store refused to give the secret to these credentials. The message names the permission needed.
 */
public class SecretAccessDeniedException extends SecretProviderException {
    private static final long serialVersionUID = 1L;

    /** Creates an exception for the store described by {@code source}. */
    public SecretAccessDeniedException(String source, String message) {
        super(source, message);
    }

    /** Creates an exception for the store described by {@code source}, with a cause. */
    public SecretAccessDeniedException(String source, String message, @Nullable Throwable cause) {
        super(source, message, cause);
    }
}

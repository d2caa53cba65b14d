package com.augno.sdk.errors;

import org.jspecify.annotations.Nullable;

/**
 * The secret does not exist in the store (or this version of it does not). Check the reference: name, project, region, version or stage.
 */
public class SecretNotFoundException extends SecretProviderException {
    private static final long serialVersionUID = 1L;

    /** Creates an exception for the store described by {@code source}. */
    public SecretNotFoundException(String source, String message) {
        super(source, message);
    }

    /** Creates an exception for the store described by {@code source}, with a cause. */
    public SecretNotFoundException(String source, String message, @Nullable Throwable cause) {
        super(source, message, cause);
    }
}

package com.augno.sdk.errors;

import org.jspecify.annotations.Nullable;

/**
 * A secret store failed to give the key. Subclasses say why: {@link SecretNotFoundException},
 * {@link SecretAccessDeniedException}, {@link SecretUnavailableException} (transient). The message
 * carries the store's log-safe description and never the value.
 */
public class SecretProviderException extends AugnoException {
    private static final long serialVersionUID = 1L;
    private final String source;

    /** Creates an exception for the store described by {@code source}. */
    public SecretProviderException(String source, String message) {
        this(source, message, null);
    }

    /** Creates an exception for the store described by {@code source}, with a cause. */
    public SecretProviderException(String source, String message, @Nullable Throwable cause) {
        super(source + ": " + message, cause);
        this.source = source;
    }

    /** Returns the log-safe description of the store. */
    public String source() {
        return source;
    }

    /** Returns true when trying again later may succeed (store outage, throttling, timeout). */
    public boolean isTransient() {
        return false;
    }
}

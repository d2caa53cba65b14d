package com.augno.spring.boot;

import com.augno.sdk.errors.ConfigurationException;

/** Thrown when the client is to be built but neither {@code augno.secret} nor a secret-provider bean gives the key. */
final class MissingSecretReferenceException extends ConfigurationException {
    private static final long serialVersionUID = 1L;

    MissingSecretReferenceException() {
        super("augno.secret is blank");
    }
}

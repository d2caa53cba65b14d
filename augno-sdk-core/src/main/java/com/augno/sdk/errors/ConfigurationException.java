package com.augno.sdk.errors;

import org.jspecify.annotations.Nullable;

/**
 * A setting is missing, malformed or unsafe: an unknown secret reference, a plain-http base URL
 * off loopback, a key pasted where a reference belongs. The message names the setting, what was
 * wrong and the accepted forms; it never repeats a secret.
 */
public class ConfigurationException extends AugnoException {
    private static final long serialVersionUID = 1L;

    /** Creates an exception with a message. */
    public ConfigurationException(String message) {
        super(message);
    }

    /** Creates an exception with a message and a cause. */
    public ConfigurationException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}

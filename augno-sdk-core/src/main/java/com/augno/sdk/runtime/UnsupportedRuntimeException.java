package com.augno.sdk.runtime;

import com.augno.sdk.errors.AugnoException;

/**
 * The SDK refuses to run here: this runtime is a client device or a browser-like environment
 * (Android, iOS, TeaVM, Web Start, ...), where a secret API key must never ship. There is no
 * override: call your own backend from the client, and keep the key on the server.
 */
public class UnsupportedRuntimeException extends AugnoException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message that names the rule and the values seen. */
    public UnsupportedRuntimeException(String message) {
        super(message);
    }
}

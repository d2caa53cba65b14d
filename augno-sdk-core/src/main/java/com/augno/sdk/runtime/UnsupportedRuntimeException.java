package com.augno.sdk.runtime;

import com.augno.sdk.errors.AugnoException;
import org.jspecify.annotations.Nullable;

/**
 * The SDK refuses to run here: this runtime is a client device or a browser-like environment
 * (Android, iOS, TeaVM, Web Start, ...), where a secret API key must never ship. The message names
 * the {@link RuntimeRule} and the values seen. There is no override: call your own backend from the
 * client, and keep the key and the SDK on the server.
 */
public class UnsupportedRuntimeException extends AugnoException {
    private static final long serialVersionUID = 1L;

    private final @Nullable RuntimeRule rule;

    /** Creates the exception with a message that names the rule and the values seen. */
    public UnsupportedRuntimeException(String message) {
        super(message);
        this.rule = null;
    }

    UnsupportedRuntimeException(RuntimeAssessment assessment) {
        super(assessment.refusalMessage());
        this.rule = assessment.rule();
    }

    /** Returns the refusal rule that fired, or null when the exception was created from a message only. */
    public @Nullable RuntimeRule rule() {
        return rule;
    }
}

package com.augno.sdk.auth;

import com.augno.sdk.errors.ResponseDecodingException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A create or rotate call succeeded (2xx) and returned the new key's record, but no usable secret.
 * This is what an idempotent replay looks like: a call repeated with the same {@code
 * Idempotency-Key} after its first answer was lost gets the stored answer, and Augno shows a new
 * secret only once. The key exists and works, but nobody holds its secret: rotate it (with
 * immediate revocation) to get one, or revoke it.
 *
 * <p>{@link #keyInfo()} is the new key's record. Neither it nor the message holds a secret.
 */
public final class ApiKeySecretNotReturnedException extends ResponseDecodingException {
    private static final long serialVersionUID = 1L;

    private final transient ApiKeyInfo keyInfo;

    ApiKeySecretNotReturnedException(String message, int statusCode, @Nullable String requestId, ApiKeyInfo keyInfo) {
        super(message, statusCode, requestId);
        this.keyInfo = Objects.requireNonNull(keyInfo, "keyInfo == null");
    }

    /** Returns the record of the key whose secret was not returned (its id, name, redacted value). */
    public ApiKeyInfo keyInfo() {
        return keyInfo;
    }
}

package com.augno.sdk.errors;

import com.augno.sdk.http.ResponseHeaders;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** The API refused the key (401: {@code api_key_revoked}, {@code api_key_expired}, {@code invalid_credentials}, {@code expired_token}). The SDK has already refetched the key from its secret store once; rotate or fix the stored key. */
public class AuthenticationException extends AugnoApiException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception; see {@link AugnoApiException#AugnoApiException}. */
    public AuthenticationException(
            String message, int statusCode, ApiError error, ResponseHeaders headers, @Nullable Duration retryAfter) {
        super(message, statusCode, error, headers, retryAfter);
    }
}

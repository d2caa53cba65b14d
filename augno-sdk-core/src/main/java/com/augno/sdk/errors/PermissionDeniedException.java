package com.augno.sdk.errors;

import com.augno.sdk.http.ResponseHeaders;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** The key's role lacks a permission (403 {@code insufficient_permissions}); {@link #param()} or the message names it when Augno does. Grant it to the key's role or use a key with another role. */
public class PermissionDeniedException extends AugnoApiException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception; see {@link AugnoApiException#AugnoApiException}. */
    public PermissionDeniedException(
            String message, int statusCode, ApiError error, ResponseHeaders headers, @Nullable Duration retryAfter) {
        super(message, statusCode, error, headers, retryAfter);
    }

    /**
     * Returns true when this 403 proves that the key authenticated and only its role lacks the
     * permission ({@code insufficient_permissions}, or a 403 without a code): a scoped key that may
     * not read key records is still a working key. Rotation verification reads a 403 this way.
     */
    public boolean keyAuthenticated() {
        return code().map("insufficient_permissions"::equals).orElse(true);
    }
}

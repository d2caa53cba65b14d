package com.augno.sdk.errors;

import com.augno.sdk.http.ResponseHeaders;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** The resource does not exist (404 {@code resource_not_found}). */
public class NotFoundException extends AugnoApiException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception; see {@link AugnoApiException#AugnoApiException}. */
    public NotFoundException(
            String message, int statusCode, ApiError error, ResponseHeaders headers, @Nullable Duration retryAfter) {
        super(message, statusCode, error, headers, retryAfter);
    }
}

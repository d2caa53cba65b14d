package com.augno.sdk.errors;

import com.augno.sdk.http.ResponseHeaders;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** The request conflicts with the resource's state (409 {@code resource_exists}, {@code resource_conflict}). */
public class ConflictException extends AugnoApiException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception; see {@link AugnoApiException#AugnoApiException}. */
    public ConflictException(
            String message, int statusCode, ApiError error, ResponseHeaders headers, @Nullable Duration retryAfter) {
        super(message, statusCode, error, headers, retryAfter);
    }
}

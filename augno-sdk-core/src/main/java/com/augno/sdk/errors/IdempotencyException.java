package com.augno.sdk.errors;

import com.augno.sdk.http.ResponseHeaders;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** An idempotency problem ({@code idempotency_in_progress}, or type {@code idempotency_error}). A request with the same {@code Idempotency-Key} still in progress is retried by the SDK. */
public class IdempotencyException extends AugnoApiException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception; see {@link AugnoApiException#AugnoApiException}. */
    public IdempotencyException(
            String message, int statusCode, ApiError error, ResponseHeaders headers, @Nullable Duration retryAfter) {
        super(message, statusCode, error, headers, retryAfter);
    }
}

package com.augno.sdk.errors;

import com.augno.sdk.http.ResponseHeaders;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** The request was invalid (400, 405, 410, 422: validation codes, {@code parameter_*}, {@code method_not_allowed}, {@code resource_gone}); {@link #param()} names the parameter when Augno does. */
public class InvalidRequestException extends AugnoApiException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception; see {@link AugnoApiException#AugnoApiException}. */
    public InvalidRequestException(
            String message, int statusCode, ApiError error, ResponseHeaders headers, @Nullable Duration retryAfter) {
        super(message, statusCode, error, headers, retryAfter);
    }
}

package com.augno.sdk.errors;

import com.augno.sdk.http.ResponseHeaders;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** The {@code Augno-Version} header was missing, invalid or too old ({@code api_version_required}, {@code api_version_invalid}, {@code api_version_too_old}). Set a supported version with {@code AugnoClient.Builder.apiVersion}. */
public class ApiVersionException extends AugnoApiException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception; see {@link AugnoApiException#AugnoApiException}. */
    public ApiVersionException(
            String message, int statusCode, ApiError error, ResponseHeaders headers, @Nullable Duration retryAfter) {
        super(message, statusCode, error, headers, retryAfter);
    }
}

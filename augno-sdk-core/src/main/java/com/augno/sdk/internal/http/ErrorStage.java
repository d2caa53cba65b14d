package com.augno.sdk.internal.http;

import com.augno.sdk.errors.ApiError;
import com.augno.sdk.http.ResponseHeaders;

/**
 * Not API. Reads an error answer: parses the error body ({@link ErrorMapper#parse}), reads {@code
 * Retry-After}, and maps the typed exception the call ends with unless a later stage retries. Sets
 * {@link Exchange#error}, {@link Exchange#failure} and {@link Exchange#retryAfter}; never decides.
 */
final class ErrorStage implements Stage {
    static final ErrorStage INSTANCE = new ErrorStage();

    private ErrorStage() {}

    @Override
    public Verdict handle(Exchange x) {
        ResponseHeaders headers = x.headers();
        ApiError error = ErrorMapper.parse(x.bytes);
        x.error = error;
        x.retryAfter = RetryPolicy.retryAfter(headers, x.config.clock());
        x.failure = ErrorMapper.toException(x.method.name(), x.path(), x.status, error, headers, x.retryAfter);
        return Verdict.NEXT;
    }
}

package com.augno.sdk.http;

import java.util.Objects;
import java.util.Optional;

/**
 * A decoded successful response with its status and headers. Immutable when {@code T} is.
 *
 * @param <T> the decoded body type
 */
public final class ApiResponse<T> {
    private final int statusCode;
    private final ResponseHeaders headers;
    private final T data;

    private ApiResponse(int statusCode, ResponseHeaders headers, T data) {
        this.statusCode = statusCode;
        this.headers = headers;
        this.data = data;
    }

    /** Returns a response; used by the SDK and by tests. */
    public static <T> ApiResponse<T> of(int statusCode, ResponseHeaders headers, T data) {
        return new ApiResponse<>(
                statusCode,
                Objects.requireNonNull(headers, "headers == null"),
                Objects.requireNonNull(data, "data == null"));
    }

    /** Returns the HTTP status code (2xx). */
    public int statusCode() {
        return statusCode;
    }

    /** Returns the response headers. */
    public ResponseHeaders headers() {
        return headers;
    }

    /** Returns the decoded body. */
    public T data() {
        return data;
    }

    /** Returns the request id, if the server sent one. */
    public Optional<String> requestId() {
        return headers.requestId();
    }

    /** Shows the status, request id and body type, not the body (it may hold a secret). */
    @Override
    public String toString() {
        return "ApiResponse(status=" + statusCode + ", requestId="
                + headers.requestId().orElse(null) + ", data=" + data.getClass().getSimpleName() + ")";
    }
}

package com.augno.sdk.errors;

import com.augno.sdk.http.ResponseHeaders;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The Augno API answered with an error status. Carries every field of Augno's error envelope
 * ({@link #code()}, {@link #type()}, {@link #param()}, {@link #docUrl()}, {@link #isTransient()},
 * {@link #quota()}, {@link #requestLogUrl()}), the HTTP status, the request id and the response
 * headers.
 *
 * <p>The SDK throws a subclass when the error code or status names one (DESIGN.md section 6: the
 * code wins, then the {@code idempotency_error} type, then the status); this class itself is thrown
 * for statuses no subclass covers. When the body was not an Augno error (an HTML page from a proxy,
 * an empty or truncated body) the fields are empty and the exception still follows the status. The
 * message never contains a secret: key-shaped text in the server's message is redacted.
 */
public class AugnoApiException extends AugnoException {
    private static final long serialVersionUID = 1L;

    private final int statusCode;
    private final transient ApiError error;
    private final transient ResponseHeaders headers;
    private final @Nullable Duration retryAfter;

    /**
     * Creates the exception. Called by the SDK; public so that tests and fakes can build one.
     *
     * @param message the full message (already free of secrets)
     * @param statusCode the HTTP status
     * @param error the decoded error body, {@link ApiError#empty()} when there was none
     * @param headers the response headers
     * @param retryAfter the wait the server asked for, if any
     */
    public AugnoApiException(
            String message, int statusCode, ApiError error, ResponseHeaders headers, @Nullable Duration retryAfter) {
        super(message);
        this.statusCode = statusCode;
        this.error = Objects.requireNonNull(error, "error == null");
        this.headers = Objects.requireNonNull(headers, "headers == null");
        this.retryAfter = retryAfter;
    }

    /** Returns the HTTP status code. */
    public int statusCode() {
        return statusCode;
    }

    /** Returns the decoded error body (fields empty when the body was not an Augno error). */
    public ApiError error() {
        return error;
    }

    /** Returns the error code, e.g. {@code resource_not_found}. */
    public Optional<String> code() {
        return error.code();
    }

    /** Returns the error type: {@code api_error}, {@code idempotency_error} or {@code invalid_request_error}. */
    public Optional<String> type() {
        return error.type();
    }

    /** Returns the server's human-readable message, as sent (key-shaped text redacted). */
    public Optional<String> serverMessage() {
        return error.message();
    }

    /** Returns the request parameter at fault, if the server named one. */
    public Optional<String> param() {
        return error.param();
    }

    /** Returns the documentation link of this error. */
    public Optional<String> docUrl() {
        return error.docUrl();
    }

    /** Returns the server's {@code is_transient} flag, when it sent one. */
    public Optional<Boolean> isTransient() {
        return error.isTransient();
    }

    /** Returns the plan quota (plan-limit errors). */
    public Optional<Quota> quota() {
        return error.quota();
    }

    /** Returns the dashboard link to this request's log entry. */
    public Optional<String> requestLogUrl() {
        return error.requestLogUrl();
    }

    /** Returns the request id of the failed response, if the server sent one. */
    public Optional<String> requestId() {
        return headers.requestId();
    }

    /**
     * Returns the wait the server asked for ({@code Retry-After-Ms} or {@code Retry-After}). When it
     * was longer than the SDK waits by itself (60 seconds), the exception was thrown at once and
     * this says when to try again.
     */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** Returns the response headers. */
    public ResponseHeaders headers() {
        return headers;
    }
}

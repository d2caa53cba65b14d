package com.augno.sdk.errors;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The body of an Augno error response ({@code {"error": {...}}}), as decoded. Every field may be
 * missing when the server sent something else (an HTML page from a proxy, an empty body).
 * Immutable.
 */
public final class ApiError {
    private final @Nullable String code;
    private final @Nullable String type;
    private final @Nullable String message;
    private final @Nullable String param;
    private final @Nullable String docUrl;
    private final @Nullable Boolean isTransient;
    private final @Nullable Quota quota;
    private final @Nullable String requestLogUrl;

    @JsonCreator
    ApiError(
            @JsonProperty("code") @Nullable String code,
            @JsonProperty("type") @Nullable String type,
            @JsonProperty("message") @Nullable String message,
            @JsonProperty("param") @Nullable String param,
            @JsonProperty("doc_url") @Nullable String docUrl,
            @JsonProperty("is_transient") @Nullable Boolean isTransient,
            @JsonProperty("quota") @Nullable Quota quota,
            @JsonProperty("request_log_url") @Nullable String requestLogUrl) {
        this.code = code;
        this.type = type;
        this.message = message;
        this.param = param;
        this.docUrl = docUrl;
        this.isTransient = isTransient;
        this.quota = quota;
        this.requestLogUrl = requestLogUrl;
    }

    /** Returns an error with no fields, for a response whose body was not an Augno error. */
    public static ApiError empty() {
        return new ApiError(null, null, null, null, null, null, null, null);
    }

    /** Returns the machine-readable code, e.g. {@code resource_not_found}. */
    public Optional<String> code() {
        return Optional.ofNullable(code);
    }

    /** Returns the type: {@code api_error}, {@code idempotency_error} or {@code invalid_request_error}. */
    public Optional<String> type() {
        return Optional.ofNullable(type);
    }

    /** Returns the human-readable message. Do not parse it. */
    public Optional<String> message() {
        return Optional.ofNullable(message);
    }

    /** Returns the request parameter at fault, if the server named one. */
    public Optional<String> param() {
        return Optional.ofNullable(param);
    }

    /** Returns the link to the documentation of this error. */
    public Optional<String> docUrl() {
        return Optional.ofNullable(docUrl);
    }

    /** Returns the server's {@code is_transient} flag, when it sent one. */
    public Optional<Boolean> isTransient() {
        return Optional.ofNullable(isTransient);
    }

    /** Returns the plan quota, for plan-limit errors. */
    public Optional<Quota> quota() {
        return Optional.ofNullable(quota);
    }

    /** Returns the dashboard link to this request's log entry. */
    public Optional<String> requestLogUrl() {
        return Optional.ofNullable(requestLogUrl);
    }

    @Override
    public String toString() {
        return "ApiError(code=" + code + ", type=" + type + ", param=" + param + ", isTransient=" + isTransient + ")";
    }
}

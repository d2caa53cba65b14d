package com.augno.sdk.testing.internal;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/** An API error a handler answers with: status, code, message, param and extra headers. */
final class ApiError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    final int status;
    final String code;
    final @Nullable String param;
    final boolean isTransient;
    final Map<String, String> headers;

    ApiError(int status, String code, String message, @Nullable String param, boolean isTransient) {
        this(status, code, message, param, isTransient, Map.of());
    }

    ApiError(
            int status,
            String code,
            String message,
            @Nullable String param,
            boolean isTransient,
            Map<String, String> headers) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.param = param;
        this.isTransient = isTransient;
        this.headers = headers;
    }

    /** Returns the error {@code type} the API pairs with {@code code}. */
    String type() {
        if (code.startsWith("idempotency")) {
            return "idempotency_error";
        }
        if (status >= 500 || code.equals("internal_error")) {
            return "api_error";
        }
        return "invalid_request_error";
    }

    static ApiError missing(String param) {
        return new ApiError(400, "parameter_missing", "The parameter " + param + " is required.", param, false);
    }

    static ApiError invalid(String param, String why) {
        return new ApiError(400, "parameter_invalid", "The parameter " + param + " is invalid: " + why, param, false);
    }

    static ApiError notFound(String what, String id) {
        return new ApiError(404, "resource_not_found", "No " + what + " with id " + id + " exists.", null, false);
    }

    static ApiError exists(String param, String why) {
        return new ApiError(409, "resource_exists", why, param, false);
    }

    static ApiError conflict(String why) {
        return new ApiError(409, "resource_conflict", why, null, false);
    }

    static ApiError forbidden(String why) {
        return new ApiError(403, "insufficient_permissions", why, null, false);
    }
}

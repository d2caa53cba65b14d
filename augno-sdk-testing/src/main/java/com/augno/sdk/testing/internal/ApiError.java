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
    /** The {@code type} when it is not the one {@link #type()} derives from the code. */
    private final @Nullable String explicitType;

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
        this(status, code, message, param, isTransient, headers, null);
    }

    ApiError(
            int status,
            String code,
            String message,
            @Nullable String param,
            boolean isTransient,
            Map<String, String> headers,
            @Nullable String explicitType) {
        super(message, null, false, false);
        this.explicitType = explicitType;
        this.status = status;
        this.code = code;
        this.param = param;
        this.isTransient = isTransient;
        this.headers = headers;
    }

    /** Returns the error {@code type} the API pairs with {@code code}. */
    String type() {
        if (explicitType != null) {
            return explicitType;
        }
        if (code.startsWith("idempotency")) {
            return "idempotency_error";
        }
        if (status >= 500 || code.equals("internal_error")) {
            return "api_error";
        }
        return "invalid_request_error";
    }

    /** A required body field is absent. */
    static ApiError missingField(String field) {
        return new ApiError(400, "missing_field", "The field " + field + " is required.", field, false);
    }

    /** A required path or query parameter is absent. */
    static ApiError missing(String param) {
        return new ApiError(400, "parameter_missing", "The parameter " + param + " is required.", param, false);
    }

    static ApiError invalid(String param, String why) {
        return new ApiError(400, "parameter_invalid", "The parameter " + param + " is invalid: " + why, param, false);
    }

    static ApiError notFound(String what, String id) {
        return new ApiError(404, "resource_not_found", "No " + what + " with id " + id + " exists.", null, false);
    }

    static ApiError gone(String what, String id) {
        return new ApiError(410, "resource_gone", "The " + what + " " + id + " was deleted.", null, false);
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

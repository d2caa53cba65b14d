package com.augno.sdk.internal.http;

import com.augno.sdk.errors.ApiError;
import com.augno.sdk.errors.ApiServerException;
import com.augno.sdk.errors.ApiVersionException;
import com.augno.sdk.errors.AugnoApiException;
import com.augno.sdk.errors.AuthenticationException;
import com.augno.sdk.errors.ConflictException;
import com.augno.sdk.errors.IdempotencyException;
import com.augno.sdk.errors.InvalidRequestException;
import com.augno.sdk.errors.NotFoundException;
import com.augno.sdk.errors.PermissionDeniedException;
import com.augno.sdk.errors.PlanLimitException;
import com.augno.sdk.errors.RateLimitException;
import com.augno.sdk.http.ResponseHeaders;
import com.augno.sdk.internal.json.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Not API. Decodes error bodies and maps them to exceptions by the table of DESIGN.md section 6:
 * the code wins, then the {@code idempotency_error} type, then the status.
 */
public final class ErrorMapper {
    /** The 401 codes that send the request down the key-refetch path. */
    static final Set<String> KEY_ERROR_CODES =
            Set.of("api_key_revoked", "api_key_expired", "invalid_credentials", "expired_token");

    private static final Set<String> PLAN_CODES =
            Set.of("limit_exceeded", "payment_required", "agent_spending_cap_reached", "registration_closed");
    private static final Set<String> VERSION_CODES =
            Set.of("api_version_required", "api_version_invalid", "api_version_too_old");
    private static final Set<String> INVALID_CODES = Set.of(
            "validation_failed",
            "missing_field",
            "invalid_format",
            "parameters_exclusive",
            "method_not_allowed",
            "resource_gone");
    private static final Set<String> SERVER_CODES = Set.of(
            "internal_error",
            "service_unavailable",
            "external_service_error",
            "timeout",
            "connection_error",
            "request_timeout",
            "client_closed_request");

    /** The exception classes of the table, for the mapping and the retry column. */
    enum Kind {
        AUTHENTICATION,
        PERMISSION,
        NOT_FOUND,
        CONFLICT,
        IDEMPOTENCY,
        RATE_LIMIT,
        PLAN_LIMIT,
        API_VERSION,
        INVALID_REQUEST,
        SERVER,
        OTHER
    }

    private ErrorMapper() {}

    /**
     * Decodes an error body, key-shaped text redacted; anything that is not an Augno error envelope (empty, HTML, truncated,
     * another JSON shape) gives {@link ApiError#empty()}.
     */
    public static ApiError parse(byte[] body) {
        if (body.length == 0) {
            return ApiError.empty();
        }
        try {
            JsonNode root = Json.mapper().readTree(new String(body, StandardCharsets.UTF_8));
            JsonNode error = root == null ? null : root.get("error");
            if (error == null || !error.isObject()) {
                return ApiError.empty();
            }
            // Redacted after decoding: a key written with JSON escapes (\u005f for '_') only
            // becomes key-shaped once decoded, so no field of the exception can carry a key.
            ApiError decoded = Json.mapper().treeToValue(redactStrings(error), ApiError.class);
            return decoded == null ? ApiError.empty() : decoded;
        } catch (java.io.IOException | RuntimeException e) {
            return ApiError.empty();
        }
    }

    /** Returns a copy of {@code node} with every string value and field name redacted. */
    static JsonNode redactStrings(JsonNode node) {
        if (node.isTextual()) {
            String text = node.textValue();
            String redacted = Redactor.redact(text);
            return redacted.equals(text) ? node : TextNode.valueOf(redacted);
        }
        if (node.isObject()) {
            ObjectNode copy = Json.mapper().createObjectNode();
            node.fields().forEachRemaining(e -> copy.set(Redactor.redact(e.getKey()), redactStrings(e.getValue())));
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = Json.mapper().createArrayNode();
            node.forEach(element -> copy.add(redactStrings(element)));
            return copy;
        }
        return node;
    }

    /** Returns the class of the table that an error falls in. */
    static Kind kind(int status, ApiError error) {
        String code = error.code().orElse("");
        if (KEY_ERROR_CODES.contains(code)) {
            return Kind.AUTHENTICATION;
        }
        switch (code) {
            case "insufficient_permissions":
                return Kind.PERMISSION;
            case "resource_not_found":
                return Kind.NOT_FOUND;
            case "resource_exists":
            case "resource_conflict":
                return Kind.CONFLICT;
            case "idempotency_in_progress":
                return Kind.IDEMPOTENCY;
            case "rate_limit_exceeded":
                return Kind.RATE_LIMIT;
            default:
                break;
        }
        // Before the validation codes: the API answers a reused idempotency key with type
        // idempotency_error and code validation_failed.
        if (error.type().filter("idempotency_error"::equals).isPresent()) {
            return Kind.IDEMPOTENCY;
        }
        if (PLAN_CODES.contains(code)) {
            return Kind.PLAN_LIMIT;
        }
        if (VERSION_CODES.contains(code)) {
            return Kind.API_VERSION;
        }
        if (INVALID_CODES.contains(code) || code.startsWith("parameter_")) {
            return Kind.INVALID_REQUEST;
        }
        if (SERVER_CODES.contains(code)) {
            return Kind.SERVER;
        }
        switch (status) {
            case 400:
            case 405:
            case 410:
            case 422:
                return Kind.INVALID_REQUEST;
            case 401:
                return Kind.AUTHENTICATION;
            case 402:
                return Kind.PLAN_LIMIT;
            case 403:
                return Kind.PERMISSION;
            case 404:
                return Kind.NOT_FOUND;
            case 409:
                return Kind.CONFLICT;
            case 429:
                return Kind.RATE_LIMIT;
            case 408:
            case 499:
                return Kind.SERVER;
            default:
                return status >= 500 && status <= 599 ? Kind.SERVER : Kind.OTHER;
        }
    }

    /** Returns the table's retry column for an error (before {@code is_transient} and the header). */
    static boolean retriedByTable(int status, ApiError error) {
        switch (kind(status, error)) {
            case RATE_LIMIT:
            case SERVER:
                return true;
            case IDEMPOTENCY:
                return error.code().filter("idempotency_in_progress"::equals).isPresent();
            case OTHER:
                return status == 408 || status == 429 || (status >= 500 && status <= 599);
            default:
                return false;
        }
    }

    /** Returns true for a 401 that goes down the key-refetch path (a key code, or no code at all). */
    static boolean isKeyError(int status, ApiError error) {
        return status == 401 && error.code().map(KEY_ERROR_CODES::contains).orElse(true);
    }

    /** Builds the exception for an error response. */
    public static AugnoApiException toException(
            String method,
            String path,
            int status,
            ApiError error,
            ResponseHeaders headers,
            @Nullable Duration retryAfter) {
        String message = message(method, path, status, error, headers, retryAfter);
        switch (kind(status, error)) {
            case AUTHENTICATION:
                return new AuthenticationException(message, status, error, headers, retryAfter);
            case PERMISSION:
                return new PermissionDeniedException(message, status, error, headers, retryAfter);
            case NOT_FOUND:
                return new NotFoundException(message, status, error, headers, retryAfter);
            case CONFLICT:
                return new ConflictException(message, status, error, headers, retryAfter);
            case IDEMPOTENCY:
                return new IdempotencyException(message, status, error, headers, retryAfter);
            case RATE_LIMIT:
                return new RateLimitException(message, status, error, headers, retryAfter);
            case PLAN_LIMIT:
                return new PlanLimitException(message, status, error, headers, retryAfter);
            case API_VERSION:
                return new ApiVersionException(message, status, error, headers, retryAfter);
            case INVALID_REQUEST:
                return new InvalidRequestException(message, status, error, headers, retryAfter);
            case SERVER:
                return new ApiServerException(message, status, error, headers, retryAfter);
            default:
                return new AugnoApiException(message, status, error, headers, retryAfter);
        }
    }

    private static String message(
            String method,
            String path,
            int status,
            ApiError error,
            ResponseHeaders headers,
            @Nullable Duration retryAfter) {
        StringBuilder sb = new StringBuilder(128);
        sb.append(method).append(' ').append(path).append(" failed: HTTP ").append(status);
        error.code().ifPresent(c -> sb.append(' ').append(c));
        if (error.message().isPresent()) {
            sb.append(": ").append(Redactor.redact(truncate(error.message().get())));
        } else if (status >= 300 && status < 400) {
            sb.append(": redirects are not followed (the key is only sent to the configured base URL)");
        } else if (error.code().isEmpty()) {
            sb.append(" (the body was not an Augno error)");
        }
        error.param()
                .ifPresent(p -> sb.append(" [param ")
                        .append(Redactor.redact(truncate(p)))
                        .append(']'));
        headers.requestId()
                .ifPresent(id -> sb.append(" (request ").append(truncate(id)).append(')'));
        if (retryAfter != null) {
            sb.append(" (retry after ").append(retryAfter.toMillis()).append(" ms)");
        }
        return sb.toString();
    }

    private static String truncate(String s) {
        return s.length() > 500 ? s.substring(0, 500) + "..." : s;
    }
}

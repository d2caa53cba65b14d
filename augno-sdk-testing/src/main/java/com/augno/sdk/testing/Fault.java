package com.augno.sdk.testing;

import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A failure that {@link FakeAugnoServer} injects into the requests of one route (or of every
 * route), for testing retries, timeouts and error handling.
 *
 * <p>Immutable. By default a fault hits every matching request until
 * {@link FakeAugnoServer#clearFaults()}; {@link #times(int)} limits it to the next {@code n}
 * requests. Faults on one route are used in the order they were injected.
 *
 * <pre>{@code
 * server.injectFault("GET /v1/sales/customers", Fault.serverError(503).times(2));
 * server.injectFault("*", Fault.rateLimited(Duration.ofSeconds(1)).times(1));
 * }</pre>
 */
public final class Fault {

    /** The kind of a fault. */
    public enum Kind {
        /** The normal response, sent after a delay. */
        DELAY,
        /** An API error response (status, error code, {@code is_transient}). */
        ERROR,
        /** A 429 {@code rate_limit_exceeded} response with {@code Retry-After}. */
        RATE_LIMITED,
        /** The connection is reset; no response. */
        CONNECTION_RESET,
        /** The normal status and headers with an empty body. */
        EMPTY_BODY,
        /** The normal status and headers with the body cut in half (invalid JSON). */
        TRUNCATED_BODY
    }

    private final Kind kind;
    private final Duration delay;
    private final int status;
    private final @Nullable String code;
    private final boolean isTransient;
    private final Duration retryAfter;
    private final int times;
    private final boolean afterProcessing;

    private Fault(
            Kind kind,
            Duration delay,
            int status,
            @Nullable String code,
            boolean isTransient,
            Duration retryAfter,
            int times,
            boolean afterProcessing) {
        this.kind = kind;
        this.delay = delay;
        this.status = status;
        this.code = code;
        this.isTransient = isTransient;
        this.retryAfter = retryAfter;
        this.times = times;
        this.afterProcessing = afterProcessing;
    }

    private static Fault of(Kind kind) {
        return new Fault(kind, Duration.ZERO, 0, null, false, Duration.ZERO, -1, false);
    }

    /**
     * Returns a fault that sends the normal response after {@code delay} (for client timeouts).
     *
     * @throws IllegalArgumentException if {@code delay} is negative
     */
    public static Fault delay(Duration delay) {
        Objects.requireNonNull(delay, "delay == null");
        if (delay.isNegative()) {
            throw new IllegalArgumentException("delay must not be negative: " + delay);
        }
        return new Fault(Kind.DELAY, delay, 0, null, false, Duration.ZERO, -1, false);
    }

    /**
     * Returns a 5xx fault with the code the API uses for that status ({@code internal_error} for
     * 500, {@code external_service_error} for 502, {@code service_unavailable} for 503,
     * {@code timeout} for 504) and {@code is_transient: true}.
     *
     * @throws IllegalArgumentException if {@code status} is not 500 to 599
     */
    public static Fault serverError(int status) {
        if (status < 500 || status > 599) {
            throw new IllegalArgumentException("a server error has a 5xx status: " + status);
        }
        String code;
        switch (status) {
            case 502:
                code = "external_service_error";
                break;
            case 503:
                code = "service_unavailable";
                break;
            case 504:
                code = "timeout";
                break;
            default:
                code = "internal_error";
        }
        return error(status, code, true);
    }

    /**
     * Returns a fault that answers with any API error.
     *
     * @param status the HTTP status, 400 to 599
     * @param code the error {@code code}, e.g. {@code idempotency_in_progress}
     * @param isTransient the body's {@code is_transient}
     * @throws IllegalArgumentException if {@code status} is not 400 to 599 or {@code code} is blank
     */
    public static Fault error(int status, String code, boolean isTransient) {
        Objects.requireNonNull(code, "code == null");
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("an error has a 4xx or 5xx status: " + status);
        }
        if (code.isBlank()) {
            throw new IllegalArgumentException("code must not be blank");
        }
        return new Fault(Kind.ERROR, Duration.ZERO, status, code, isTransient, Duration.ZERO, -1, false);
    }

    /**
     * Returns a 429 {@code rate_limit_exceeded} fault ({@code is_transient: true}) whose
     * {@code Retry-After} header is {@code retryAfter} rounded up to whole seconds.
     *
     * @throws IllegalArgumentException if {@code retryAfter} is negative
     */
    public static Fault rateLimited(Duration retryAfter) {
        Objects.requireNonNull(retryAfter, "retryAfter == null");
        if (retryAfter.isNegative()) {
            throw new IllegalArgumentException("retryAfter must not be negative: " + retryAfter);
        }
        return new Fault(Kind.RATE_LIMITED, Duration.ZERO, 429, "rate_limit_exceeded", true, retryAfter, -1, false);
    }

    /** Returns a fault that resets the connection without a response. */
    public static Fault connectionReset() {
        return of(Kind.CONNECTION_RESET);
    }

    /**
     * Returns a fault that sends the normal status and headers with an empty body. The request is
     * processed (a creation happens); only its response is lost.
     */
    public static Fault emptyBody() {
        return of(Kind.EMPTY_BODY).afterProcessing();
    }

    /**
     * Returns a fault that sends the normal status and headers with the first half of the body. The
     * request is processed; only its response is damaged.
     */
    public static Fault truncatedBody() {
        return of(Kind.TRUNCATED_BODY).afterProcessing();
    }

    /**
     * Returns a copy that hits only the next {@code n} matching requests.
     *
     * @throws IllegalArgumentException if {@code n} is less than 1
     */
    public Fault times(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1: " + n);
        }
        return new Fault(kind, delay, status, code, isTransient, retryAfter, n, afterProcessing);
    }

    /**
     * Returns a copy that lets the server process the request first (a POST creates its resource and
     * records its idempotency key) and then replaces the response: the "response lost on the way
     * back" case. Has no effect on {@link Kind#DELAY}. Empty and truncated bodies are always applied
     * after processing.
     */
    public Fault afterProcessing() {
        return new Fault(kind, delay, status, code, isTransient, retryAfter, times, true);
    }

    /** Returns the kind of this fault. */
    public Kind kind() {
        return kind;
    }

    /** Returns the delay of a {@link Kind#DELAY} fault, zero otherwise. */
    public Duration delay() {
        return delay;
    }

    /** Returns the HTTP status of an error or rate-limit fault, 0 otherwise. */
    public int status() {
        return status;
    }

    /** Returns the error code of an error or rate-limit fault, null otherwise. */
    public @Nullable String code() {
        return code;
    }

    /** Returns the {@code is_transient} flag of an error fault. */
    public boolean isTransient() {
        return isTransient;
    }

    /** Returns the {@code Retry-After} of a rate-limit fault, zero otherwise. */
    public Duration retryAfter() {
        return retryAfter;
    }

    /** Returns how many requests this fault hits, or -1 for every request until cleared. */
    public int timesLimit() {
        return times;
    }

    /** Returns whether the request is processed before the fault replaces its response. */
    public boolean appliesAfterProcessing() {
        return afterProcessing && kind != Kind.DELAY;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Fault(").append(kind);
        if (kind == Kind.DELAY) {
            sb.append(' ').append(delay);
        }
        if (code != null) {
            sb.append(' ').append(status).append(' ').append(code);
        }
        if (kind == Kind.RATE_LIMITED) {
            sb.append(" retryAfter=").append(retryAfter);
        }
        if (times > 0) {
            sb.append(" times=").append(times);
        }
        if (appliesAfterProcessing()) {
            sb.append(" afterProcessing");
        }
        return sb.append(')').toString();
    }
}

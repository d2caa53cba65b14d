package com.augno.sdk.observability;

import com.augno.sdk.http.HttpMethod;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * An attempt of a request ended, with a response of any status or without one. Immutable; carries
 * no key, query or body: only the operation, method, URI template, status, duration, attempt,
 * request id, the API's error code and, when another attempt follows, why.
 */
public final class RequestFinished {
    /** How an attempt ended. A small, fixed set: fit for a metric tag. */
    public enum Outcome {
        /** A 2xx response. */
        SUCCESS,
        /** A 1xx or 3xx response (redirects are never followed). */
        OTHER_STATUS,
        /** A 4xx response. */
        CLIENT_ERROR,
        /** A 5xx response. */
        SERVER_ERROR,
        /** No response: connection failure or timeout. */
        NO_RESPONSE;

        /** Returns the lower-case tag value, such as {@code client_error}. */
        public String tagValue() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Outcome of(int status) {
            if (status <= 0) {
                return NO_RESPONSE;
            }
            if (status >= 200 && status < 300) {
                return SUCCESS;
            }
            if (status >= 400 && status < 500) {
                return CLIENT_ERROR;
            }
            return status >= 500 ? SERVER_ERROR : OTHER_STATUS;
        }
    }

    private final RequestStarted start;
    private final int status;
    private final Duration duration;
    private final @Nullable String requestId;
    private final @Nullable String errorCode;
    private final @Nullable RetryReason retryReason;

    private RequestFinished(Builder b) {
        this.start = b.start;
        this.status = b.status;
        this.duration = b.duration;
        this.requestId = b.requestId;
        this.errorCode = b.errorCode;
        this.retryReason = b.retryReason;
    }

    /** Returns a builder for the end of the attempt {@code start} began. */
    public static Builder builder(RequestStarted start) {
        return new Builder(start);
    }

    /**
     * Returns the start event of this attempt: the very instance listeners received, so a listener
     * may key per-attempt state (a timer, a span) on it by identity.
     */
    public RequestStarted started() {
        return start;
    }

    /** Returns the operation name (see {@link RequestStarted#operation()}). */
    public String operation() {
        return start.operation();
    }

    /** Returns the HTTP method. */
    public HttpMethod method() {
        return start.method();
    }

    /** Returns the URI template (see {@link RequestStarted#uriTemplate()}). */
    public String uriTemplate() {
        return start.uriTemplate();
    }

    /** Returns the attempt number, from 1. */
    public int attempt() {
        return start.attempt();
    }

    /** Returns the HTTP status, empty when no response came back. */
    public OptionalInt status() {
        return status > 0 ? OptionalInt.of(status) : OptionalInt.empty();
    }

    /** Returns how the attempt ended, derived from the status. */
    public Outcome outcome() {
        return Outcome.of(status);
    }

    /** Returns how long the attempt took, from sending to the end of reading the body. */
    public Duration duration() {
        return duration;
    }

    /** Returns the server's request id ({@code Request-Id}, else {@code X-Request-Id}), if sent. */
    public Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }

    /** Returns the API's error {@code code} of a non-2xx response, if it had one. */
    public Optional<String> errorCode() {
        return Optional.ofNullable(errorCode);
    }

    /** Returns why another attempt follows; empty when this attempt was the last. */
    public Optional<RetryReason> retryReason() {
        return Optional.ofNullable(retryReason);
    }

    @Override
    public String toString() {
        return "RequestFinished(" + operation() + ", attempt " + attempt() + ", "
                + (status > 0 ? String.valueOf(status) : "no response") + ", " + duration.toMillis() + " ms"
                + (requestId == null ? "" : ", request " + requestId)
                + (errorCode == null ? "" : ", code " + errorCode)
                + (retryReason == null ? "" : ", retrying: " + retryReason.tagValue()) + ")";
    }

    /** Builds a {@link RequestFinished}. Not thread-safe. */
    public static final class Builder {
        private final RequestStarted start;
        private int status;
        private Duration duration = Duration.ZERO;
        private @Nullable String requestId;
        private @Nullable String errorCode;
        private @Nullable RetryReason retryReason;

        private Builder(RequestStarted start) {
            this.start = Objects.requireNonNull(start, "start == null");
        }

        /** Sets the HTTP status. If not specified, no response came back. */
        public Builder status(int status) {
            if (status < 100 || status > 999) {
                throw new IllegalArgumentException("Not an HTTP status: " + status);
            }
            this.status = status;
            return this;
        }

        /** Sets the duration of the attempt. If not specified, zero. */
        public Builder duration(Duration duration) {
            this.duration = Objects.requireNonNull(duration, "duration == null");
            return this;
        }

        /** Sets the server's request id. If not specified, none. */
        public Builder requestId(@Nullable String requestId) {
            this.requestId = requestId;
            return this;
        }

        /** Sets the API's error code. If not specified, none. */
        public Builder errorCode(@Nullable String errorCode) {
            this.errorCode = errorCode;
            return this;
        }

        /** Sets why another attempt follows. If not specified, this attempt was the last. */
        public Builder retryReason(@Nullable RetryReason retryReason) {
            this.retryReason = retryReason;
            return this;
        }

        /** Builds the event. */
        public RequestFinished build() {
            return new RequestFinished(this);
        }
    }
}

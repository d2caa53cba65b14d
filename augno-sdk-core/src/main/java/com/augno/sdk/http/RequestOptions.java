package com.augno.sdk.http;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Per-request settings that override the client's: the timeout of each attempt, the number of
 * retries, an overall deadline, the {@code Idempotency-Key}, extra headers. Immutable.
 *
 * <pre>{@code
 * RequestOptions options = RequestOptions.builder()
 *     .timeout(Duration.ofSeconds(5))
 *     .maxRetries(0)
 *     .idempotencyKey("order-4711-create")
 *     .build();
 * }</pre>
 */
public final class RequestOptions {
    private static final RequestOptions NONE = builder().build();
    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

    private final @Nullable Duration timeout;
    private final @Nullable Duration deadline;
    private final @Nullable Integer maxRetries;
    private final @Nullable String idempotencyKey;
    private final Map<String, String> headers;

    private RequestOptions(Builder b) {
        this.timeout = b.timeout;
        this.deadline = b.deadline;
        this.maxRetries = b.maxRetries;
        this.idempotencyKey = b.idempotencyKey;
        this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(b.headers));
    }

    /** Returns options that override nothing. */
    public static RequestOptions none() {
        return NONE;
    }

    /** Returns a new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding these options. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.timeout = timeout;
        b.deadline = deadline;
        b.maxRetries = maxRetries;
        b.idempotencyKey = idempotencyKey;
        b.headers.putAll(headers);
        return b;
    }

    /** Returns the timeout of each attempt, if overridden. */
    public Optional<Duration> timeout() {
        return Optional.ofNullable(timeout);
    }

    /** Returns the overall deadline of the call (all attempts and waits), if set. */
    public Optional<Duration> deadline() {
        return Optional.ofNullable(deadline);
    }

    /** Returns the number of retries, if overridden. */
    public OptionalInt maxRetries() {
        return maxRetries == null ? OptionalInt.empty() : OptionalInt.of(maxRetries);
    }

    /** Returns the idempotency key, if the caller set one. */
    public Optional<String> idempotencyKey() {
        return Optional.ofNullable(idempotencyKey);
    }

    /** Returns the extra headers, in the order they were added. */
    public Map<String, String> headers() {
        return headers;
    }

    /** Lists what was set; header values are left out. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("RequestOptions(");
        String sep = "";
        if (timeout != null) {
            sb.append("timeout=").append(timeout);
            sep = ", ";
        }
        if (deadline != null) {
            sb.append(sep).append("deadline=").append(deadline);
            sep = ", ";
        }
        if (maxRetries != null) {
            sb.append(sep).append("maxRetries=").append(maxRetries);
            sep = ", ";
        }
        if (idempotencyKey != null) {
            sb.append(sep).append("idempotencyKey=").append(idempotencyKey);
            sep = ", ";
        }
        if (!headers.isEmpty()) {
            sb.append(sep).append("headers=").append(headers.keySet());
        }
        return sb.append(')').toString();
    }

    /** Builds {@link RequestOptions}. Not thread-safe. */
    public static final class Builder {
        private @Nullable Duration timeout;
        private @Nullable Duration deadline;
        private @Nullable Integer maxRetries;
        private @Nullable String idempotencyKey;
        private final Map<String, String> headers = new LinkedHashMap<>();

        private Builder() {}

        /**
         * Sets the timeout of each attempt (connect, send, wait, read). If not specified, the
         * client's timeout applies (60 seconds unless configured).
         *
         * @throws IllegalArgumentException if not positive
         */
        public Builder timeout(Duration timeout) {
            this.timeout = positive(timeout, "timeout");
            return this;
        }

        /**
         * Sets an overall deadline for the call, across all attempts and retry waits. A retry whose
         * wait would pass it is not made; the last error is thrown. If not specified, there is none.
         *
         * @throws IllegalArgumentException if not positive
         */
        public Builder deadline(Duration deadline) {
            this.deadline = positive(deadline, "deadline");
            return this;
        }

        /**
         * Sets how many times a failed attempt is retried. If not specified, the client's setting
         * applies (2 unless configured).
         *
         * @throws IllegalArgumentException if negative
         */
        public Builder maxRetries(int maxRetries) {
            if (maxRetries < 0) {
                throw new IllegalArgumentException("maxRetries must be >= 0: " + maxRetries);
            }
            this.maxRetries = maxRetries;
            return this;
        }

        /**
         * Sets the {@code Idempotency-Key} of a POST or PATCH. If not specified, the SDK generates
         * a random UUID per call and reuses it on every retry of that call.
         *
         * @throws IllegalArgumentException if blank or longer than 255 characters
         */
        public Builder idempotencyKey(String idempotencyKey) {
            Objects.requireNonNull(idempotencyKey, "idempotencyKey == null");
            if (idempotencyKey.isBlank() || idempotencyKey.length() > 255) {
                throw new IllegalArgumentException("idempotencyKey must be 1 to 255 non-blank characters");
            }
            this.idempotencyKey = idempotencyKey;
            return this;
        }

        /**
         * Adds a header sent with the request, replacing one the SDK would send (e.g.
         * {@code Augno-Version}). {@code Authorization} cannot be set: the key comes only from the
         * client's secret provider.
         *
         * @throws IllegalArgumentException if the name is not a header token or is
         *     {@code Authorization}
         */
        public Builder header(String name, String value) {
            Objects.requireNonNull(name, "name == null");
            Objects.requireNonNull(value, "value == null");
            if (!TOKEN.matcher(name).matches()) {
                throw new IllegalArgumentException("Not a valid header name: " + name);
            }
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.equals("authorization") || lower.equals("proxy-authorization")) {
                throw new IllegalArgumentException(
                        "The " + name + " header cannot be set per request: the key comes only from the"
                                + " client's SecretProvider");
            }
            headers.put(name, value);
            return this;
        }

        /** Builds the options. */
        public RequestOptions build() {
            return new RequestOptions(this);
        }

        private static Duration positive(Duration d, String name) {
            Objects.requireNonNull(d, name + " == null");
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(name + " must be positive: " + d);
            }
            return d;
        }
    }
}

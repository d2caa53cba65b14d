package com.augno.sdk.observability;

/** Why an attempt is followed by another one. A small, fixed set: fit for a metric tag. */
public enum RetryReason {
    /** The status or error code is retryable (408, 429, 5xx, {@code idempotency_in_progress}, ...). */
    RETRYABLE_STATUS,
    /** No response: the connection failed. */
    CONNECTION_FAILURE,
    /** No response within the attempt's timeout. */
    TIMEOUT,
    /** A 2xx response whose body broke off while being read. */
    TRUNCATED_BODY,
    /** The API refused the key (401 key error); the next attempt uses the refetched key. */
    KEY_REJECTED;

    /** Returns the lower-case tag value, such as {@code retryable_status}. */
    public String tagValue() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

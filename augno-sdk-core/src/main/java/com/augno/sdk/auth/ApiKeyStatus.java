package com.augno.sdk.auth;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The status of an API key, derived from its timestamps (the API sends no status field); also the values of the list filter {@code statuses}.
 *
 * <p>An open enum: a value the SDK does not know yet (the API added one) is kept as its raw string,
 * {@link #known()} is then empty and {@link #value()} still returns what the server sent, so
 * decoding never fails and re-encoding sends the same string back.
 */
public final class ApiKeyStatus {
    /** The values this SDK version knows. */
    public enum Known {
        /** {@code active}: the key still authenticates, also while a scheduled revocation is in the future. */
        ACTIVE,
        /** {@code expired}: {@code expires_at} has passed and the key was never revoked. */
        EXPIRED,
        /** {@code revoked}: the key was revoked; revocation wins over expiry. */
        REVOKED,
    }

    /** The API-key status {@code active}. */
    public static final ApiKeyStatus ACTIVE = new ApiKeyStatus("active", Known.ACTIVE);

    /** The API-key status {@code expired}. */
    public static final ApiKeyStatus EXPIRED = new ApiKeyStatus("expired", Known.EXPIRED);

    /** The API-key status {@code revoked}. */
    public static final ApiKeyStatus REVOKED = new ApiKeyStatus("revoked", Known.REVOKED);

    private final String value;
    private final @Nullable Known known;

    private ApiKeyStatus(String value, @Nullable Known known) {
        this.value = value;
        this.known = known;
    }

    /**
     * Returns the API-key status for a wire value, known or not.
     *
     * @throws NullPointerException if {@code value} is null
     */
    @JsonCreator
    public static ApiKeyStatus of(String value) {
        Objects.requireNonNull(value, "value == null");
        switch (value) {
            case "active":
                return ACTIVE;
            case "expired":
                return EXPIRED;
            case "revoked":
                return REVOKED;
            default:
                return new ApiKeyStatus(value, null);
        }
    }

    /** Returns the raw wire value, exactly as the server sent it. */
    @JsonValue
    public String value() {
        return value;
    }

    /** Returns the known constant, or empty when this SDK version does not know the value. */
    public Optional<Known> known() {
        return Optional.ofNullable(known);
    }

    /** Returns true when this SDK version knows the value. */
    public boolean isKnown() {
        return known != null;
    }

    /** Equal when the wire values are equal. */
    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof ApiKeyStatus && ((ApiKeyStatus) o).value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** Returns the wire value. */
    @Override
    public String toString() {
        return value;
    }
}

package com.augno.sdk.auth;

import com.augno.sdk.model.OpenEnum;
import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * The status of an API key, derived from its timestamps (the API sends no status field); also the values of the list filter {@code statuses}.
 *
 * <p>An open enum: a value the SDK does not know yet (the API added one) is kept as its raw string,
 * {@link #known()} is then empty and {@link #value()} still returns what the server sent, so
 * decoding never fails and re-encoding sends the same string back. Equal when the raw values are equal.
 */
public final class ApiKeyStatus extends OpenEnum<ApiKeyStatus.Known> {
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
    public static final ApiKeyStatus ACTIVE = new ApiKeyStatus("active");

    /** The API-key status {@code expired}. */
    public static final ApiKeyStatus EXPIRED = new ApiKeyStatus("expired");

    /** The API-key status {@code revoked}. */
    public static final ApiKeyStatus REVOKED = new ApiKeyStatus("revoked");

    private ApiKeyStatus(String value) {
        super(value, Known.class);
    }

    /**
     * Returns the API-key status for a wire value, known or not.
     *
     * @throws NullPointerException if {@code value} is null
     */
    @JsonCreator
    public static ApiKeyStatus of(String value) {
        return new ApiKeyStatus(value);
    }
}

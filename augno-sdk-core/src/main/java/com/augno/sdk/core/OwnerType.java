package com.augno.sdk.core;

import com.augno.sdk.model.OpenEnum;
import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * Where a resource came from.
 *
 * <p>An open enum: a value the SDK does not know yet (the API added one) is kept as its raw string,
 * {@link #known()} is then empty and {@link #value()} still returns what the server sent, so
 * decoding never fails and re-encoding sends the same string back. Equal when the raw values are equal.
 */
public final class OwnerType extends OpenEnum<OwnerType.Known> {
    /** The values this SDK version knows. */
    public enum Known {
        /** {@code system}: a platform default shared by every account; cannot be edited. */
        SYSTEM,
        /** {@code account}: created and owned by an account. */
        ACCOUNT,
    }

    /** The owner type {@code system}. */
    public static final OwnerType SYSTEM = new OwnerType("system");

    /** The owner type {@code account}. */
    public static final OwnerType ACCOUNT = new OwnerType("account");

    private OwnerType(String value) {
        super(value, Known.class);
    }

    /**
     * Returns the owner type for a wire value, known or not.
     *
     * @throws NullPointerException if {@code value} is null
     */
    @JsonCreator
    public static OwnerType of(String value) {
        return new OwnerType(value);
    }
}

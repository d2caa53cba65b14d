package com.augno.sdk.core;

import com.augno.sdk.model.OpenEnum;
import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * The kind of an address.
 *
 * <p>An open enum: a value the SDK does not know yet (the API added one) is kept as its raw string,
 * {@link #known()} is then empty and {@link #value()} still returns what the server sent, so
 * decoding never fails and re-encoding sends the same string back. Equal when the raw values are equal.
 */
public final class AddressType extends OpenEnum<AddressType.Known> {
    /** The values this SDK version knows. */
    public enum Known {
        /** {@code standard}. */
        STANDARD,
        /** {@code drop_ship}. */
        DROP_SHIP,
    }

    /** The address type {@code standard}. */
    public static final AddressType STANDARD = new AddressType("standard");

    /** The address type {@code drop_ship}. */
    public static final AddressType DROP_SHIP = new AddressType("drop_ship");

    private AddressType(String value) {
        super(value, Known.class);
    }

    /**
     * Returns the address type for a wire value, known or not.
     *
     * @throws NullPointerException if {@code value} is null
     */
    @JsonCreator
    public static AddressType of(String value) {
        return new AddressType(value);
    }
}

package com.augno.sdk.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The kind of an address.
 *
 * <p>An open enum: a value the SDK does not know yet (the API added one) is kept as its raw string,
 * {@link #known()} is then empty and {@link #value()} still returns what the server sent, so
 * decoding never fails and re-encoding sends the same string back.
 */
public final class AddressType {
    /** The values this SDK version knows. */
    public enum Known {
        /** {@code standard}. */
        STANDARD,
        /** {@code drop_ship}. */
        DROP_SHIP,
    }

    /** The address type {@code standard}. */
    public static final AddressType STANDARD = new AddressType("standard", Known.STANDARD);

    /** The address type {@code drop_ship}. */
    public static final AddressType DROP_SHIP = new AddressType("drop_ship", Known.DROP_SHIP);

    private final String value;
    private final @Nullable Known known;

    private AddressType(String value, @Nullable Known known) {
        this.value = value;
        this.known = known;
    }

    /**
     * Returns the address type for a wire value, known or not.
     *
     * @throws NullPointerException if {@code value} is null
     */
    @JsonCreator
    public static AddressType of(String value) {
        Objects.requireNonNull(value, "value == null");
        switch (value) {
            case "standard":
                return STANDARD;
            case "drop_ship":
                return DROP_SHIP;
            default:
                return new AddressType(value, null);
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
        return o instanceof AddressType && ((AddressType) o).value.equals(value);
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

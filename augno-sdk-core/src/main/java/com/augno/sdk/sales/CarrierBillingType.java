package com.augno.sdk.sales;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Who the carrier bills.
 *
 * <p>An open enum: a value the SDK does not know yet (the API added one) is kept as its raw string,
 * {@link #known()} is then empty and {@link #value()} still returns what the server sent, so
 * decoding never fails and re-encoding sends the same string back.
 */
public final class CarrierBillingType {
    /** The values this SDK version knows. */
    public enum Known {
        /** {@code sender}. */
        SENDER,
        /** {@code third_party}. */
        THIRD_PARTY,
    }

    /** The carrier billing type {@code sender}. */
    public static final CarrierBillingType SENDER = new CarrierBillingType("sender", Known.SENDER);

    /** The carrier billing type {@code third_party}. */
    public static final CarrierBillingType THIRD_PARTY = new CarrierBillingType("third_party", Known.THIRD_PARTY);

    private final String value;
    private final @Nullable Known known;

    private CarrierBillingType(String value, @Nullable Known known) {
        this.value = value;
        this.known = known;
    }

    /**
     * Returns the carrier billing type for a wire value, known or not.
     *
     * @throws NullPointerException if {@code value} is null
     */
    @JsonCreator
    public static CarrierBillingType of(String value) {
        Objects.requireNonNull(value, "value == null");
        switch (value) {
            case "sender":
                return SENDER;
            case "third_party":
                return THIRD_PARTY;
            default:
                return new CarrierBillingType(value, null);
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
        return o instanceof CarrierBillingType && ((CarrierBillingType) o).value.equals(value);
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

package com.augno.sdk.sales;

import com.augno.sdk.model.OpenEnum;
import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * Who the carrier bills.
 *
 * <p>An open enum: a value the SDK does not know yet (the API added one) is kept as its raw string,
 * {@link #known()} is then empty and {@link #value()} still returns what the server sent, so
 * decoding never fails and re-encoding sends the same string back. Equal when the raw values are equal.
 */
public final class CarrierBillingType extends OpenEnum<CarrierBillingType.Known> {
    /** The values this SDK version knows. */
    public enum Known {
        /** {@code sender}. */
        SENDER,
        /** {@code third_party}. */
        THIRD_PARTY,
    }

    /** The carrier billing type {@code sender}. */
    public static final CarrierBillingType SENDER = new CarrierBillingType("sender");

    /** The carrier billing type {@code third_party}. */
    public static final CarrierBillingType THIRD_PARTY = new CarrierBillingType("third_party");

    private CarrierBillingType(String value) {
        super(value, Known.class);
    }

    /**
     * Returns the carrier billing type for a wire value, known or not.
     *
     * @throws NullPointerException if {@code value} is null
     */
    @JsonCreator
    public static CarrierBillingType of(String value) {
        return new CarrierBillingType(value);
    }
}

package com.augno.sdk.sales;

import com.augno.sdk.model.OpenEnum;
import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * Whether freight is charged.
 *
 * <p>An open enum: a value the SDK does not know yet (the API added one) is kept as its raw string,
 * {@link #known()} is then empty and {@link #value()} still returns what the server sent, so
 * decoding never fails and re-encoding sends the same string back. Equal when the raw values are equal.
 */
public final class FreightPolicy extends OpenEnum<FreightPolicy.Known> {
    /** The values this SDK version knows. */
    public enum Known {
        /** {@code free_freight}. */
        FREE_FREIGHT,
        /** {@code billed_freight}. */
        BILLED_FREIGHT,
    }

    /** The freight policy {@code free_freight}. */
    public static final FreightPolicy FREE_FREIGHT = new FreightPolicy("free_freight");

    /** The freight policy {@code billed_freight}. */
    public static final FreightPolicy BILLED_FREIGHT = new FreightPolicy("billed_freight");

    private FreightPolicy(String value) {
        super(value, Known.class);
    }

    /**
     * Returns the freight policy for a wire value, known or not.
     *
     * @throws NullPointerException if {@code value} is null
     */
    @JsonCreator
    public static FreightPolicy of(String value) {
        return new FreightPolicy(value);
    }
}

package com.augno.sdk.sales;

import com.augno.sdk.model.OpenEnum;
import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * Whether sales commission applies.
 *
 * <p>An open enum: a value the SDK does not know yet (the API added one) is kept as its raw string,
 * {@link #known()} is then empty and {@link #value()} still returns what the server sent, so
 * decoding never fails and re-encoding sends the same string back. Equal when the raw values are equal.
 */
public final class CommissionPolicy extends OpenEnum<CommissionPolicy.Known> {
    /** The values this SDK version knows. */
    public enum Known {
        /** {@code commission_applied}. */
        COMMISSION_APPLIED,
        /** {@code commission_exempt}. */
        COMMISSION_EXEMPT,
    }

    /** The commission policy {@code commission_applied}. */
    public static final CommissionPolicy COMMISSION_APPLIED = new CommissionPolicy("commission_applied");

    /** The commission policy {@code commission_exempt}. */
    public static final CommissionPolicy COMMISSION_EXEMPT = new CommissionPolicy("commission_exempt");

    private CommissionPolicy(String value) {
        super(value, Known.class);
    }

    /**
     * Returns the commission policy for a wire value, known or not.
     *
     * @throws NullPointerException if {@code value} is null
     */
    @JsonCreator
    public static CommissionPolicy of(String value) {
        return new CommissionPolicy(value);
    }
}

package com.augno.sdk.sales;

import com.augno.sdk.model.OpenEnum;
import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * Whether EDI is enabled for a customer.
 *
 * <p>An open enum: a value the SDK does not know yet (the API added one) is kept as its raw string,
 * {@link #known()} is then empty and {@link #value()} still returns what the server sent, so
 * decoding never fails and re-encoding sends the same string back. Equal when the raw values are equal.
 */
public final class EdiStatus extends OpenEnum<EdiStatus.Known> {
    /** The values this SDK version knows. */
    public enum Known {
        /** {@code enabled}. */
        ENABLED,
        /** {@code disabled}. */
        DISABLED,
    }

    /** The EDI status {@code enabled}. */
    public static final EdiStatus ENABLED = new EdiStatus("enabled");

    /** The EDI status {@code disabled}. */
    public static final EdiStatus DISABLED = new EdiStatus("disabled");

    private EdiStatus(String value) {
        super(value, Known.class);
    }

    /**
     * Returns the EDI status for a wire value, known or not.
     *
     * @throws NullPointerException if {@code value} is null
     */
    @JsonCreator
    public static EdiStatus of(String value) {
        return new EdiStatus(value);
    }
}

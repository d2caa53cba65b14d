package com.augno.sdk.sales;

import com.augno.sdk.model.OpenEnum;
import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * A customer's standing. The holds are advisory: orders are flagged, not refused.
 *
 * <p>An open enum: a value the SDK does not know yet (the API added one) is kept as its raw string,
 * {@link #known()} is then empty and {@link #value()} still returns what the server sent, so
 * decoding never fails and re-encoding sends the same string back. Equal when the raw values are equal.
 */
public final class CustomerStatus extends OpenEnum<CustomerStatus.Known> {
    /** The values this SDK version knows. */
    public enum Known {
        /** {@code normal}. */
        NORMAL,
        /** {@code preferred}. */
        PREFERRED,
        /** {@code hold_shipment}: hold shipments while orders can still be taken. */
        HOLD_SHIPMENT,
        /** {@code hold_all}. */
        HOLD_ALL,
    }

    /** The customer status {@code normal}. */
    public static final CustomerStatus NORMAL = new CustomerStatus("normal");

    /** The customer status {@code preferred}. */
    public static final CustomerStatus PREFERRED = new CustomerStatus("preferred");

    /** The customer status {@code hold_shipment}. */
    public static final CustomerStatus HOLD_SHIPMENT = new CustomerStatus("hold_shipment");

    /** The customer status {@code hold_all}. */
    public static final CustomerStatus HOLD_ALL = new CustomerStatus("hold_all");

    private CustomerStatus(String value) {
        super(value, Known.class);
    }

    /**
     * Returns the customer status for a wire value, known or not.
     *
     * @throws NullPointerException if {@code value} is null
     */
    @JsonCreator
    public static CustomerStatus of(String value) {
        return new CustomerStatus(value);
    }
}

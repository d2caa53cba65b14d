package com.augno.sdk.sales;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A customer's standing. The holds are advisory: orders are flagged, not refused.
 *
 * <p>An open enum: a value the SDK does not know yet (the API added one) is kept as its raw string,
 * {@link #known()} is then empty and {@link #value()} still returns what the server sent, so
 * decoding never fails and re-encoding sends the same string back.
 */
public final class CustomerStatus {
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
    public static final CustomerStatus NORMAL = new CustomerStatus("normal", Known.NORMAL);

    /** The customer status {@code preferred}. */
    public static final CustomerStatus PREFERRED = new CustomerStatus("preferred", Known.PREFERRED);

    /** The customer status {@code hold_shipment}. */
    public static final CustomerStatus HOLD_SHIPMENT = new CustomerStatus("hold_shipment", Known.HOLD_SHIPMENT);

    /** The customer status {@code hold_all}. */
    public static final CustomerStatus HOLD_ALL = new CustomerStatus("hold_all", Known.HOLD_ALL);

    private final String value;
    private final @Nullable Known known;

    private CustomerStatus(String value, @Nullable Known known) {
        this.value = value;
        this.known = known;
    }

    /**
     * Returns the customer status for a wire value, known or not.
     *
     * @throws NullPointerException if {@code value} is null
     */
    @JsonCreator
    public static CustomerStatus of(String value) {
        Objects.requireNonNull(value, "value == null");
        switch (value) {
            case "normal":
                return NORMAL;
            case "preferred":
                return PREFERRED;
            case "hold_shipment":
                return HOLD_SHIPMENT;
            case "hold_all":
                return HOLD_ALL;
            default:
                return new CustomerStatus(value, null);
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
        return o instanceof CustomerStatus && ((CustomerStatus) o).value.equals(value);
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

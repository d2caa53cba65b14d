package com.augno.sdk.sales;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Whether freight is charged.
 *
 * <p>An open enum: a value the SDK does not know yet (the API added one) is kept as its raw string,
 * {@link #known()} is then empty and {@link #value()} still returns what the server sent, so
 * decoding never fails and re-encoding sends the same string back.
 */
public final class FreightPolicy {
    /** The values this SDK version knows. */
    public enum Known {
        /** {@code free_freight}. */
        FREE_FREIGHT,
        /** {@code billed_freight}. */
        BILLED_FREIGHT,
    }

    /** The freight policy {@code free_freight}. */
    public static final FreightPolicy FREE_FREIGHT = new FreightPolicy("free_freight", Known.FREE_FREIGHT);

    /** The freight policy {@code billed_freight}. */
    public static final FreightPolicy BILLED_FREIGHT = new FreightPolicy("billed_freight", Known.BILLED_FREIGHT);

    private final String value;
    private final @Nullable Known known;

    private FreightPolicy(String value, @Nullable Known known) {
        this.value = value;
        this.known = known;
    }

    /**
     * Returns the freight policy for a wire value, known or not.
     *
     * @throws NullPointerException if {@code value} is null
     */
    @JsonCreator
    public static FreightPolicy of(String value) {
        Objects.requireNonNull(value, "value == null");
        switch (value) {
            case "free_freight":
                return FREE_FREIGHT;
            case "billed_freight":
                return BILLED_FREIGHT;
            default:
                return new FreightPolicy(value, null);
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
        return o instanceof FreightPolicy && ((FreightPolicy) o).value.equals(value);
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

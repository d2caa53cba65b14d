package com.augno.sdk.sales;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Whether EDI is enabled for a customer.
 *
 * <p>An open enum: a value the SDK does not know yet (the API added one) is kept as its raw string,
 * {@link #known()} is then empty and {@link #value()} still returns what the server sent, so
 * decoding never fails and re-encoding sends the same string back.
 */
public final class EdiStatus {
    /** The values this SDK version knows. */
    public enum Known {
        /** {@code enabled}. */
        ENABLED,
        /** {@code disabled}. */
        DISABLED,
    }

    /** The EDI status {@code enabled}. */
    public static final EdiStatus ENABLED = new EdiStatus("enabled", Known.ENABLED);

    /** The EDI status {@code disabled}. */
    public static final EdiStatus DISABLED = new EdiStatus("disabled", Known.DISABLED);

    private final String value;
    private final @Nullable Known known;

    private EdiStatus(String value, @Nullable Known known) {
        this.value = value;
        this.known = known;
    }

    /**
     * Returns the EDI status for a wire value, known or not.
     *
     * @throws NullPointerException if {@code value} is null
     */
    @JsonCreator
    public static EdiStatus of(String value) {
        Objects.requireNonNull(value, "value == null");
        switch (value) {
            case "enabled":
                return ENABLED;
            case "disabled":
                return DISABLED;
            default:
                return new EdiStatus(value, null);
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
        return o instanceof EdiStatus && ((EdiStatus) o).value.equals(value);
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

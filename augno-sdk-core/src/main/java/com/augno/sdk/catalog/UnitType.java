package com.augno.sdk.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The dimension of a unit; conversion works only within one dimension.
 *
 * <p>An open enum: a value the SDK does not know yet (the API added one) is kept as its raw string,
 * {@link #known()} is then empty and {@link #value()} still returns what the server sent, so
 * decoding never fails and re-encoding sends the same string back.
 */
public final class UnitType {
    /** The values this SDK version knows. */
    public enum Known {
        /** {@code currency}. */
        CURRENCY,
        /** {@code quantity}: countable discrete items. */
        QUANTITY,
        /** {@code time}. */
        TIME,
        /** {@code mass}. */
        MASS,
        /** {@code volume}. */
        VOLUME,
        /** {@code length}. */
        LENGTH,
        /** {@code temperature}. */
        TEMPERATURE,
        /** {@code area}. */
        AREA,
    }

    /** The unit type {@code currency}. */
    public static final UnitType CURRENCY = new UnitType("currency", Known.CURRENCY);

    /** The unit type {@code quantity}. */
    public static final UnitType QUANTITY = new UnitType("quantity", Known.QUANTITY);

    /** The unit type {@code time}. */
    public static final UnitType TIME = new UnitType("time", Known.TIME);

    /** The unit type {@code mass}. */
    public static final UnitType MASS = new UnitType("mass", Known.MASS);

    /** The unit type {@code volume}. */
    public static final UnitType VOLUME = new UnitType("volume", Known.VOLUME);

    /** The unit type {@code length}. */
    public static final UnitType LENGTH = new UnitType("length", Known.LENGTH);

    /** The unit type {@code temperature}. */
    public static final UnitType TEMPERATURE = new UnitType("temperature", Known.TEMPERATURE);

    /** The unit type {@code area}. */
    public static final UnitType AREA = new UnitType("area", Known.AREA);

    private final String value;
    private final @Nullable Known known;

    private UnitType(String value, @Nullable Known known) {
        this.value = value;
        this.known = known;
    }

    /**
     * Returns the unit type for a wire value, known or not.
     *
     * @throws NullPointerException if {@code value} is null
     */
    @JsonCreator
    public static UnitType of(String value) {
        Objects.requireNonNull(value, "value == null");
        switch (value) {
            case "currency":
                return CURRENCY;
            case "quantity":
                return QUANTITY;
            case "time":
                return TIME;
            case "mass":
                return MASS;
            case "volume":
                return VOLUME;
            case "length":
                return LENGTH;
            case "temperature":
                return TEMPERATURE;
            case "area":
                return AREA;
            default:
                return new UnitType(value, null);
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
        return o instanceof UnitType && ((UnitType) o).value.equals(value);
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

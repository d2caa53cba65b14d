package com.augno.sdk.catalog;

import com.augno.sdk.model.OpenEnum;
import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * The dimension of a unit; conversion works only within one dimension.
 *
 * <p>An open enum: a value the SDK does not know yet (the API added one) is kept as its raw string,
 * {@link #known()} is then empty and {@link #value()} still returns what the server sent, so
 * decoding never fails and re-encoding sends the same string back. Equal when the raw values are equal.
 */
public final class UnitType extends OpenEnum<UnitType.Known> {
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
    public static final UnitType CURRENCY = new UnitType("currency");

    /** The unit type {@code quantity}. */
    public static final UnitType QUANTITY = new UnitType("quantity");

    /** The unit type {@code time}. */
    public static final UnitType TIME = new UnitType("time");

    /** The unit type {@code mass}. */
    public static final UnitType MASS = new UnitType("mass");

    /** The unit type {@code volume}. */
    public static final UnitType VOLUME = new UnitType("volume");

    /** The unit type {@code length}. */
    public static final UnitType LENGTH = new UnitType("length");

    /** The unit type {@code temperature}. */
    public static final UnitType TEMPERATURE = new UnitType("temperature");

    /** The unit type {@code area}. */
    public static final UnitType AREA = new UnitType("area");

    private UnitType(String value) {
        super(value, Known.class);
    }

    /**
     * Returns the unit type for a wire value, known or not.
     *
     * @throws NullPointerException if {@code value} is null
     */
    @JsonCreator
    public static UnitType of(String value) {
        return new UnitType(value);
    }
}

package com.augno.sdk.sales;

import com.augno.sdk.model.OpenEnum;
import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * A platform-fixed order priority level.
 *
 * <p>An open enum: a value the SDK does not know yet (the API added one) is kept as its raw string,
 * {@link #known()} is then empty and {@link #value()} still returns what the server sent, so
 * decoding never fails and re-encoding sends the same string back. Equal when the raw values are equal.
 */
public final class Priority extends OpenEnum<Priority.Known> {
    /** The values this SDK version knows. */
    public enum Known {
        /** {@code low}. */
        LOW,
        /** {@code normal}. */
        NORMAL,
        /** {@code high}. */
        HIGH,
    }

    /** The priority {@code low}. */
    public static final Priority LOW = new Priority("low");

    /** The priority {@code normal}. */
    public static final Priority NORMAL = new Priority("normal");

    /** The priority {@code high}. */
    public static final Priority HIGH = new Priority("high");

    private Priority(String value) {
        super(value, Known.class);
    }

    /**
     * Returns the priority for a wire value, known or not.
     *
     * @throws NullPointerException if {@code value} is null
     */
    @JsonCreator
    public static Priority of(String value) {
        return new Priority(value);
    }
}

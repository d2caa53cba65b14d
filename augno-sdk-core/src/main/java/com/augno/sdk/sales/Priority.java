package com.augno.sdk.sales;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A platform-fixed order priority level.
 *
 * <p>An open enum: a value the SDK does not know yet (the API added one) is kept as its raw string,
 * {@link #known()} is then empty and {@link #value()} still returns what the server sent, so
 * decoding never fails and re-encoding sends the same string back.
 */
public final class Priority {
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
    public static final Priority LOW = new Priority("low", Known.LOW);

    /** The priority {@code normal}. */
    public static final Priority NORMAL = new Priority("normal", Known.NORMAL);

    /** The priority {@code high}. */
    public static final Priority HIGH = new Priority("high", Known.HIGH);

    private final String value;
    private final @Nullable Known known;

    private Priority(String value, @Nullable Known known) {
        this.value = value;
        this.known = known;
    }

    /**
     * Returns the priority for a wire value, known or not.
     *
     * @throws NullPointerException if {@code value} is null
     */
    @JsonCreator
    public static Priority of(String value) {
        Objects.requireNonNull(value, "value == null");
        switch (value) {
            case "low":
                return LOW;
            case "normal":
                return NORMAL;
            case "high":
                return HIGH;
            default:
                return new Priority(value, null);
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
        return o instanceof Priority && ((Priority) o).value.equals(value);
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

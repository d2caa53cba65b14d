package com.augno.sdk.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How a new sandbox starts.
 *
 * <p>An open enum: a value the SDK does not know yet (the API added one) is kept as its raw string,
 * {@link #known()} is then empty and {@link #value()} still returns what the server sent, so
 * decoding never fails and re-encoding sends the same string back.
 */
public final class SandboxMode {
    /** The values this SDK version knows. */
    public enum Known {
        /** {@code blank}: starts empty (the API default). */
        BLANK,
        /** {@code seeded}: filled with sample data, loaded asynchronously. */
        SEEDED,
    }

    /** The sandbox mode {@code blank}. */
    public static final SandboxMode BLANK = new SandboxMode("blank", Known.BLANK);

    /** The sandbox mode {@code seeded}. */
    public static final SandboxMode SEEDED = new SandboxMode("seeded", Known.SEEDED);

    private final String value;
    private final @Nullable Known known;

    private SandboxMode(String value, @Nullable Known known) {
        this.value = value;
        this.known = known;
    }

    /**
     * Returns the sandbox mode for a wire value, known or not.
     *
     * @throws NullPointerException if {@code value} is null
     */
    @JsonCreator
    public static SandboxMode of(String value) {
        Objects.requireNonNull(value, "value == null");
        switch (value) {
            case "blank":
                return BLANK;
            case "seeded":
                return SEEDED;
            default:
                return new SandboxMode(value, null);
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
        return o instanceof SandboxMode && ((SandboxMode) o).value.equals(value);
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

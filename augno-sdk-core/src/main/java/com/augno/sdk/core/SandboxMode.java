package com.augno.sdk.core;

import com.augno.sdk.model.OpenEnum;
import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * How a new sandbox starts.
 *
 * <p>An open enum: a value the SDK does not know yet (the API added one) is kept as its raw string,
 * {@link #known()} is then empty and {@link #value()} still returns what the server sent, so
 * decoding never fails and re-encoding sends the same string back. Equal when the raw values are equal.
 */
public final class SandboxMode extends OpenEnum<SandboxMode.Known> {
    /** The values this SDK version knows. */
    public enum Known {
        /** {@code blank}: starts empty (the API default). */
        BLANK,
        /** {@code seeded}: filled with sample data, loaded asynchronously. */
        SEEDED,
    }

    /** The sandbox mode {@code blank}. */
    public static final SandboxMode BLANK = new SandboxMode("blank");

    /** The sandbox mode {@code seeded}. */
    public static final SandboxMode SEEDED = new SandboxMode("seeded");

    private SandboxMode(String value) {
        super(value, Known.class);
    }

    /**
     * Returns the sandbox mode for a wire value, known or not.
     *
     * @throws NullPointerException if {@code value} is null
     */
    @JsonCreator
    public static SandboxMode of(String value) {
        return new SandboxMode(value);
    }
}

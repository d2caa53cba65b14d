package com.augno.sdk.identity;

import com.augno.sdk.model.OpenEnum;
import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * Whether a list of account users shows removed (soft-deleted) users ({@code removed_scope}).
 *
 * <p>An open enum: a value the SDK does not know yet is kept as its raw string, {@link #known()} is
 * then empty and {@link #value()} still returns it. Equal when the raw values are equal.
 */
public final class RemovedScope extends OpenEnum<RemovedScope.Known> {
    /** The values this SDK version knows. */
    public enum Known {
        /** {@code excluded}. */
        EXCLUDED,
        /** {@code included}. */
        INCLUDED,
    }

    /** {@code excluded}: removed users are left out (the API's default). */
    public static final RemovedScope EXCLUDED = new RemovedScope("excluded");

    /** {@code included}: removed users are listed too. */
    public static final RemovedScope INCLUDED = new RemovedScope("included");

    private RemovedScope(String value) {
        super(value, Known.class);
    }

    /**
     * Returns the scope for a wire value, known or not.
     *
     * @throws NullPointerException if {@code value} is null
     */
    @JsonCreator
    public static RemovedScope of(String value) {
        return new RemovedScope(value);
    }
}

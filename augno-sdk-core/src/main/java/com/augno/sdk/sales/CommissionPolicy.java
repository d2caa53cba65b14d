package com.augno.sdk.sales;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Whether sales commission applies.
 *
 * <p>An open enum: a value the SDK does not know yet (the API added one) is kept as its raw string,
 * {@link #known()} is then empty and {@link #value()} still returns what the server sent, so
 * decoding never fails and re-encoding sends the same string back.
 */
public final class CommissionPolicy {
    /** The values this SDK version knows. */
    public enum Known {
        /** {@code commission_applied}. */
        COMMISSION_APPLIED,
        /** {@code commission_exempt}. */
        COMMISSION_EXEMPT,
    }

    /** The commission policy {@code commission_applied}. */
    public static final CommissionPolicy COMMISSION_APPLIED =
            new CommissionPolicy("commission_applied", Known.COMMISSION_APPLIED);

    /** The commission policy {@code commission_exempt}. */
    public static final CommissionPolicy COMMISSION_EXEMPT =
            new CommissionPolicy("commission_exempt", Known.COMMISSION_EXEMPT);

    private final String value;
    private final @Nullable Known known;

    private CommissionPolicy(String value, @Nullable Known known) {
        this.value = value;
        this.known = known;
    }

    /**
     * Returns the commission policy for a wire value, known or not.
     *
     * @throws NullPointerException if {@code value} is null
     */
    @JsonCreator
    public static CommissionPolicy of(String value) {
        Objects.requireNonNull(value, "value == null");
        switch (value) {
            case "commission_applied":
                return COMMISSION_APPLIED;
            case "commission_exempt":
                return COMMISSION_EXEMPT;
            default:
                return new CommissionPolicy(value, null);
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
        return o instanceof CommissionPolicy && ((CommissionPolicy) o).value.equals(value);
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

package com.augno.sdk.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where a resource came from.
 *
 * <p>An open enum: a value the SDK does not know yet (the API added one) is kept as its raw string,
 * {@link #known()} is then empty and {@link #value()} still returns what the server sent, so
 * decoding never fails and re-encoding sends the same string back.
 */
public final class OwnerType {
    /** The values this SDK version knows. */
    public enum Known {
        /** {@code system}: a platform default shared by every account; cannot be edited. */
        SYSTEM,
        /** {@code account}: created and owned by an account. */
        ACCOUNT,
    }

    /** The owner type {@code system}. */
    public static final OwnerType SYSTEM = new OwnerType("system", Known.SYSTEM);

    /** The owner type {@code account}. */
    public static final OwnerType ACCOUNT = new OwnerType("account", Known.ACCOUNT);

    private final String value;
    private final @Nullable Known known;

    private OwnerType(String value, @Nullable Known known) {
        this.value = value;
        this.known = known;
    }

    /**
     * Returns the owner type for a wire value, known or not.
     *
     * @throws NullPointerException if {@code value} is null
     */
    @JsonCreator
    public static OwnerType of(String value) {
        Objects.requireNonNull(value, "value == null");
        switch (value) {
            case "system":
                return SYSTEM;
            case "account":
                return ACCOUNT;
            default:
                return new OwnerType(value, null);
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
        return o instanceof OwnerType && ((OwnerType) o).value.equals(value);
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

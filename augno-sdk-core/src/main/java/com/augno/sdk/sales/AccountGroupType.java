package com.augno.sdk.sales;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The kind of an account group.
 *
 * <p>An open enum: a value the SDK does not know yet (the API added one) is kept as its raw string,
 * {@link #known()} is then empty and {@link #value()} still returns what the server sent, so
 * decoding never fails and re-encoding sends the same string back.
 */
public final class AccountGroupType {
    /** The values this SDK version knows. */
    public enum Known {
        /** {@code pricing_group}. */
        PRICING_GROUP,
        /** {@code type_group}. */
        TYPE_GROUP,
    }

    /** The account-group type {@code pricing_group}. */
    public static final AccountGroupType PRICING_GROUP = new AccountGroupType("pricing_group", Known.PRICING_GROUP);

    /** The account-group type {@code type_group}. */
    public static final AccountGroupType TYPE_GROUP = new AccountGroupType("type_group", Known.TYPE_GROUP);

    private final String value;
    private final @Nullable Known known;

    private AccountGroupType(String value, @Nullable Known known) {
        this.value = value;
        this.known = known;
    }

    /**
     * Returns the account-group type for a wire value, known or not.
     *
     * @throws NullPointerException if {@code value} is null
     */
    @JsonCreator
    public static AccountGroupType of(String value) {
        Objects.requireNonNull(value, "value == null");
        switch (value) {
            case "pricing_group":
                return PRICING_GROUP;
            case "type_group":
                return TYPE_GROUP;
            default:
                return new AccountGroupType(value, null);
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
        return o instanceof AccountGroupType && ((AccountGroupType) o).value.equals(value);
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

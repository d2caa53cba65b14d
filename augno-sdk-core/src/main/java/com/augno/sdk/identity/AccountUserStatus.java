package com.augno.sdk.identity;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The status of an account user.
 *
 * <p>An open enum: a value the SDK does not know yet (the API added one) is kept as its raw string,
 * {@link #known()} is then empty and {@link #value()} still returns what the server sent, so
 * decoding never fails and re-encoding sends the same string back.
 */
public final class AccountUserStatus {
    /** The values this SDK version knows. */
    public enum Known {
        /** {@code active}. */
        ACTIVE,
        /** {@code disabled}. */
        DISABLED,
        /** {@code removed}. */
        REMOVED,
    }

    /** The account-user status {@code active}. */
    public static final AccountUserStatus ACTIVE = new AccountUserStatus("active", Known.ACTIVE);

    /** The account-user status {@code disabled}. */
    public static final AccountUserStatus DISABLED = new AccountUserStatus("disabled", Known.DISABLED);

    /** The account-user status {@code removed}. */
    public static final AccountUserStatus REMOVED = new AccountUserStatus("removed", Known.REMOVED);

    private final String value;
    private final @Nullable Known known;

    private AccountUserStatus(String value, @Nullable Known known) {
        this.value = value;
        this.known = known;
    }

    /**
     * Returns the account-user status for a wire value, known or not.
     *
     * @throws NullPointerException if {@code value} is null
     */
    @JsonCreator
    public static AccountUserStatus of(String value) {
        Objects.requireNonNull(value, "value == null");
        switch (value) {
            case "active":
                return ACTIVE;
            case "disabled":
                return DISABLED;
            case "removed":
                return REMOVED;
            default:
                return new AccountUserStatus(value, null);
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
        return o instanceof AccountUserStatus && ((AccountUserStatus) o).value.equals(value);
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

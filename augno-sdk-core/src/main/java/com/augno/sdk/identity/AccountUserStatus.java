package com.augno.sdk.identity;

import com.augno.sdk.model.OpenEnum;
import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * The status of an account user.
 *
 * <p>An open enum: a value the SDK does not know yet (the API added one) is kept as its raw string,
 * {@link #known()} is then empty and {@link #value()} still returns what the server sent, so
 * decoding never fails and re-encoding sends the same string back. Equal when the raw values are equal.
 */
public final class AccountUserStatus extends OpenEnum<AccountUserStatus.Known> {
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
    public static final AccountUserStatus ACTIVE = new AccountUserStatus("active");

    /** The account-user status {@code disabled}. */
    public static final AccountUserStatus DISABLED = new AccountUserStatus("disabled");

    /** The account-user status {@code removed}. */
    public static final AccountUserStatus REMOVED = new AccountUserStatus("removed");

    private AccountUserStatus(String value) {
        super(value, Known.class);
    }

    /**
     * Returns the account-user status for a wire value, known or not.
     *
     * @throws NullPointerException if {@code value} is null
     */
    @JsonCreator
    public static AccountUserStatus of(String value) {
        return new AccountUserStatus(value);
    }
}

package com.augno.sdk.sales;

import com.augno.sdk.model.OpenEnum;
import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * The kind of an account group.
 *
 * <p>An open enum: a value the SDK does not know yet (the API added one) is kept as its raw string,
 * {@link #known()} is then empty and {@link #value()} still returns what the server sent, so
 * decoding never fails and re-encoding sends the same string back. Equal when the raw values are equal.
 */
public final class AccountGroupType extends OpenEnum<AccountGroupType.Known> {
    /** The values this SDK version knows. */
    public enum Known {
        /** {@code pricing_group}. */
        PRICING_GROUP,
        /** {@code type_group}. */
        TYPE_GROUP,
    }

    /** The account-group type {@code pricing_group}. */
    public static final AccountGroupType PRICING_GROUP = new AccountGroupType("pricing_group");

    /** The account-group type {@code type_group}. */
    public static final AccountGroupType TYPE_GROUP = new AccountGroupType("type_group");

    private AccountGroupType(String value) {
        super(value, Known.class);
    }

    /**
     * Returns the account-group type for a wire value, known or not.
     *
     * @throws NullPointerException if {@code value} is null
     */
    @JsonCreator
    public static AccountGroupType of(String value) {
        return new AccountGroupType(value);
    }
}

package com.augno.sdk.identity;

import com.augno.sdk.model.OpenEnum;
import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * The type of a role. API keys, billing and integrations are open only to {@code admin} roles.
 *
 * <p>An open enum: a value the SDK does not know yet (the API added one) is kept as its raw string,
 * {@link #known()} is then empty and {@link #value()} still returns what the server sent, so
 * decoding never fails and re-encoding sends the same string back. Equal when the raw values are equal.
 */
public final class RoleType extends OpenEnum<RoleType.Known> {
    /** The values this SDK version knows. */
    public enum Known {
        /** {@code admin}: full administrative access. */
        ADMIN,
        /** {@code user}: a custom role with explicit permissions; every role created through the API. */
        USER,
        /** {@code scanner}: shop-floor scanning stations. */
        SCANNER,
        /** {@code sales_rep}: sales representatives. */
        SALES_REP,
        /** {@code agent}: an automated agent. */
        AGENT,
    }

    /** The role type {@code admin}. */
    public static final RoleType ADMIN = new RoleType("admin");

    /** The role type {@code user}. */
    public static final RoleType USER = new RoleType("user");

    /** The role type {@code scanner}. */
    public static final RoleType SCANNER = new RoleType("scanner");

    /** The role type {@code sales_rep}. */
    public static final RoleType SALES_REP = new RoleType("sales_rep");

    /** The role type {@code agent}. */
    public static final RoleType AGENT = new RoleType("agent");

    private RoleType(String value) {
        super(value, Known.class);
    }

    /**
     * Returns the role type for a wire value, known or not.
     *
     * @throws NullPointerException if {@code value} is null
     */
    @JsonCreator
    public static RoleType of(String value) {
        return new RoleType(value);
    }
}

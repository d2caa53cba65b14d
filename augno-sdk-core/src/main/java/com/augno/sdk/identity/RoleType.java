package com.augno.sdk.identity;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The type of a role. API keys, billing and integrations are open only to {@code admin} roles.
 *
 * <p>An open enum: a value the SDK does not know yet (the API added one) is kept as its raw string,
 * {@link #known()} is then empty and {@link #value()} still returns what the server sent, so
 * decoding never fails and re-encoding sends the same string back.
 */
public final class RoleType {
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
    public static final RoleType ADMIN = new RoleType("admin", Known.ADMIN);

    /** The role type {@code user}. */
    public static final RoleType USER = new RoleType("user", Known.USER);

    /** The role type {@code scanner}. */
    public static final RoleType SCANNER = new RoleType("scanner", Known.SCANNER);

    /** The role type {@code sales_rep}. */
    public static final RoleType SALES_REP = new RoleType("sales_rep", Known.SALES_REP);

    /** The role type {@code agent}. */
    public static final RoleType AGENT = new RoleType("agent", Known.AGENT);

    private final String value;
    private final @Nullable Known known;

    private RoleType(String value, @Nullable Known known) {
        this.value = value;
        this.known = known;
    }

    /**
     * Returns the role type for a wire value, known or not.
     *
     * @throws NullPointerException if {@code value} is null
     */
    @JsonCreator
    public static RoleType of(String value) {
        Objects.requireNonNull(value, "value == null");
        switch (value) {
            case "admin":
                return ADMIN;
            case "user":
                return USER;
            case "scanner":
                return SCANNER;
            case "sales_rep":
                return SALES_REP;
            case "agent":
                return AGENT;
            default:
                return new RoleType(value, null);
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
        return o instanceof RoleType && ((RoleType) o).value.equals(value);
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

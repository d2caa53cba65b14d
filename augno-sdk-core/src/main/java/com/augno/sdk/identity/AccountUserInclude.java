package com.augno.sdk.identity;

/** The {@code include} values of the account-user calls. */
public final class AccountUserInclude {
    /** {@code user}: the person (name, email, username, image). */
    public static final String USER = "user";

    /** {@code role}. */
    public static final String ROLE = "role";

    /** {@code department}. */
    public static final String DEPARTMENT = "department";

    private AccountUserInclude() {}
}

package com.augno.sdk.identity;

/** The {@code include} values of the role calls. */
public final class RoleInclude {
    /** {@code owner}. */
    public static final String OWNER = "owner";

    /** {@code owner.account}. */
    public static final String OWNER_ACCOUNT = "owner.account";

    /** {@code permissions}. */
    public static final String PERMISSIONS = "permissions";

    private RoleInclude() {}
}

package com.augno.sdk.identity;

/** The {@code include} values of the permission-group list. */
public final class PermissionGroupInclude {
    /** {@code owner}. */
    public static final String OWNER = "owner";

    private PermissionGroupInclude() {}
}

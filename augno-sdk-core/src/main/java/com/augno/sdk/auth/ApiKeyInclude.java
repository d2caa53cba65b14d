package com.augno.sdk.auth;

/** The {@code include} values of the API-key calls. */
public final class ApiKeyInclude {
    /** {@code role}. */
    public static final String ROLE = "role";

    /** {@code role.permissions}. */
    public static final String ROLE_PERMISSIONS = "role.permissions";

    private ApiKeyInclude() {}
}

package com.augno.sdk.catalog;

/** The {@code include} values of the unit calls. */
public final class UnitInclude {
    /** {@code owner}. */
    public static final String OWNER = "owner";

    /** {@code owner.account}. */
    public static final String OWNER_ACCOUNT = "owner.account";

    private UnitInclude() {}
}

package com.augno.sdk.core;

/** The {@code include} values of the sandbox calls. */
public final class SandboxInclude {
    /** {@code owner_account}. */
    public static final String OWNER_ACCOUNT = "owner_account";

    private SandboxInclude() {}
}

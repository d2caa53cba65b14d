package com.augno.sdk.core;

/** The {@code include} values of the audit-event calls. */
public final class AuditEventInclude {
    /** {@code account}. */
    public static final String ACCOUNT = "account";

    /** {@code actor}. */
    public static final String ACTOR = "actor";

    /** {@code changes}. */
    public static final String CHANGES = "changes";

    /** {@code metadata}. */
    public static final String METADATA = "metadata";

    /** {@code request}. */
    public static final String REQUEST = "request";

    private AuditEventInclude() {}
}

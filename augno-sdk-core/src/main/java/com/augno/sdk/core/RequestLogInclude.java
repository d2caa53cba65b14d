package com.augno.sdk.core;

/** The {@code include} values of the request-log calls. The body values ({@code query_params}, {@code request_body}, {@code response_body}) and {@code actor.role.permissions} work on get only. */
public final class RequestLogInclude {
    /** {@code account}. */
    public static final String ACCOUNT = "account";

    /** {@code actor}. */
    public static final String ACTOR = "actor";

    /** {@code actor.role}. */
    public static final String ACTOR_ROLE = "actor.role";

    /** {@code actor.role.permissions}. */
    public static final String ACTOR_ROLE_PERMISSIONS = "actor.role.permissions";

    /** {@code query_params}. */
    public static final String QUERY_PARAMS = "query_params";

    /** {@code request_body}. */
    public static final String REQUEST_BODY = "request_body";

    /** {@code response_body}. */
    public static final String RESPONSE_BODY = "response_body";

    private RequestLogInclude() {}
}

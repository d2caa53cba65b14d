package com.augno.sdk.core;

import com.augno.sdk.http.ApiRequest;
import com.augno.sdk.http.HttpMethod;
import com.augno.sdk.http.Page;
import com.augno.sdk.http.RequestOptions;
import com.augno.sdk.internal.http.ClientContext;
import com.augno.sdk.internal.resources.Calls;
import java.util.List;
import java.util.Objects;

/**
 * Audit events ({@code /v1/core/audit-events}): immutable records of changes, created by the API. Reach it with {@code client.auditEvents()}. Note: an event's {@code account} is the <b>target</b> account (on a request log it is the acting one).
 *
 * <p>Thread-safe; every call goes through the client's transport (current key, retries, typed
 * errors).
 */
public final class AuditEventService {
    private static final String PATH = "/v1/core/audit-events";

    private final Calls calls;

    /** Not API: use the client's accessor. */
    public AuditEventService(ClientContext context) {
        this.calls = new Calls(context);
    }

    /** Lists audit events, newest first (first page; {@code autoPager()} walks the rest). Needs permission {@code audit_events:read}. */
    public Page<AuditEvent> list() {
        return list(AuditEventListParams.builder().build(), RequestOptions.none());
    }

    /** Lists audit events, newest first matching {@code params}. Needs permission {@code audit_events:read}. */
    public Page<AuditEvent> list(AuditEventListParams params) {
        return list(params, RequestOptions.none());
    }

    /** As {@link #list(AuditEventListParams)}, with per-request options. Needs permission {@code audit_events:read}. */
    public Page<AuditEvent> list(AuditEventListParams params, RequestOptions options) {
        Objects.requireNonNull(params, "params == null");
        return calls.list(PATH, params.toQuery(), params.include(), options, AuditEvent.class);
    }

    /**
     * Gets one AuditEvent by id. Needs permission {@code audit_events:read}.
     *
     * @param include {@link AuditEventInclude} values
     * @throws com.augno.sdk.errors.NotFoundException if there is no such object
     */
    public AuditEvent get(String id, String... include) {
        return get(id, List.of(include), RequestOptions.none());
    }

    /** As {@link #get(String, String...)}, with per-request options. Needs permission {@code audit_events:read}. */
    public AuditEvent get(String id, List<String> include, RequestOptions options) {
        return calls.get(PATH, id, include, options, AuditEvent.class);
    }

    /**
     * Lists the API's complete vocabulary of resource types (the values of the
     * {@code resource_types} filter); not derived from your data. Needs permission
     * {@code audit_events:read}.
     */
    public Page<String> resourceTypes() {
        return resourceTypes(RequestOptions.none());
    }

    /** As {@link #resourceTypes()}, with per-request options. Needs permission {@code audit_events:read}. */
    public Page<String> resourceTypes(RequestOptions options) {
        return calls.context()
                .executePage(
                        ApiRequest.builder(HttpMethod.GET, PATH + "/resource-types")
                                .options(options)
                                .build(),
                        String.class);
    }
}

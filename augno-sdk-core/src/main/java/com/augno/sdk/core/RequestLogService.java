package com.augno.sdk.core;

import com.augno.sdk.http.Page;
import com.augno.sdk.http.RequestOptions;
import com.augno.sdk.internal.http.ClientContext;
import com.augno.sdk.internal.resources.Calls;
import java.util.List;
import java.util.Objects;

/**
 * Request logs ({@code /v1/core/request-logs}): every API request, with its actor (an API key shows as its redacted value). A log is visible when your account is the acting or the target account. Reach it with {@code client.requestLogs()}. Note: a log's {@code account} is the <b>acting</b> account.
 *
 * <p>Thread-safe; every call goes through the client's transport (current key, retries, typed
 * errors).
 */
public final class RequestLogService {
    private static final String PATH = "/v1/core/request-logs";

    private final Calls calls;

    /** Not API: use the client's accessor. */
    public RequestLogService(ClientContext context) {
        this.calls = new Calls(context);
    }

    /** Lists request logs, newest first (high-traffic endpoints such as the log endpoints are left out of lists) (first page; {@code autoPager()} walks the rest). Needs permission {@code request_logs:read}. */
    public Page<RequestLog> list() {
        return list(RequestLogListParams.builder().build(), RequestOptions.none());
    }

    /** Lists request logs, newest first (high-traffic endpoints such as the log endpoints are left out of lists) matching {@code params}. Needs permission {@code request_logs:read}. */
    public Page<RequestLog> list(RequestLogListParams params) {
        return list(params, RequestOptions.none());
    }

    /** As {@link #list(RequestLogListParams)}, with per-request options. Needs permission {@code request_logs:read}. */
    public Page<RequestLog> list(RequestLogListParams params, RequestOptions options) {
        Objects.requireNonNull(params, "params == null");
        return calls.list(PATH, params.toQuery(), params.include(), options, RequestLog.class);
    }

    /**
     * Gets one RequestLog by id. Needs permission {@code request_logs:read} (the bodies come only from get, through {@code include}).
     *
     * @param include {@link RequestLogInclude} values
     * @throws com.augno.sdk.errors.NotFoundException if there is no such object
     */
    public RequestLog get(String id, String... include) {
        return get(id, List.of(include), RequestOptions.none());
    }

    /** As {@link #get(String, String...)}, with per-request options. Needs permission {@code request_logs:read} (the bodies come only from get, through {@code include}). */
    public RequestLog get(String id, List<String> include, RequestOptions options) {
        return calls.get(PATH, id, include, options, RequestLog.class);
    }
}

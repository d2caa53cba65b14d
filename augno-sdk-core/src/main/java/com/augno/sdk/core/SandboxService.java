package com.augno.sdk.core;

import com.augno.sdk.http.Page;
import com.augno.sdk.http.RequestOptions;
import com.augno.sdk.internal.http.ClientContext;
import com.augno.sdk.internal.resources.Calls;
import java.util.List;
import java.util.Objects;

/**
 * Sandboxes ({@code /v1/core/sandboxes}) owned by your production account: list, get, create (blank or seeded) and delete. None of these works while acting inside a sandbox. Reach it with {@code client.sandboxes()}.
 *
 * <p>Thread-safe; every call goes through the client's transport (current key, retries, typed
 * errors).
 */
public final class SandboxService {
    private static final String PATH = "/v1/core/sandboxes";

    private final Calls calls;

    /** Not API: use the client's accessor. */
    public SandboxService(ClientContext context) {
        this.calls = new Calls(context);
    }

    /** Lists the sandboxes, newest first (first page; {@code autoPager()} walks the rest). Needs permission {@code sandboxes:read}. */
    public Page<Sandbox> list() {
        return list(SandboxListParams.builder().build(), RequestOptions.none());
    }

    /** Lists the sandboxes, newest first matching {@code params}. Needs permission {@code sandboxes:read}. */
    public Page<Sandbox> list(SandboxListParams params) {
        return list(params, RequestOptions.none());
    }

    /** As {@link #list(SandboxListParams)}, with per-request options. Needs permission {@code sandboxes:read}. */
    public Page<Sandbox> list(SandboxListParams params, RequestOptions options) {
        Objects.requireNonNull(params, "params == null");
        return calls.list(PATH, params.toQuery(), params.include(), options, Sandbox.class);
    }

    /**
     * Gets one Sandbox by id. Needs permission {@code sandboxes:read}.
     *
     * @param include {@link SandboxInclude} values
     * @throws com.augno.sdk.errors.NotFoundException if there is no such object
     */
    public Sandbox get(String id, String... include) {
        return get(id, List.of(include), RequestOptions.none());
    }

    /** As {@link #get(String, String...)}, with per-request options. Needs permission {@code sandboxes:read}. */
    public Sandbox get(String id, List<String> include, RequestOptions options) {
        return calls.get(PATH, id, include, options, Sandbox.class);
    }

    /** Creates a sandbox; the creating user becomes its administrator; seeded sample data loads asynchronously; a plan cap gives a {@link com.augno.sdk.errors.PlanLimitException}. Needs permission {@code sandboxes:create}. */
    public Sandbox create(SandboxCreateParams params) {
        return create(params, RequestOptions.none());
    }

    /** As {@link #create(SandboxCreateParams)}, with per-request options. Needs permission {@code sandboxes:create}. */
    public Sandbox create(SandboxCreateParams params, RequestOptions options) {
        Objects.requireNonNull(params, "params == null");
        return calls.post(PATH, null, null, params.toBody(), params.include(), options, Sandbox.class);
    }

    /** Deletes a sandbox permanently (the API answers 202; the data is purged in the background). Needs permission {@code sandboxes:delete}. */
    public void delete(String id) {
        delete(id, RequestOptions.none());
    }

    /** As {@link #delete(String)}, with per-request options. Needs permission {@code sandboxes:delete}. */
    public void delete(String id, RequestOptions options) {
        calls.delete(PATH, id, options);
    }
}

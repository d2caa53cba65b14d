package com.augno.sdk.identity;

import com.augno.sdk.http.Page;
import com.augno.sdk.http.RequestOptions;
import com.augno.sdk.internal.http.ClientContext;
import com.augno.sdk.internal.resources.Calls;
import java.util.List;
import java.util.Objects;

/**
 * Roles ({@code /v1/identity/roles}): list, get, create, update (replacing the whole permission set) and delete. Reach it with {@code client.roles()}. List and get also return the system roles every account shares; only account-owned roles can be changed.
 *
 * <p>Thread-safe; every call goes through the client's transport (current key, retries, typed
 * errors).
 */
public final class RoleService {
    private static final String PATH = "/v1/identity/roles";

    private final Calls calls;

    /** Not API: use the client's accessor. */
    public RoleService(ClientContext context) {
        this.calls = new Calls(context);
    }

    /** Lists the roles (account-owned and system), newest first (first page; {@code autoPager()} walks the rest). Needs permission {@code roles:read}. */
    public Page<Role> list() {
        return list(RoleListParams.builder().build(), RequestOptions.none());
    }

    /** Lists the roles (account-owned and system), newest first matching {@code params}. Needs permission {@code roles:read}. */
    public Page<Role> list(RoleListParams params) {
        return list(params, RequestOptions.none());
    }

    /** As {@link #list(RoleListParams)}, with per-request options. Needs permission {@code roles:read}. */
    public Page<Role> list(RoleListParams params, RequestOptions options) {
        Objects.requireNonNull(params, "params == null");
        return calls.list(PATH, params.toQuery(), params.include(), options, Role.class);
    }

    /**
     * Gets one Role by id. Needs permission {@code roles:read}.
     *
     * @param include {@link RoleInclude} values
     * @throws com.augno.sdk.errors.NotFoundException if there is no such object
     */
    public Role get(String id, String... include) {
        return get(id, List.of(include), RequestOptions.none());
    }

    /** As {@link #get(String, String...)}, with per-request options. Needs permission {@code roles:read}. */
    public Role get(String id, List<String> include, RequestOptions options) {
        return calls.get(PATH, id, include, options, Role.class);
    }

    /** Creates a role of type {@code user} owned by your account; a name already in use is a {@link com.augno.sdk.errors.ConflictException}. Needs permission {@code roles:create}. */
    public Role create(RoleCreateParams params) {
        return create(params, RequestOptions.none());
    }

    /** As {@link #create(RoleCreateParams)}, with per-request options. Needs permission {@code roles:create}. */
    public Role create(RoleCreateParams params, RequestOptions options) {
        Objects.requireNonNull(params, "params == null");
        return calls.post(PATH, null, null, params.toBody(), params.include(), options, Role.class);
    }

    /**
     * Updates an account-owned role; {@code permissions}, when set, replaces the whole set (an empty list removes every grant) and reaches API keys immediately. Needs permission {@code roles:update}.
     *
     * @throws IllegalArgumentException before anything is sent, when {@code params} sets no field
     *     (the API refuses an empty update)
     */
    public Role update(String id, RoleUpdateParams params) {
        return update(id, params, RequestOptions.none());
    }

    /** As {@link #update(String, RoleUpdateParams)}, with per-request options. Needs permission {@code roles:update}. */
    public Role update(String id, RoleUpdateParams params, RequestOptions options) {
        Objects.requireNonNull(params, "params == null");
        return calls.patch(PATH, id, params.toBody(), params.include(), options, Role.class);
    }

    /** Deletes an account-owned role; refused while any user still holds it. Needs permission {@code roles:delete}. */
    public void delete(String id) {
        delete(id, RequestOptions.none());
    }

    /** As {@link #delete(String)}, with per-request options. Needs permission {@code roles:delete}. */
    public void delete(String id, RequestOptions options) {
        calls.delete(PATH, id, options);
    }
}

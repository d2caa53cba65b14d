package com.augno.sdk.identity;

import com.augno.sdk.http.Page;
import com.augno.sdk.http.RequestOptions;
import com.augno.sdk.internal.http.ClientContext;
import com.augno.sdk.internal.resources.Calls;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The permission catalog ({@code GET /v1/identity/permission-groups}): every valid permission, grouped for display. Reach it with {@code client.permissionGroups()}.
 *
 * <p>Thread-safe; every call goes through the client's transport (current key, retries, typed
 * errors).
 */
public final class PermissionGroupService {
    private static final String PATH = "/v1/identity/permission-groups";

    private final Calls calls;

    /** Not API: use the client's accessor. */
    public PermissionGroupService(ClientContext context) {
        this.calls = new Calls(context);
    }

    /** Lists the permission groups, each with its permissions (first page; {@code autoPager()} walks the rest). Needs permission {@code permissions:read}. */
    public Page<PermissionGroup> list() {
        return list(PermissionGroupListParams.builder().build(), RequestOptions.none());
    }

    /** Lists the permission groups, each with its permissions matching {@code params}. Needs permission {@code permissions:read}. */
    public Page<PermissionGroup> list(PermissionGroupListParams params) {
        return list(params, RequestOptions.none());
    }

    /** As {@link #list(PermissionGroupListParams)}, with per-request options. Needs permission {@code permissions:read}. */
    public Page<PermissionGroup> list(PermissionGroupListParams params, RequestOptions options) {
        Objects.requireNonNull(params, "params == null");
        return calls.list(PATH, params.toQuery(), params.include(), options, PermissionGroup.class);
    }

    /**
     * Returns every valid permission string ({@code code:action} for the four actions) of the whole
     * catalog, walking all pages. Needs permission {@code permissions:read}.
     */
    public Set<Permission> allPermissions() {
        Set<Permission> out = new LinkedHashSet<>();
        for (PermissionGroup group : list().autoPager()) {
            for (PermissionDefinition p : group.permissions().orElse(List.of())) {
                for (Permission.Action action : Permission.Action.values()) {
                    out.add(Permission.of(p.code(), action));
                }
            }
        }
        return Collections.unmodifiableSet(out);
    }
}

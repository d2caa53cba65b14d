package com.augno.sdk.testing.internal;

import static com.augno.sdk.testing.internal.BodyFields.optString;
import static com.augno.sdk.testing.internal.BodyFields.requireString;
import static com.augno.sdk.testing.internal.Json.ts;

import com.augno.sdk.testing.internal.Model.Account;
import com.augno.sdk.testing.internal.Model.Doc;
import com.augno.sdk.testing.internal.Model.Role;
import com.augno.sdk.testing.internal.Route.Result;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * {@code /v1/identity/roles} and {@code /v1/identity/permission-groups}: custom roles and the
 * permission catalog their permissions come from.
 */
final class RolesResource extends Resource {
    RolesResource(Store store, Auditor audit, Counters counters) {
        super(store, audit, counters);
    }

    @Override
    void register(Router router) {
        String inc = "owner,owner.account,permissions";
        router.add("POST", "/v1/identity/roles", "roles:create", inc, this::create)
                .accepts(Inputs.query("").body("name!,permissions"));
        router.add("GET", "/v1/identity/roles", "roles:read", inc, this::list)
                .accepts(Inputs.query("cursor,limit,q,types"));
        router.add("GET", "/v1/identity/roles/{id}", "roles:read", inc, this::get);
        router.add("PATCH", "/v1/identity/roles/{id}", "roles:update", inc, this::update)
                .accepts(Inputs.query("").body("name,permissions"));
        router.add("DELETE", "/v1/identity/roles/{id}", "roles:delete", "", this::delete);
        router.add("GET", "/v1/identity/permission-groups", "permissions:read", "owner", this::listPermissionGroups)
                .accepts(Inputs.query("cursor,limit,q"));
    }

    /**
     * Returns a role the request's account can see (its own or a system role).
     *
     * @param param the body field that named the role, or empty when the path did
     */
    static Role visible(Store store, Ctx ctx, String id, String param) {
        Role r = store.roles.get(id);
        if (r == null || (r.owner != null && r.owner != ctx.account())) {
            if (param.isEmpty()) {
                throw store.missing(ctx, "role", id);
            }
            throw new ApiError(404, "resource_not_found", "No role with id " + id + " exists.", param, false);
        }
        return r;
    }

    private static List<String> permissionList(ObjectNode body) {
        JsonNode n = body.get("permissions");
        List<String> out = new ArrayList<>();
        if (n == null || n.isNull()) {
            return out;
        }
        if (!n.isArray()) {
            throw ApiError.invalid("permissions", "it must be an array of strings");
        }
        for (JsonNode p : n) {
            if (!p.isTextual()) {
                throw ApiError.invalid("permissions", "it must be an array of strings");
            }
            BodyFields.checkPermission(p.asText(), "permissions");
            out.add(p.asText());
        }
        return out;
    }

    private static ObjectNode json(Ctx ctx, Role r) {
        return Render.role(r, ctx.includes("permissions"), ctx.includes("owner"), ctx.includes("owner.account"));
    }

    private Result create(Ctx ctx) {
        String name = requireString(ctx.body, "name");
        List<String> perms = permissionList(ctx.body);
        if (store.roleNameTaken(ctx.account(), name)) {
            throw ApiError.exists("name", "A role named '" + name + "' already exists.");
        }
        Role r = new Role(Store.newId("rl"), store.nextSeq(), name, "user", ctx.account(), ctx.now);
        r.permissions.addAll(perms);
        store.roles.put(r.id, r);
        countCreation(ctx);
        audit.record(
                ctx,
                ctx.account(),
                "create",
                "role",
                r.id,
                Auditor.created(Render.role(r, true, false, false), "name", "type", "permissions"),
                null);
        return Result.created(json(ctx, r));
    }

    private Result list(Ctx ctx) {
        Set<String> types = ctx.query.set("types");
        String q = ctx.query.one("q");
        Account acct = ctx.account();
        List<Role> list = Pages.newestFirst(
                store.roles.values(),
                r -> (r.owner == null || r.owner == acct) && Pages.anyOf(types, r.type) && Pages.matchesQ(q, r.name));
        return Result.ok(Pages.page(ctx, list, r -> json(ctx, r)));
    }

    private Result get(Ctx ctx) {
        return Result.ok(json(ctx, visible(store, ctx, ctx.param(0), "")));
    }

    private Role owned(Ctx ctx) {
        Role r = visible(store, ctx, ctx.param(0), "");
        if (r.owner == null) {
            throw ApiError.forbidden("System roles cannot be changed or deleted.");
        }
        return r;
    }

    private Result update(Ctx ctx) {
        Role r = owned(ctx);
        ObjectNode before = Render.role(r, true, false, false);
        String name = optString(ctx.body, "name");
        if (name != null && !name.equalsIgnoreCase(r.name) && store.roleNameTaken(ctx.account(), name)) {
            throw ApiError.exists("name", "A role named '" + name + "' already exists.");
        }
        if (ctx.body.has("permissions")) {
            List<String> perms = permissionList(ctx.body);
            r.permissions.clear();
            r.permissions.addAll(perms);
        }
        if (name != null) {
            r.name = name;
        }
        ObjectNode after = Render.role(r, true, false, false);
        List<JsonNode[]> changes = Auditor.diff(before, after, "name", "permissions");
        if (!changes.isEmpty()) {
            r.updatedAt = ctx.now;
            audit.record(ctx, ctx.account(), "update", "role", r.id, changes, null);
        }
        return Result.ok(json(ctx, r));
    }

    private Result delete(Ctx ctx) {
        Role r = owned(ctx);
        for (Doc u : store.accountUsers.values()) {
            if (r.id.equals(u.roleId) && !u.text("status").equals("removed")) {
                throw ApiError.conflict("Users still hold the role " + r.id + "; move them to another role first.");
            }
        }
        store.roles.remove(r.id);
        store.bury(r.id, ctx.account());
        audit.record(ctx, ctx.account(), "delete", "role", r.id, List.of(), null);
        return Result.okEmpty();
    }

    private Result listPermissionGroups(Ctx ctx) {
        String q = ctx.query.one("q");
        List<PermissionCatalog.Group> groups = new ArrayList<>(PermissionCatalog.groups());
        groups.removeIf(g -> !Pages.matchesQ(q, g.code, g.name));
        Collections.reverse(groups);
        return Result.ok(Pages.page(ctx, groups, g -> permissionGroupJson(ctx, g)));
    }

    private static ObjectNode permissionGroupJson(Ctx ctx, PermissionCatalog.Group g) {
        ObjectNode o = Json.object();
        o.put("id", g.id)
                .put("object", "permission_group")
                .put("code", g.code)
                .put("name", g.name)
                .put("description", g.description);
        o.set("owner", ctx.includes("owner") ? Render.owner(null, false) : NullNode.getInstance());
        List<ObjectNode> perms = new ArrayList<>();
        for (String code : g.codes) {
            ObjectNode p = Json.object();
            p.put("id", "perm_" + code)
                    .put("object", "permission")
                    .put("code", code)
                    .put("group", g.code);
            p.put("name", PermissionCatalog.title(code))
                    .put("description", "Access to " + code.replace('_', ' ') + ".");
            p.set("created_at", ts(Instant.EPOCH));
            p.set("updated_at", ts(Instant.EPOCH));
            perms.add(p);
        }
        o.set("permissions", Pages.single(perms));
        o.set("created_at", ts(Instant.EPOCH));
        o.set("updated_at", ts(Instant.EPOCH));
        return o;
    }
}

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
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;

/**
 * {@code /v1/identity/account-users} (invite, list, update, activate, disable, remove) and the
 * account's favicon.
 */
final class AccountUsersResource extends Resource {
    AccountUsersResource(Store store, Auditor audit, Counters counters) {
        super(store, audit, counters);
    }

    @Override
    void register(Router router) {
        String inc = "user,role,department";
        String base = "/v1/identity/account-users";
        router.add("POST", base, "team:create", inc, this::create)
                .accepts(
                        Inputs.query("")
                                .body(
                                        "department_id?,email?,is_commission_eligible,name?,password?,preferences,role_id?,username?"));
        router.add("GET", base, "team:read", inc, this::list)
                .accepts(Inputs.query("cursor,is_commission_eligible,limit,q,removed_scope,role_type"));
        router.add("GET", base + "/{id}", "team:read", inc, this::get);
        router.add("PATCH", base + "/{id}", "team:update", inc, this::update)
                .accepts(Inputs.query("")
                        .body("department_id?,email,is_commission_eligible,name,preferences,role_id?,username"));
        router.add("PUT", base + "/{id}/actions/activate", "team:update", inc, c -> setStatus(c, "active"));
        router.add("PUT", base + "/{id}/actions/disable", "team:update", inc, c -> setStatus(c, "disabled"));
        router.add("PUT", base + "/{id}/actions/remove", "team:update", inc, c -> setStatus(c, "removed"));
        router.add("PUT", "/v1/identity/accounts/{id}/favicon", "self:update", "", this::putFavicon);
    }

    private Doc visible(Ctx ctx) {
        Doc d = store.accountUsers.get(ctx.param(0));
        if (d == null || d.account != ctx.account()) {
            throw ApiError.notFound("account user", ctx.param(0));
        }
        return d;
    }

    /**
     * Renders an account user in the preview.3 shape: the person's own fields (name, email,
     * username, image) sit in {@code user} (expanded with {@code include=user}), not at the top.
     */
    private ObjectNode json(Ctx ctx, Doc d) {
        ObjectNode o = d.fields.deepCopy();
        ObjectNode user = Json.object();
        user.put("id", d.text("user_id")).put("object", "user");
        for (String f : List.of("name", "email", "username", "image_url")) {
            user.set(f, o.remove(f));
        }
        o.remove("user_id");
        user.set("email_verified_at", NullNode.getInstance());
        user.set("created_at", d.fields.get("created_at"));
        user.set("updated_at", d.fields.get("updated_at"));
        o.set("user", ctx.includes("user") ? user : NullNode.getInstance());
        Role r = d.roleId == null ? null : store.roles.get(d.roleId);
        o.set("role", ctx.includes("role") && r != null ? Render.role(r, true, false, false) : NullNode.getInstance());
        o.set("department", NullNode.getInstance());
        return o;
    }

    private Result create(Ctx ctx) {
        String email = requireString(ctx.body, "email");
        String roleId = optString(ctx.body, "role_id");
        if (roleId != null) {
            RolesResource.visible(store, ctx, roleId, "role_id");
        }
        for (Doc u : store.accountUsers.values()) {
            if (u.account == ctx.account() && u.text("email").equalsIgnoreCase(email)) {
                throw ApiError.exists("email", "An account user with this email already exists.");
            }
        }
        Doc d = new Doc(Store.newId("acus"), store.nextSeq(), ctx.account(), Json.object(), ctx.now);
        d.fields.put("id", d.id).put("object", "account_user");
        d.fields
                .put("name", optString(ctx.body, "name"))
                .put("email", email)
                .put("username", optString(ctx.body, "username"));
        d.fields.set("image_url", NullNode.getInstance());
        d.fields.put("user_id", Store.newId("us"));
        d.fields.put(
                "is_commission_eligible",
                ctx.body.path("is_commission_eligible").asBoolean(false));
        d.fields.put("status", "active");
        d.fields.set("last_used_at", NullNode.getInstance());
        d.fields.set("created_at", ts(ctx.now));
        d.fields.set("updated_at", ts(ctx.now));
        d.roleId = roleId;
        store.accountUsers.put(d.id, d);
        countCreation(ctx);
        audit.record(
                ctx,
                ctx.account(),
                "create",
                "account_user",
                d.id,
                Auditor.created(d.fields, "name", "email", "status"),
                roleId == null ? null : Auditor.meta("role_id", roleId));
        return Result.created(json(ctx, d));
    }

    private Result list(Ctx ctx) {
        String q = ctx.query.one("q");
        String roleType = ctx.query.one("role_type");
        // Removed users are left out unless removed_scope=included (preview.3).
        boolean withRemoved = "included".equals(ctx.query.one("removed_scope"));
        String commission = ctx.query.one("is_commission_eligible");
        Account acct = ctx.account();
        List<Doc> list = Pages.newestFirst(store.accountUsers.values(), d -> {
            if (d.account != acct || !Pages.matchesQ(q, d.text("name"), d.text("email"))) {
                return false;
            }
            if (!withRemoved && "removed".equals(d.text("status"))) {
                return false;
            }
            if (commission != null
                    && d.fields.path("is_commission_eligible").asBoolean(false) != Boolean.parseBoolean(commission)) {
                return false;
            }
            if (roleType == null) {
                return true;
            }
            Role r = d.roleId == null ? null : store.roles.get(d.roleId);
            return r != null && r.type.equals(roleType);
        });
        return Result.ok(Pages.page(ctx, list, d -> json(ctx, d)));
    }

    private Result get(Ctx ctx) {
        return Result.ok(json(ctx, visible(ctx)));
    }

    private Result update(Ctx ctx) {
        Doc d = visible(ctx);
        ObjectNode before = d.fields.deepCopy();
        before.put("role_id", d.roleId);
        for (String f : List.of("name", "email", "username")) {
            String v = optString(ctx.body, f);
            if (v != null) {
                d.fields.put(f, v);
            }
        }
        if (ctx.body.has("is_commission_eligible")) {
            d.fields.put(
                    "is_commission_eligible",
                    ctx.body.path("is_commission_eligible").asBoolean());
        }
        if (ctx.body.has("role_id")) {
            String roleId = optString(ctx.body, "role_id");
            if (roleId != null) {
                RolesResource.visible(store, ctx, roleId, "role_id");
            }
            d.roleId = roleId;
        }
        ObjectNode after = d.fields.deepCopy();
        after.put("role_id", d.roleId);
        List<JsonNode[]> changes = Auditor.diff(before, after, "name", "email", "username", "role_id");
        if (!changes.isEmpty()) {
            d.fields.set("updated_at", ts(ctx.now));
            audit.record(ctx, ctx.account(), "update", "account_user", d.id, changes, null);
        }
        return Result.ok(json(ctx, d));
    }

    private Result setStatus(Ctx ctx, String status) {
        Doc d = visible(ctx);
        String old = d.text("status");
        if (!old.equals(status)) {
            d.fields.put("status", status);
            d.fields.set("updated_at", ts(ctx.now));
            audit.record(
                    ctx,
                    ctx.account(),
                    "update",
                    "account_user",
                    d.id,
                    Auditor.change("status", TextNode.valueOf(old), TextNode.valueOf(status)),
                    null);
        }
        return Result.ok(json(ctx, d));
    }

    private Result putFavicon(Ctx ctx) {
        if (!ctx.param(0).equals(ctx.account().id)) {
            throw ApiError.notFound("account", ctx.param(0));
        }
        return Result.okEmpty();
    }
}

package com.augno.sdk.testing.internal;

import static com.augno.sdk.testing.internal.BodyFields.optInstant;
import static com.augno.sdk.testing.internal.BodyFields.requireString;
import static com.augno.sdk.testing.internal.Json.ts;

import com.augno.sdk.testing.internal.Model.Account;
import com.augno.sdk.testing.internal.Model.Key;
import com.augno.sdk.testing.internal.Model.Role;
import com.augno.sdk.testing.internal.Route.Result;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** {@code /v1/auth/api-keys}: create, list, get, revoke and rotate keys and reveal secrets once. */
final class ApiKeysResource extends Resource {
    private static final Duration MAX_REVOKE_WINDOW = Duration.ofDays(30);

    ApiKeysResource(Store store, Auditor audit, Counters counters) {
        super(store, audit, counters);
    }

    @Override
    void register(Router router) {
        String inc = "role,role.permissions";
        router.add("POST", "/v1/auth/api-keys", Route.ADMIN, inc, this::create)
                .accepts(Inputs.query("").body("expires_at,name!,role_id!"));
        router.add("GET", "/v1/auth/api-keys", Route.ADMIN, inc, this::list)
                .accepts(Inputs.query("cursor,limit,q,statuses"));
        router.add("GET", "/v1/auth/api-keys/{id}", Route.ADMIN, inc, this::get);
        router.add("DELETE", "/v1/auth/api-keys/{id}", Route.ADMIN, "", this::revoke);
        router.add("POST", "/v1/auth/api-keys/{id}/actions/rotate", Route.ADMIN, inc, this::rotate)
                .accepts(Inputs.query("").body("expires_at,revoke_at"));
    }

    private Key visible(Ctx ctx, String id) {
        Key k = store.keys.get(id);
        if (k == null || k.account != ctx.account()) {
            throw ApiError.notFound("API key", id);
        }
        return k;
    }

    private static Result createdKey(Key k, Set<String> inc, int status) {
        ObjectNode o = Json.object();
        o.put("object", "created_api_key");
        o.set("api_key_info", Render.key(k, inc));
        o.put("api_key_secret", k.secret);
        return new Result(status, o, true);
    }

    private Result create(Ctx ctx) {
        String name = requireString(ctx.body, "name");
        String roleId = requireString(ctx.body, "role_id");
        Instant expiresAt = optInstant(ctx.body, "expires_at");
        Role role = RolesResource.visible(store, ctx, roleId, "role_id");
        Key k = store.newKey(ctx.account(), name, role, expiresAt, ctx.now);
        countCreation(ctx);
        ObjectNode f = Render.key(k, Set.of());
        audit.record(
                ctx,
                ctx.account(),
                "create",
                "api_key",
                k.id,
                Auditor.created(f, "name", "redacted_value", "expires_at"),
                Auditor.meta("role_id", role.id));
        return createdKey(k, ctx.includes, 201);
    }

    private Result list(Ctx ctx) {
        Set<String> statuses = ctx.query.set("statuses");
        for (String s : statuses) {
            if (!Set.of("active", "expired", "revoked").contains(s)) {
                throw ApiError.invalid("statuses", "'" + s + "' is not one of active, expired, revoked");
            }
        }
        String q = ctx.query.one("q");
        Account acct = ctx.account();
        List<Key> list = Pages.newestFirst(
                store.keys.values(),
                k -> k.account == acct && Pages.anyOf(statuses, k.status(ctx.now)) && Pages.matchesQ(q, k.name));
        return Result.ok(Pages.page(ctx, list, k -> Render.key(k, ctx.includes)));
    }

    private Result get(Ctx ctx) {
        return Result.ok(Render.key(visible(ctx, ctx.param(0)), ctx.includes));
    }

    private Result revoke(Ctx ctx) {
        Key k = visible(ctx, ctx.param(0));
        if (!k.status(ctx.now).equals("revoked")) {
            JsonNode old = ts(k.revokedAt);
            k.revokedAt = ctx.now;
            k.updatedAt = ctx.now;
            audit.record(
                    ctx,
                    k.account,
                    "update",
                    "api_key",
                    k.id,
                    Auditor.change("revoked_at", old, ts(ctx.now)),
                    Auditor.meta("operation", "revoke"));
        }
        return Result.okEmpty();
    }

    private Result rotate(Ctx ctx) {
        Key old = visible(ctx, ctx.param(0));
        if (old.status(ctx.now).equals("revoked")) {
            throw ApiError.conflict("API key " + old.id + " is revoked and cannot be rotated.");
        }
        Instant expiresAt = ctx.body.has("expires_at") ? optInstant(ctx.body, "expires_at") : old.expiresAt;
        Instant revokeAt = optInstant(ctx.body, "revoke_at");
        if (revokeAt == null || revokeAt.isBefore(ctx.now)) {
            revokeAt = ctx.now;
        }
        if (revokeAt.isAfter(ctx.now.plus(MAX_REVOKE_WINDOW))) {
            throw ApiError.invalid("revoke_at", "it must be at most 30 days ahead");
        }
        Key replacement = store.newKey(old.account, old.name, old.role, expiresAt, ctx.now);
        countCreation(ctx);
        JsonNode before = ts(old.revokedAt);
        old.revokedAt = revokeAt;
        old.updatedAt = ctx.now;
        audit.record(
                ctx,
                old.account,
                "create",
                "api_key",
                replacement.id,
                Auditor.created(Render.key(replacement, Set.of()), "name", "redacted_value", "expires_at"),
                Auditor.meta("operation", "rotate", "replaces", old.id));
        audit.record(
                ctx,
                old.account,
                "update",
                "api_key",
                old.id,
                Auditor.change("revoked_at", before, ts(revokeAt)),
                Auditor.meta("operation", "rotate", "replacement_id", replacement.id));
        return createdKey(replacement, ctx.includes, 200);
    }
}

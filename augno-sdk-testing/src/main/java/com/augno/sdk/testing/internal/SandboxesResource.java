package com.augno.sdk.testing.internal;

import static com.augno.sdk.testing.internal.BodyFields.optEnum;
import static com.augno.sdk.testing.internal.BodyFields.requireString;
import static com.augno.sdk.testing.internal.Json.ts;

import com.augno.sdk.testing.internal.Model.Account;
import com.augno.sdk.testing.internal.Model.Doc;
import com.augno.sdk.testing.internal.Route.Result;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;

/**
 * {@code /v1/core/sandboxes}: sandbox accounts of the production account; deleting one disables
 * its keys, and deleting it again is {@code 410 resource_gone}.
 */
final class SandboxesResource extends Resource {
    SandboxesResource(Store store, Auditor audit, Counters counters) {
        super(store, audit, counters);
    }

    @Override
    void register(Router router) {
        Set<String> inc = Router.includeSet("owner_account");
        String base = "/v1/core/sandboxes";
        router.add(new Route("POST", base, "sandboxes:create", inc, this::create, true, true))
                .accepts(Inputs.query("").body("mode?,name!"));
        router.add(new Route("GET", base, "sandboxes:read", inc, this::list, true, true))
                .accepts(Inputs.query("cursor,limit,q"));
        router.add(new Route("GET", base + "/{id}", "sandboxes:read", inc, this::get, true, true));
        router.add(new Route("DELETE", base + "/{id}", "sandboxes:delete", Set.of(), this::delete, true, true));
    }

    private static ObjectNode json(Ctx ctx, Doc d) {
        ObjectNode o = d.fields.deepCopy();
        o.set(
                "owner_account",
                ctx.includes("owner_account") && d.account != null
                        ? Render.account(d.account)
                        : NullNode.getInstance());
        return o;
    }

    /** A sandbox of the request's account; a deleted one is {@code 410 resource_gone}. */
    private Doc visible(Ctx ctx) {
        Doc d = store.sandboxes.get(ctx.param(0));
        if (d == null || d.account != ctx.account()) {
            throw ApiError.notFound("sandbox", ctx.param(0));
        }
        if (d.deleted) {
            throw new ApiError(410, "resource_gone", "Sandbox " + d.id + " is already deleted.", null, false);
        }
        return d;
    }

    private Result create(Ctx ctx) {
        String name = requireString(ctx.body, "name");
        String mode = optEnum(ctx.body, "mode", "blank", Set.of("blank", "seeded"));
        Account acct = store.newAccount(name, true, ctx.account(), ctx.now);
        Doc d = new Doc(Store.newId("sbac"), store.nextSeq(), ctx.account(), Json.object(), ctx.now);
        d.fields.put("id", d.id).put("object", "sandbox").put("name", name);
        d.fields.set("created_at", ts(ctx.now));
        d.fields.set("updated_at", ts(ctx.now));
        d.sandboxAccount = acct;
        store.sandboxes.put(d.id, d);
        countCreation(ctx);
        audit.record(
                ctx,
                ctx.account(),
                "create",
                "sandbox",
                d.id,
                Auditor.created(d.fields, "name"),
                Auditor.meta("mode", mode));
        return Result.created(json(ctx, d));
    }

    private Result list(Ctx ctx) {
        String q = ctx.query.one("q");
        Account acct = ctx.account();
        List<Doc> list = Pages.newestFirst(
                store.sandboxes.values(), d -> d.account == acct && !d.deleted && Pages.matchesQ(q, d.text("name")));
        return Result.ok(Pages.page(ctx, list, d -> json(ctx, d)));
    }

    private Result get(Ctx ctx) {
        return Result.ok(json(ctx, visible(ctx)));
    }

    private Result delete(Ctx ctx) {
        Doc d = visible(ctx);
        d.deleted = true;
        if (d.sandboxAccount != null) {
            d.sandboxAccount.deleted = true;
        }
        audit.record(ctx, ctx.account(), "delete", "sandbox", d.id, List.of(), null);
        return new Result(202, Json.object(), false);
    }
}

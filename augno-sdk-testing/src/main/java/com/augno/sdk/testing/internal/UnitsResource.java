package com.augno.sdk.testing.internal;

import static com.augno.sdk.testing.internal.BodyFields.decimal;
import static com.augno.sdk.testing.internal.BodyFields.optString;
import static com.augno.sdk.testing.internal.BodyFields.requireString;
import static com.augno.sdk.testing.internal.Json.ts;

import com.augno.sdk.testing.internal.Model.Account;
import com.augno.sdk.testing.internal.Model.Doc;
import com.augno.sdk.testing.internal.Route.Result;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/** {@code /v1/catalog/units}: the system units (seeded, read-only) and an account's own units. */
final class UnitsResource extends Resource {
    private static final Set<String> TYPES =
            Set.of("currency", "quantity", "time", "mass", "volume", "length", "temperature", "area");
    private static final String[] FIELDS = {
        "name", "abbreviation", "type", "ratio_numerator", "ratio_denominator", "offset_numerator", "offset_denominator"
    };
    private static final List<String> RATIOS =
            List.of("ratio_numerator", "ratio_denominator", "offset_numerator", "offset_denominator");

    UnitsResource(Store store, Auditor audit, Counters counters) {
        super(store, audit, counters);
    }

    @Override
    void register(Router router) {
        String inc = "owner,owner.account";
        router.add("POST", "/v1/catalog/units", "units:create", inc, this::create)
                .accepts(Inputs.query("")
                        .body("abbreviation!,name!,offset_denominator!,offset_numerator!,ratio_denominator!,"
                                + "ratio_numerator!,type!"));
        router.add("GET", "/v1/catalog/units", "units:read", inc, this::list)
                .accepts(Inputs.query("cursor,limit,q,type,unit_group_ids"));
        router.add("GET", "/v1/catalog/units/{id}", "units:read", inc, this::get);
        router.add("PATCH", "/v1/catalog/units/{id}", "units:update", inc, this::update)
                .accepts(
                        Inputs.query("")
                                .body(
                                        "abbreviation,name,offset_denominator,offset_numerator,ratio_denominator,ratio_numerator"));
        router.add("DELETE", "/v1/catalog/units/{id}", "units:delete", "", this::delete);
    }

    /** Adds the system units every account sees. */
    void seed(Instant now) {
        String[][] seed = {
            {"Each", "ea", "quantity", "true", "1", "1"},
            {"Dozen", "dz", "quantity", "false", "12", "1"},
            {"Gram", "g", "mass", "true", "1", "1"},
            {"Kilogram", "kg", "mass", "false", "1000", "1"},
            {"Meter", "m", "length", "true", "1", "1"},
            {"Millimeter", "mm", "length", "false", "1", "1000"},
            {"Liter", "L", "volume", "true", "1", "1"},
            {"Second", "s", "time", "true", "1", "1"},
            {"Hour", "h", "time", "false", "3600", "1"},
            {"US Dollar", "USD", "currency", "true", "1", "1"},
        };
        for (String[] s : seed) {
            Doc d = new Doc(Store.newId("un"), store.nextSeq(), null, Json.object(), now);
            d.fields
                    .put("id", d.id)
                    .put("object", "unit")
                    .put("name", s[0])
                    .put("abbreviation", s[1])
                    .put("type", s[2]);
            d.fields.put("is_base_unit", Boolean.parseBoolean(s[3]));
            d.fields
                    .put("ratio_numerator", s[4])
                    .put("ratio_denominator", s[5])
                    .put("offset_numerator", "0")
                    .put("offset_denominator", "1");
            d.fields.set("created_at", ts(now));
            d.fields.set("updated_at", ts(now));
            store.units.put(d.id, d);
        }
    }

    private static ObjectNode json(Ctx ctx, Doc d) {
        ObjectNode o = d.fields.deepCopy();
        boolean ownerAccount = ctx.includes("owner.account");
        o.set(
                "owner",
                ctx.includes("owner") || ownerAccount ? Render.owner(d.account, ownerAccount) : NullNode.getInstance());
        return o;
    }

    private Doc visible(Ctx ctx) {
        Doc d = store.units.get(ctx.param(0));
        if (d == null || (d.account != null && d.account != ctx.account())) {
            throw store.missing(ctx, "unit", ctx.param(0));
        }
        return d;
    }

    private void checkNames(Ctx ctx, @Nullable String name, @Nullable String abbreviation, @Nullable String exceptId) {
        for (Doc u : store.units.values()) {
            if ((u.account == null || u.account == ctx.account()) && !u.id.equals(exceptId)) {
                if (name != null && u.text("name").equalsIgnoreCase(name)) {
                    throw ApiError.exists("name", "A unit named '" + name + "' already exists.");
                }
                if (abbreviation != null && u.text("abbreviation").equals(abbreviation)) {
                    throw ApiError.exists("abbreviation", "A unit abbreviated '" + abbreviation + "' already exists.");
                }
            }
        }
    }

    private Result create(Ctx ctx) {
        String name = requireString(ctx.body, "name");
        String abbreviation = requireString(ctx.body, "abbreviation");
        String type = requireString(ctx.body, "type");
        if (!TYPES.contains(type)) {
            throw ApiError.invalid("type", "'" + type + "' is not one of " + new TreeSet<>(TYPES));
        }
        String rn = decimal(ctx.body, "ratio_numerator", true, false);
        String rd = decimal(ctx.body, "ratio_denominator", true, true);
        String on = decimal(ctx.body, "offset_numerator", true, false);
        String od = decimal(ctx.body, "offset_denominator", true, true);
        checkNames(ctx, name, abbreviation, null);
        Doc d = new Doc(Store.newId("un"), store.nextSeq(), ctx.account(), Json.object(), ctx.now);
        d.fields
                .put("id", d.id)
                .put("object", "unit")
                .put("name", name)
                .put("abbreviation", abbreviation)
                .put("type", type);
        d.fields.put("is_base_unit", false);
        d.fields
                .put("ratio_numerator", rn)
                .put("ratio_denominator", rd)
                .put("offset_numerator", on)
                .put("offset_denominator", od);
        d.fields.set("created_at", ts(ctx.now));
        d.fields.set("updated_at", ts(ctx.now));
        store.units.put(d.id, d);
        countCreation(ctx);
        audit.record(ctx, ctx.account(), "create", "unit", d.id, Auditor.created(d.fields, FIELDS), null);
        return Result.created(json(ctx, d));
    }

    private Result list(Ctx ctx) {
        String text = ctx.query.one("q");
        String type = ctx.query.one("type");
        boolean groupFilter = !ctx.query.list("unit_group_ids").isEmpty();
        Account acct = ctx.account();
        List<Doc> list = Pages.newestFirst(
                store.units.values(),
                d -> (d.account == null || d.account == acct)
                        && !groupFilter // the fake has no unit groups
                        && (type == null || type.equals(d.text("type")))
                        && Pages.matchesQ(text, d.text("name"), d.text("abbreviation")));
        return Result.ok(Pages.page(ctx, list, d -> json(ctx, d)));
    }

    private Result get(Ctx ctx) {
        return Result.ok(json(ctx, visible(ctx)));
    }

    private Doc owned(Ctx ctx) {
        Doc d = visible(ctx);
        if (d.account == null) {
            throw ApiError.forbidden("System units cannot be changed or deleted.");
        }
        return d;
    }

    private Result update(Ctx ctx) {
        Doc d = owned(ctx);
        if (ctx.body.has("type")) {
            throw new ApiError(400, "parameter_unknown", "A unit's type cannot be changed.", "type", false);
        }
        String name = optString(ctx.body, "name");
        String abbreviation = optString(ctx.body, "abbreviation");
        checkNames(ctx, name, abbreviation, d.id);
        ObjectNode before = d.fields.deepCopy();
        if (name != null) {
            d.fields.put("name", name);
        }
        if (abbreviation != null) {
            d.fields.put("abbreviation", abbreviation);
        }
        for (String f : RATIOS) {
            String v = decimal(ctx.body, f, false, f.endsWith("denominator"));
            if (!v.isEmpty()) {
                d.fields.put(f, v);
            }
        }
        List<JsonNode[]> changes = Auditor.diff(before, d.fields, FIELDS);
        if (!changes.isEmpty()) {
            d.fields.set("updated_at", ts(ctx.now));
            audit.record(ctx, ctx.account(), "update", "unit", d.id, changes, null);
        }
        return Result.ok(json(ctx, d));
    }

    private Result delete(Ctx ctx) {
        Doc d = owned(ctx);
        store.units.remove(d.id);
        store.bury(d.id, ctx.account());
        audit.record(ctx, ctx.account(), "delete", "unit", d.id, List.of(), null);
        return Result.okEmpty();
    }
}

package com.augno.sdk.testing.internal;

import static com.augno.sdk.testing.internal.BodyFields.optEnum;
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
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** {@code /v1/sales/customers}: customers with numbers unique per account and contact info. */
final class CustomersResource extends Resource {
    private static final Set<String> STATUS = Set.of("normal", "preferred", "hold_shipment", "hold_all");
    private static final Set<String> EDI = Set.of("enabled", "disabled");
    private static final Set<String> COMMISSION = Set.of("commission_applied", "commission_exempt");
    private static final String[] FIELDS = {"name", "number", "note", "status", "edi_status", "commission_policy"};
    private static final List<String> NOT_EXPANDED = List.of(
            "bill_to_address",
            "ship_to_address",
            "type",
            "parent_account",
            "child_accounts",
            "price_groups",
            "freight_preferences",
            "defaults",
            "notification_preferences",
            "credit_limit");

    private final CustomerReferences references;

    CustomersResource(Store store, Auditor audit, Counters counters, RecordLookup records) {
        super(store, audit, counters);
        this.references = new CustomerReferences(store, records);
    }

    @Override
    void register(Router router) {
        String inc = "bill_to_address,ship_to_address,type,parent_account,child_accounts,price_groups,contact_info,"
                + "freight_preferences,freight_preferences.carrier,freight_preferences.carrier.service_levels,"
                + "freight_preferences.service_level,defaults,defaults.payment_term,defaults.shipping_term,"
                + "defaults.sales_rep,defaults.sales_rep.user,defaults.priority,notification_preferences,credit_limit,"
                + "credit_limit.unit";
        // The body is checked by the description's own rules, as on the described routes: every
        // field the API requires (addresses, type group, default carrier and terms), nested ones too.
        router.add("POST", "/v1/sales/customers", "customers:create", inc, this::create)
                .accepts(Inputs.query("").describedBody("CreateCustomerRequest"));
        router.add("GET", "/v1/sales/customers", "customers:read", inc, this::list)
                .accepts(Inputs.query("carrier_ids,city,commission_status_codes,cursor,customer_group_ids,ends_at,"
                        + "freight_status_codes,limit,parent_account_status,payment_term_ids,postal_code,"
                        + "pricing_group_ids,q,sales_rep_ids,service_level_ids,shipping_term_ids,starts_at,state,"
                        + "status_codes"));
        router.add("GET", "/v1/sales/customers/{id}", "customers:read", inc, this::get);
        // default_sales_rep_id, lead_time_days and receive_calendar_id may be cleared too (the Go SDK's
        // doc comments and the older spec say so), although the description calls them non-nullable.
        router.add("PATCH", "/v1/sales/customers/{id}", "customers:update", inc, this::update)
                .accepts(Inputs.query("")
                        .body("bill_to_address_id?,carrier_billing_account?,carrier_billing_type,commission_policy,"
                                + "credit_limit?,customer_price_group_ids,customer_type_group_id,default_carrier_id,"
                                + "default_payment_term_id,default_priority,default_sales_rep_id?,"
                                + "default_service_level_id?,default_shipping_term_id,edi_status,email?,freight_policy,"
                                + "lead_time_days?,name,note?,number,phone?,receive_calendar_id?,ship_to_address_id?,"
                                + "status,url?")
                        .nestedFrom("UpdateCustomerRequest"));
        router.add("DELETE", "/v1/sales/customers/{id}", "customers:delete", "", this::delete);
    }

    private Doc visible(Ctx ctx) {
        Doc d = store.customers.get(ctx.param(0));
        if (d == null || d.account != ctx.account()) {
            throw store.missing(ctx, "customer", ctx.param(0));
        }
        return d;
    }

    private static ObjectNode json(Ctx ctx, Doc d) {
        ObjectNode o = d.fields.deepCopy();
        for (String e : NOT_EXPANDED) {
            o.set(e, NullNode.getInstance());
        }
        o.set(
                "contact_info",
                ctx.includes("contact_info") && d.contactInfo != null ? d.contactInfo : NullNode.getInstance());
        return o;
    }

    private void checkNumberFree(Ctx ctx, String number, @Nullable String exceptId) {
        for (Doc c : store.customers.values()) {
            if (c.account == ctx.account() && c.text("number").equals(number) && !c.id.equals(exceptId)) {
                throw ApiError.exists("number", "A customer with number " + number + " already exists.");
            }
        }
    }

    private Result create(Ctx ctx) {
        String name = requireString(ctx.body, "name");
        references.check(ctx, ctx.body);
        String number = optString(ctx.body, "number");
        if (number == null) {
            int n = store.customerNumbers.merge(ctx.account().id, 1, Integer::sum);
            number = String.format(Locale.ROOT, "C-%05d", n);
        }
        checkNumberFree(ctx, number, null);
        Doc d = new Doc(Store.newId("ac"), store.nextSeq(), ctx.account(), Json.object(), ctx.now);
        ObjectNode f = d.fields;
        f.put("id", d.id)
                .put("object", "customer")
                .put("name", name)
                .put("number", number)
                .put("note", optString(ctx.body, "note"));
        f.put("status", optEnum(ctx.body, "status", "normal", STATUS));
        f.put("edi_status", optEnum(ctx.body, "edi_status", "disabled", EDI));
        f.put("commission_policy", optEnum(ctx.body, "commission_policy", "commission_applied", COMMISSION));
        f.put("relationship_type", "standalone");
        f.set("created_at", ts(ctx.now));
        f.set("updated_at", ts(ctx.now));
        ObjectNode contact = Json.object();
        contact.put("object", "customer_contact_info");
        contact.put("email", optString(ctx.body, "email"))
                .put("phone", optString(ctx.body, "phone"))
                .put("url", optString(ctx.body, "url"));
        d.contactInfo = contact;
        store.customers.put(d.id, d);
        countCreation(ctx);
        audit.record(ctx, ctx.account(), "create", "customer", d.id, Auditor.created(f, FIELDS), null);
        return Result.created(json(ctx, d));
    }

    private Result list(Ctx ctx) {
        Query q = ctx.query;
        String text = q.one("q");
        Instant from = q.instant("starts_at");
        Instant to = q.instant("ends_at");
        Set<String> statuses = q.set("status_codes");
        Set<String> commission = q.set("commission_status_codes");
        Account acct = ctx.account();
        List<Doc> list = Pages.newestFirst(
                store.customers.values(),
                d -> d.account == acct
                        && Pages.matchesQ(text, d.text("name"), d.text("number"))
                        && Pages.inWindow(d.createdAt, from, to)
                        && Pages.anyOf(statuses, d.text("status"))
                        && Pages.anyOf(commission, d.text("commission_policy")));
        return Result.ok(Pages.page(ctx, list, d -> json(ctx, d)));
    }

    private Result get(Ctx ctx) {
        return Result.ok(json(ctx, visible(ctx)));
    }

    private Result update(Ctx ctx) {
        Doc d = visible(ctx);
        ObjectNode before = d.fields.deepCopy();
        ObjectNode f = d.fields;
        ObjectNode body = ctx.body;
        references.check(ctx, body);
        String name = optString(body, "name");
        if (name != null) {
            if (name.isBlank()) {
                throw ApiError.invalid("name", "it must not be blank");
            }
            f.put("name", name);
        }
        String number = optString(body, "number");
        if (number != null) {
            checkNumberFree(ctx, number, d.id);
            f.put("number", number);
        }
        if (body.has("note")) {
            f.put("note", optString(body, "note"));
        }
        if (body.has("status")) {
            f.put("status", optEnum(body, "status", f.get("status").asText(), STATUS));
        }
        if (body.has("edi_status")) {
            f.put("edi_status", optEnum(body, "edi_status", f.get("edi_status").asText(), EDI));
        }
        if (body.has("commission_policy")) {
            String current = f.get("commission_policy").asText();
            f.put("commission_policy", optEnum(body, "commission_policy", current, COMMISSION));
        }
        ObjectNode contact = d.contactInfo;
        if (contact != null) {
            for (String c : List.of("email", "phone", "url")) {
                if (body.has(c)) {
                    contact.put(c, optString(body, c));
                }
            }
        }
        List<JsonNode[]> changes = Auditor.diff(before, f, FIELDS);
        if (!changes.isEmpty()) {
            f.set("updated_at", ts(ctx.now));
            audit.record(ctx, ctx.account(), "update", "customer", d.id, changes, null);
        }
        return Result.ok(json(ctx, d));
    }

    private Result delete(Ctx ctx) {
        Doc d = visible(ctx);
        store.customers.remove(d.id);
        store.bury(d.id, ctx.account());
        audit.record(ctx, ctx.account(), "delete", "customer", d.id, List.of(), null);
        return Result.okEmpty();
    }
}

package com.augno.sdk.testing.internal;

import com.augno.sdk.testing.internal.Model.Doc;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jspecify.annotations.Nullable;

/**
 * Checks the records a customer body points at, as the live API does: each id must name a live
 * record of the request's account, else {@code 404 resource_not_found} with {@code param} naming
 * the field; an account group of the wrong type is {@code 400 parameter_invalid}. Records the fake
 * cannot know (sales reps) are not checked.
 */
final class CustomerReferences {
    private static final String GROUPS = "/v1/sales/account-groups";

    private final Store store;
    private final RecordLookup records;

    CustomerReferences(Store store, RecordLookup records) {
        this.store = store;
        this.records = records;
    }

    /** Checks every reference {@code body} sets (absent and null ones are left alone). */
    void check(Ctx ctx, ObjectNode body) {
        group(ctx, body.get("customer_type_group_id"), "customer_type_group_id", "type_group");
        JsonNode priceGroups = body.get("customer_price_group_ids");
        if (priceGroups != null && priceGroups.isArray()) {
            for (int i = 0; i < priceGroups.size(); i++) {
                group(ctx, priceGroups.get(i), "customer_price_group_ids[" + i + "]", "pricing_group");
            }
        }
        JsonNode carrier = body.get("default_carrier_id");
        record(ctx, carrier, "default_carrier_id", "/v1/operations/carriers", "carrier");
        if (carrier != null && carrier.isTextual()) {
            String levels = "/v1/operations/carriers/" + carrier.asText() + "/service-levels";
            record(ctx, body.get("default_service_level_id"), "default_service_level_id", levels, "service level");
        }
        record(
                ctx,
                body.get("default_payment_term_id"),
                "default_payment_term_id",
                "/v1/finance/payment-terms",
                "payment term");
        record(
                ctx,
                body.get("default_shipping_term_id"),
                "default_shipping_term_id",
                "/v1/operations/shipping-terms",
                "shipping term");
        record(
                ctx,
                body.get("receive_calendar_id"),
                "receive_calendar_id",
                "/v1/operations/operating-calendars",
                "operating calendar");
        JsonNode limit = body.get("credit_limit");
        if (limit != null && limit.isObject()) {
            unit(ctx, limit.get("unit_id"), "credit_limit.unit_id");
        }
    }

    private @Nullable ObjectNode record(Ctx ctx, @Nullable JsonNode id, String param, String collection, String what) {
        if (id == null || !id.isTextual()) {
            return null;
        }
        ObjectNode found = records.find(ctx.account().id, collection, id.asText());
        if (found == null) {
            throw notFound(what, id.asText(), param);
        }
        return found;
    }

    private void group(Ctx ctx, @Nullable JsonNode id, String param, String type) {
        ObjectNode g = record(ctx, id, param, GROUPS, "account group");
        if (id != null && g != null && !type.equals(g.path("type").asText())) {
            throw ApiError.invalid(param, "the account group " + id.asText() + " is not of type " + type);
        }
    }

    private void unit(Ctx ctx, @Nullable JsonNode id, String param) {
        if (id == null || !id.isTextual()) {
            return;
        }
        Doc u = store.units.get(id.asText());
        if (u == null || u.deleted || (u.account != null && u.account != ctx.account())) {
            throw notFound("unit", id.asText(), param);
        }
    }

    private static ApiError notFound(String what, String id, String param) {
        return new ApiError(404, "resource_not_found", "No " + what + " with id " + id + " exists.", param, false);
    }
}

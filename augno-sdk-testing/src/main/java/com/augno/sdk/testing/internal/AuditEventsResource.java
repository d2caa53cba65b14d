package com.augno.sdk.testing.internal;

import static com.augno.sdk.testing.internal.Json.ts;

import com.augno.sdk.testing.internal.Model.Account;
import com.augno.sdk.testing.internal.Model.AuditEvent;
import com.augno.sdk.testing.internal.Model.RequestLog;
import com.augno.sdk.testing.internal.Route.Result;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** {@code /v1/core/audit-events}: the changes requests made, with the live API's filters. */
final class AuditEventsResource extends Resource {
    AuditEventsResource(Store store, Auditor audit, Counters counters) {
        super(store, audit, counters);
    }

    @Override
    void register(Router router) {
        Set<String> inc = Router.includeSet("account,actor,changes,metadata,request");
        String base = "/v1/core/audit-events";
        router.add(new Route("GET", base, "audit_events:read", inc, this::list, false, false))
                .accepts(
                        Inputs.query(
                                "actions,actor_account_ids,actor_ids,actor_types,cursor,ends_at,limit,q,"
                                        + "resource_ids,resource_types,root_resource_id,root_resource_type,starts_at,target_account_ids"));
        router.add(new Route(
                "GET", base + "/resource-types", "audit_events:read", Set.of(), this::resourceTypes, false, false));
        router.add(new Route("GET", base + "/{id}", "audit_events:read", inc, this::get, false, false));
    }

    private ObjectNode json(AuditEvent e, Set<String> inc) {
        ObjectNode o = Json.object();
        o.put("id", e.id).put("object", "audit_event");
        o.set("account", inc.contains("account") ? Render.account(e.account) : NullNode.getInstance());
        o.put("action", e.action);
        o.set(
                "actor",
                inc.contains("actor") && e.actor != null
                        ? Render.actor(e.actor, false, false)
                        : NullNode.getInstance());
        o.put("resource_type", e.resourceType).put("resource_id", e.resourceId);
        if (inc.contains("changes")) {
            List<ObjectNode> changes = new ArrayList<>();
            for (JsonNode[] c : e.changes) {
                ObjectNode ch = Json.object();
                ch.put("object", "audit_field_change").put("field", c[0].asText());
                ch.set("old_value", c[1]);
                ch.set("new_value", c[2]);
                changes.add(ch);
            }
            o.set("changes", Pages.single(changes));
        } else {
            o.set("changes", NullNode.getInstance());
        }
        o.set("metadata", inc.contains("metadata") && e.metadata != null ? e.metadata : NullNode.getInstance());
        RequestLog req = store.requestLogs.get(e.requestLogId);
        o.set(
                "request",
                inc.contains("request") && req != null
                        ? RequestLogsResource.json(req, Set.of())
                        : NullNode.getInstance());
        o.put("idempotency_key", e.idempotencyKey).put("source_ip", e.sourceIp);
        o.set("occurred_at", ts(e.occurredAt));
        o.set("created_at", ts(e.occurredAt));
        return o;
    }

    private Result list(Ctx ctx) {
        Query q = ctx.query;
        String text = q.one("q");
        Instant from = q.instant("starts_at");
        Instant to = q.instant("ends_at");
        Set<String> actions = q.set("actions");
        Set<String> actorIds = q.set("actor_ids");
        Set<String> actorTypes = q.set("actor_types");
        Set<String> actorAccounts = q.set("actor_account_ids");
        Set<String> targetAccounts = q.set("target_account_ids");
        Set<String> resourceIds = q.set("resource_ids");
        Set<String> resourceTypes = q.set("resource_types");
        String rootType = q.one("root_resource_type");
        String rootId = q.one("root_resource_id");
        Account acct = ctx.account();
        List<AuditEvent> list = Pages.newestFirst(store.auditEvents.values(), e -> {
            String actorId = e.actor == null ? null : e.actor.id;
            String actorAccount = e.actor == null ? null : e.actor.account.id;
            return e.account == acct
                    && (text == null || Pages.matchesQ(text, e.resourceType, e.action, e.resourceId, e.requestLogId))
                    && Pages.inWindow(e.occurredAt, from, to)
                    && Pages.anyOf(actions, e.action)
                    && Pages.anyOf(actorIds, actorId)
                    && Pages.anyOf(actorTypes, e.actor == null ? null : "api_key")
                    && Pages.anyOf(actorAccounts, actorAccount)
                    && Pages.anyOf(targetAccounts, e.account.id)
                    && Pages.anyOf(resourceIds, e.resourceId)
                    && Pages.anyOf(resourceTypes, e.resourceType)
                    && (rootType == null
                            || rootId == null
                            || (rootType.equals(e.resourceType) && rootId.equals(e.resourceId)));
        });
        return Result.ok(Pages.page(ctx, list, e -> json(e, ctx.includes)));
    }

    private Result get(Ctx ctx) {
        AuditEvent e = store.auditEvents.get(ctx.param(0));
        if (e == null || e.account != ctx.account()) {
            throw ApiError.notFound("audit event", ctx.param(0));
        }
        return Result.ok(json(e, ctx.includes));
    }

    private Result resourceTypes(Ctx ctx) {
        ObjectNode o = Pages.single(List.of());
        ArrayNode d = (ArrayNode) o.get("data");
        for (String t : PermissionCatalog.RESOURCE_TYPES) {
            d.add(t);
        }
        return Result.ok(o);
    }
}

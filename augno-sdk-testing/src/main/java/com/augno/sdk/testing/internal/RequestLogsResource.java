package com.augno.sdk.testing.internal;

import static com.augno.sdk.testing.internal.Json.ts;

import com.augno.sdk.testing.internal.Model.Key;
import com.augno.sdk.testing.internal.Model.RequestLog;
import com.augno.sdk.testing.internal.Route.Result;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** {@code /v1/core/request-logs}: the fake's own traffic, with the live API's filters. */
final class RequestLogsResource extends Resource {
    RequestLogsResource(Store store, Auditor audit, Counters counters) {
        super(store, audit, counters);
    }

    @Override
    void register(Router router) {
        String inc = "account,actor,actor.role,actor.role.permissions,query_params,request_body,response_body";
        // Reading logs is not itself listed in the logs.
        router.add(new Route(
                        "GET",
                        "/v1/core/request-logs",
                        "request_logs:read",
                        Router.includeSet("account,actor,actor.role"),
                        this::list,
                        false,
                        false))
                .accepts(Inputs.query("actor_account_ids,actor_ids,actor_types,cursor,ends_at,error_codes,"
                        + "exclude_error_codes,hosts,idempotency_key,limit,methods,min_latency_us,normalized_routes,q,"
                        + "starts_at,status_code_classes,status_codes,target_account_ids"));
        router.add(new Route(
                "GET",
                "/v1/core/request-logs/{id}",
                "request_logs:read",
                Router.includeSet(inc),
                this::get,
                false,
                false));
    }

    static ObjectNode json(RequestLog l, Set<String> inc) {
        ObjectNode o = Json.object();
        o.put("id", l.id).put("object", "request_log");
        o.set(
                "account",
                inc.contains("account") && l.account != null ? Render.account(l.account) : NullNode.getInstance());
        Key a = l.actor;
        boolean actor = inc.contains("actor") || inc.contains("actor.role") || inc.contains("actor.role.permissions");
        o.set(
                "actor",
                actor && a != null
                        ? Render.actor(a, inc.contains("actor.role"), inc.contains("actor.role.permissions"))
                        : NullNode.getInstance());
        o.put("method", l.method).put("host", l.host).put("path", l.path).put("normalized_route", l.route);
        o.put("status_code", l.status).put("latency_us", l.latencyUs);
        o.put("api_version", l.apiVersion)
                .put("client_ip", l.clientIp)
                .put("user_agent", l.userAgent)
                .put("referrer", l.referrer);
        o.put("idempotency_key", l.idempotencyKey)
                .put("error_code", l.errorCode)
                .put("error_message", l.errorMessage);
        o.set(
                "query_params",
                inc.contains("query_params") && l.queryParams != null ? l.queryParams : NullNode.getInstance());
        o.set(
                "request_body",
                inc.contains("request_body") && l.requestBody != null ? l.requestBody : NullNode.getInstance());
        o.set(
                "response_body",
                inc.contains("response_body") && l.responseBody != null ? l.responseBody : NullNode.getInstance());
        o.set("occurred_at", ts(l.occurredAt));
        o.set("created_at", ts(l.createdAt));
        return o;
    }

    private static String routePattern(String route) {
        return route.replaceAll("\\{[^}]*}", "{}");
    }

    private Result list(Ctx ctx) {
        Query q = ctx.query;
        String text = q.one("q");
        Instant from = q.instant("starts_at");
        Instant to = q.instant("ends_at");
        Set<String> actorIds = q.set("actor_ids");
        Set<String> actorTypes = q.set("actor_types");
        Set<String> actorAccounts = q.set("actor_account_ids");
        Set<String> targetAccounts = q.set("target_account_ids");
        Set<Integer> statusCodes = new LinkedHashSet<>();
        Set<Integer> classes = new LinkedHashSet<>();
        try {
            q.list("status_codes").forEach(s -> statusCodes.add(Integer.parseInt(s)));
            q.list("status_code_classes").forEach(s -> classes.add(Integer.parseInt(s)));
        } catch (NumberFormatException e) {
            throw new ApiError(
                    400,
                    "invalid_format",
                    "status_codes and status_code_classes take integers.",
                    "status_codes",
                    false);
        }
        Set<String> errorCodes = q.set("error_codes");
        Set<String> excluded = q.set("exclude_error_codes");
        String idem = q.one("idempotency_key");
        Long minLatency = q.longValue("min_latency_us");
        Set<String> hosts = q.set("hosts");
        Set<String> methods = q.set("methods");
        Set<String> routesWanted = new LinkedHashSet<>();
        q.list("normalized_routes").forEach(r -> routesWanted.add(routePattern(r)));
        List<RequestLog> list = Pages.newestFirst(store.requestLogs.values(), l -> {
            if (!l.listed || l.account != ctx.account()) {
                return false;
            }
            if (text != null
                    && !text.equals(l.id)
                    && !Pages.matchesQ(text, l.path, l.route, l.errorMessage == null ? "" : l.errorMessage)) {
                return false;
            }
            String actorId = l.actor == null ? null : l.actor.id;
            String actorType = l.actor == null ? null : "api_key";
            String accountId = l.account == null ? null : l.account.id;
            boolean statusOk = (statusCodes.isEmpty() && classes.isEmpty())
                    || statusCodes.contains(l.status)
                    || classes.contains(l.status / 100);
            return Pages.inWindow(l.occurredAt, from, to)
                    && Pages.anyOf(actorIds, actorId)
                    && Pages.anyOf(actorTypes, actorType)
                    && Pages.anyOf(actorAccounts, accountId)
                    && Pages.anyOf(targetAccounts, accountId)
                    && statusOk
                    && Pages.anyOf(errorCodes, l.errorCode)
                    && (l.errorCode == null || !excluded.contains(l.errorCode))
                    && (idem == null || idem.equals(l.idempotencyKey))
                    && (minLatency == null || l.latencyUs >= minLatency)
                    && Pages.anyOf(hosts, l.host)
                    && Pages.anyOf(methods, l.method)
                    && Pages.anyOf(routesWanted, routePattern(l.route));
        });
        return Result.ok(Pages.page(ctx, list, l -> json(l, ctx.includes)));
    }

    private Result get(Ctx ctx) {
        RequestLog l = store.requestLogs.get(ctx.param(0));
        if (l == null || l.account != ctx.account()) {
            throw ApiError.notFound("request log", ctx.param(0));
        }
        return Result.ok(json(l, ctx.includes));
    }
}

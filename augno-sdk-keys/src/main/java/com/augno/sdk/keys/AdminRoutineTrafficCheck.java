package com.augno.sdk.keys;

import com.augno.sdk.auth.ApiKeyInfo;
import com.augno.sdk.core.Actor;
import com.augno.sdk.core.ActorType;
import com.augno.sdk.core.RequestLog;
import com.augno.sdk.identity.Role;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link AuditRule#ADMIN_KEY_ROUTINE_TRAFFIC}: admin keys calling routes a scoped key should call. */
final class AdminRoutineTrafficCheck implements AuditCheck {
    // Routes an admin key is for; anything else is routine traffic that a scoped key should make.
    private static final List<String> ADMIN_ROUTES = List.of(
            "/v1/auth/",
            "/v1/identity/roles",
            "/v1/identity/account-users",
            "/v1/identity/permission-groups",
            "/v1/core/request-logs",
            "/v1/core/audit-events",
            "/v1/core/sandboxes");

    @Override
    public AuditRule rule() {
        return AuditRule.ADMIN_KEY_ROUTINE_TRAFFIC;
    }

    @Override
    public List<AuditQuery<?>> queries() {
        return List.of(AuditQuery.API_KEYS, AuditQuery.KEY_REQUESTS);
    }

    @Override
    public boolean overLogWindow() {
        return true;
    }

    @Override
    public List<AuditFinding> evaluate(AuditContext context) {
        Map<String, ApiKeyInfo> admins = new HashMap<>();
        for (ApiKeyInfo k : context.items(AuditQuery.API_KEYS)) {
            if (AuditEvidence.isAdmin(k)) {
                admins.put(k.id(), k);
            }
        }
        Map<String, Map<String, Long>> routesByKey = new LinkedHashMap<>();
        for (RequestLog log : context.items(AuditQuery.KEY_REQUESTS)) {
            Optional<Actor> actor = log.actor();
            String id = actor.map(Actor::id).orElse("");
            boolean adminActor = admins.containsKey(id)
                    || actor.flatMap(Actor::role).map(Role::isAdmin).orElse(false)
                            && actor.map(a -> a.type().equals(ActorType.API_KEY))
                                    .orElse(false);
            if (!adminActor || isAdminRoute(log.normalizedRoute())) {
                continue;
            }
            routesByKey
                    .computeIfAbsent(id, x -> new LinkedHashMap<>())
                    .merge(log.method() + " " + log.normalizedRoute(), 1L, Long::sum);
        }
        List<AuditFinding> out = new ArrayList<>();
        for (Map.Entry<String, Map<String, Long>> e : routesByKey.entrySet()) {
            long total =
                    e.getValue().values().stream().mapToLong(Long::longValue).sum();
            ApiKeyInfo k = admins.get(e.getKey());
            List<String> evidence = new ArrayList<>();
            e.getValue().entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .limit(5)
                    .forEach(r -> evidence.add(r.getKey() + ": " + r.getValue() + " request(s)"));
            out.add(new AuditFinding(
                    AuditRule.ADMIN_KEY_ROUTINE_TRAFFIC,
                    Severity.HIGH,
                    e.getKey(),
                    "Admin key " + (k == null ? e.getKey() : k.name() + " (" + k.redactedValue() + ")") + " made "
                            + total + " routine request(s) in the window",
                    evidence,
                    "Give that integration a scoped key with only the permissions it uses, then rotate the admin"
                            + " key (its secret has been in routine use)."));
        }
        return out;
    }

    private static boolean isAdminRoute(String route) {
        for (String prefix : ADMIN_ROUTES) {
            if (route.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}

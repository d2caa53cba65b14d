package com.augno.sdk.keys;

import com.augno.sdk.api.core.Actor;
import com.augno.sdk.api.core.RequestLog;
import com.augno.sdk.auth.ApiKeyInfo;
import com.augno.sdk.secrets.KeyMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link AuditRule#KEY_IP_MISMATCH}: production keys used from outside the IP allowlist, sandbox
 * keys used from inside it. Runs only with an allowlist.
 */
final class KeyIpMismatchCheck implements AuditCheck {
    @Override
    public AuditRule rule() {
        return AuditRule.KEY_IP_MISMATCH;
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
    public Optional<String> skipReason(AuditContext context) {
        return context.allowlist().isEmpty() ? Optional.of("no IP allowlist given (--allow-ip)") : Optional.empty();
    }

    @Override
    public List<AuditFinding> evaluate(AuditContext context) {
        IpAllowlist allowlist = context.allowlist();
        Map<String, ApiKeyInfo> byId = new HashMap<>();
        context.items(AuditQuery.API_KEYS).forEach(k -> byId.put(k.id(), k));
        Map<String, UsageTally> foreignProd = new LinkedHashMap<>();
        Map<String, UsageTally> sandboxOnProd = new LinkedHashMap<>();
        for (RequestLog log : context.items(AuditQuery.KEY_REQUESTS)) {
            Optional<String> ip = log.clientIp();
            Optional<Actor> actor = log.actor();
            if (ip.isEmpty() || actor.isEmpty()) {
                continue;
            }
            KeyMode mode =
                    AuditEvidence.modeOf(actor.get(), byId.get(actor.get().id()));
            if (mode == KeyMode.PRODUCTION && !allowlist.contains(ip.get())) {
                foreignProd
                        .computeIfAbsent(actor.get().id(), x -> new UsageTally())
                        .add(log);
            } else if (mode == KeyMode.SANDBOX && allowlist.contains(ip.get())) {
                sandboxOnProd
                        .computeIfAbsent(actor.get().id(), x -> new UsageTally())
                        .add(log);
            }
        }
        List<AuditFinding> out = new ArrayList<>();
        foreignProd.forEach((id, tally) -> out.add(new AuditFinding(
                AuditRule.KEY_IP_MISMATCH,
                Severity.HIGH,
                id,
                "Production key " + AuditEvidence.label(id, byId) + " was used from "
                        + tally.usages().size() + " IP(s) outside the allowlist",
                AuditEvidence.of(tally),
                "If these callers are not yours, treat the key as exposed: augno-keys rotate --emergency. Otherwise"
                        + " add their IPs to the allowlist.")));
        sandboxOnProd.forEach((id, tally) -> out.add(new AuditFinding(
                AuditRule.KEY_IP_MISMATCH,
                Severity.MEDIUM,
                id,
                "Sandbox key " + AuditEvidence.label(id, byId) + " was used from allowlisted production IPs",
                AuditEvidence.of(tally),
                "Production hosts should run with production keys only (AUGNO_KEY_MODE=production refuses others).")));
        return out;
    }
}
